/**
 * Every write the fake models refuses a protected sheet. Excel's code for it is unconfirmed
 * (docs/excel-fake.md); AccessDenied is the documented code for a refused operation.
 */
import { FakeOfficeError } from "./errors";
import type { FakeSheet } from "./model";

export function writable(sheet: FakeSheet, location: string): FakeSheet {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", location, `sheet "${sheet.name}" is protected`);
  return sheet;
}
