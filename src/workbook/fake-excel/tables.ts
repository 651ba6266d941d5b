/**
 * Excel.TableCollection.add and Excel.Table's name (ExcelApi 1.1; office-js-docs-reference,
 * excel.tablecollection.yml, excel.table.yml), as far as the add-in uses them: a worksheet's
 * `tables.add(address, hasHeaders)` makes a table over a block of that sheet, named "Table1",
 * "Table2"... until the add-in names it. Table names are unique in the workbook without regard to
 * case, start with a letter, "_" or "\" and hold no spaces (Excel's rules for names); a bad or taken
 * name and a table over another table are refused (Excel's exact codes are unconfirmed: InvalidArgument
 * and ItemAlreadyExists, the codes for a bad argument and an existing resource).
 */
import { parseA1 } from "./address";
import { intersection } from "./areas";
import { FakeOfficeError } from "./errors";
import type { FakeSheet, FakeTableModel } from "./model";
import { FakeModelObject } from "./model-object";
import { ACTION_BYTES, type FakeRequestContext } from "./request";
import { jsonBytes } from "./cells";

function checkedName(context: FakeRequestContext, table: FakeTableModel, value: unknown): string {
  if (typeof value !== "string" || value.length > 255 || !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(value) || parseA1(value) !== undefined) {
    throw new FakeOfficeError("InvalidArgument", "Table.name", `table name ${JSON.stringify(value)}`);
  }
  const taken = context.state.tables.some((other) => other !== table && other.name.toLowerCase() === value.toLowerCase());
  if (taken) throw new FakeOfficeError("ItemAlreadyExists", "Table.name", `a table named "${value}"`);
  return value;
}

export class FakeTableCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(address: string, hasHeaders: boolean): FakeModelObject<FakeTableModel> {
    let made: FakeTableModel | undefined;
    this.context.queue({
      requestBytes: ACTION_BYTES + jsonBytes([address, hasHeaders]),
      run: () => {
        const sheet = this.sheet();
        if (sheet.protected) throw new FakeOfficeError("AccessDenied", "TableCollection.add", `sheet "${sheet.name}" is protected`);
        const range = parseA1(address);
        if (range === undefined) throw new FakeOfficeError("InvalidArgument", "TableCollection.add", `address "${address}"`);
        if (this.context.state.tables.some((table) => table.sheet === sheet && intersection(table.range, range) !== undefined)) {
          throw new FakeOfficeError("InvalidArgument", "TableCollection.add", "a table cannot overlap another table");
        }
        let number = 1;
        while (this.context.state.tables.some((table) => table.name.toLowerCase() === `table${number}`)) number++;
        made = { name: `Table${number}`, sheet, range };
        this.context.state.tables.push(made);
        return { responseBytes: 0, wrote: true };
      },
    });
    return new FakeModelObject(
      this.context,
      "Table",
      () => {
        if (made === undefined) throw new FakeOfficeError("InvalidObjectPath", "Table", "used before the request that adds it ran");
        return made;
      },
      { name: { get: (table) => table.name, set: (table, value) => (table.name = checkedName(this.context, table, value)) } },
      { sheetOf: (table) => table.sheet },
    );
  }
}
