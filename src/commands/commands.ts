/**
 * The ribbon's function file. "Check workbook" opens the task pane by itself; this file serves
 * "Go to first error", which checks the workbook and selects the first error's cell, and "Auto-fill",
 * which fills the empty lookups without opening the pane and says what it did in a small dialog
 * (Excel has no notification API for function commands).
 */
import { errorMessage } from "../taskpane/error-message";
import { officeOperations } from "../taskpane/office-operations";
import { autoFillSafe } from "./auto-fill";
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

/** Shows `message` in the add-in's dialog page and completes the command when the dialog closes. */
function tell(message: string, event: Office.AddinCommands.Event): void {
  const url = new URL("dialog.html", window.location.href);
  url.searchParams.set("message", message);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 30, displayInIframe: true }, (result) => {
    if (result.status !== Office.AsyncResultStatus.Succeeded) {
      console.error(result.error.message, message);
      event.completed();
      return;
    }
    const dialog = result.value;
    const done = (): void => {
      dialog.close();
      event.completed();
    };
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
    dialog.addEventHandler(Office.EventType.DialogEventReceived, () => event.completed());
  });
}

export async function autoFillCommand(event: Office.AddinCommands.Event): Promise<void> {
  let message: string;
  try {
    message = await autoFillSafe(officeOperations(undefined, "ribbon"));
  } catch (error) {
    message = `Auto-fill did not complete: ${errorMessage(error)}`;
  }
  tell(message, event);
}

void Office.onReady(() => {
  Office.actions.associate("validateWorkbookCommand", validateWorkbookCommand);
  Office.actions.associate("autoFillCommand", autoFillCommand);
});
