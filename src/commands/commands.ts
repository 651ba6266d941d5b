/**
 * The ribbon's function file. The "Check workbook" button opens the task pane by itself; this file
 * serves "Go to first error", which checks the workbook without the pane and selects the first
 * error's cell. (This add-in has no shared runtime, so a function command cannot open the pane.)
 */
import { officeOperations } from "../taskpane/office-operations";
import { goToFirstError } from "./first-error";

export async function validateWorkbookCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await goToFirstError(officeOperations());
  } catch (error) {
    // A function command has no surface to show a message on; the pane's check shows it in full.
    console.error(error);
  } finally {
    // Excel waits for this before it runs the next command; it must come whatever happened.
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate("validateWorkbookCommand", validateWorkbookCommand);
});
