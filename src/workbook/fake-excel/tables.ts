/**
 * Excel.TableCollection and Excel.Table (ExcelApi 1.1; office-js-docs-reference,
 * excel.tablecollection.yml, excel.table.yml), as far as the add-in uses them: a worksheet's
 * `tables.add(address, hasHeaders)` makes a table over a block of that sheet, named "Table1",
 * "Table2"... until the add-in names it; `tables` loads its items (name, style, showTotals); a
 * table's `name`, `style` and `showTotals` are set, and `delete()` removes it. `getTotalRowRange()`
 * is the table's last row while it shows totals; asked of a table that does not, the request fails
 * (Excel's exact behaviour there is unconfirmed, so the fake is strict: the reader asks only tables
 * that show totals). Turning totals on here does not grow the table by a row, as Excel does: tests
 * make a table over the rows including its totals row, then set showTotals. Table names are unique in the workbook without
 * regard to case, start with a letter, "_" or "\" and hold no spaces (Excel's rules for names); a
 * bad or taken name and a table over another table are refused (Excel's exact codes are
 * unconfirmed: InvalidArgument and ItemAlreadyExists, the codes for a bad argument and an existing
 * resource). A style must be one of Excel's built-in ones (TableStyleLight1-21, Medium1-28,
 * Dark1-11): stricter than Excel, which also takes a workbook's custom styles, which the add-in never uses.
 */
import { formatA1, parseA1 } from "./address";
import { intersection } from "./areas";
import { jsonBytes } from "./cells";
import { FakeCollection } from "./collection";
import { FakeOfficeError } from "./errors";
import type { FakeSheet, FakeTableModel } from "./model";
import { FakeModelObject } from "./model-object";
import { FakeRange } from "./range";
import { writable } from "./writable-sheet";
import { ACTION_BYTES, type FakeRequestContext } from "./request";

const BUILT_IN_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function checkedName(context: FakeRequestContext, table: FakeTableModel, value: unknown): string {
  if (
    typeof value !== "string" ||
    value.length > 255 ||
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(value) ||
    parseA1(value) !== undefined
  ) {
    throw new FakeOfficeError("InvalidArgument", "Table.name", `table name ${JSON.stringify(value)}`);
  }
  const taken = context.state.tables.some(
    (other) => other !== table && other.name.toLowerCase() === value.toLowerCase(),
  );
  if (taken) throw new FakeOfficeError("ItemAlreadyExists", "Table.name", `a table named "${value}"`);
  return value;
}

function checkedStyle(value: unknown): string {
  if (typeof value !== "string" || !BUILT_IN_STYLE.test(value))
    throw new FakeOfficeError("InvalidArgument", "Table.style", `style ${JSON.stringify(value)}`);
  return value;
}

/** Excel.Table: name and style, the address of its range (read only), delete(). */
export class FakeTable extends FakeModelObject<FakeTableModel> {
  constructor(
    private readonly requestContext: FakeRequestContext,
    find: () => FakeTableModel,
  ) {
    super(
      requestContext,
      "Table",
      find,
      {
        name: {
          get: (table) => table.name,
          set: (table, value) => (table.name = checkedName(requestContext, table, value)),
        },
        style: { get: (table) => table.style, set: (table, value) => (table.style = checkedStyle(value)) },
        showHeaders: { get: (table) => table.hasHeaders },
        showTotals: {
          get: (table) => table.showTotals === true,
          set: (table, value) => {
            if (typeof value !== "boolean")
              throw new FakeOfficeError("InvalidArgument", "Table.showTotals", `showTotals ${JSON.stringify(value)}`);
            table.showTotals = value;
          },
        },
      },
      { sheetOf: (table) => table.sheet },
    );
  }

  /** The totals row's range: the table's last row; fails when the table shows no totals. */
  getTotalRowRange(): FakeRange {
    return new FakeRange(this.requestContext, () => {
      const table = this.target();
      if (table.showTotals !== true)
        throw new FakeOfficeError(
          "InvalidArgument",
          "Table.getTotalRowRange",
          `table "${table.name}" shows no totals row`,
        );
      return { sheet: table.sheet, range: { ...table.range, top: table.range.bottom } };
    });
  }

  /** Removes the table; its cells are left as they are (the add-in clears its own sheet after). */
  delete(): void {
    this.requestContext.queue({
      requestBytes: ACTION_BYTES,
      run: () => {
        const table = this.target();
        writable(table.sheet, "Table.delete");
        const tables = this.requestContext.state.tables;
        const index = tables.indexOf(table);
        if (index < 0) throw new FakeOfficeError("ItemNotFound", "Table.delete", `table "${table.name}" was deleted`);
        tables.splice(index, 1);
        return { responseBytes: 0, wrote: true };
      },
    });
  }
}

/** A worksheet's tables (`worksheet.tables`), or with no sheet the workbook's (`workbook.tables`, listing only). */
export class FakeTableCollection extends FakeCollection<FakeTableModel, FakeTable> {
  protected readonly scalarNames = ["name", "style", "showHeaders", "showTotals"] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheetOf?: () => FakeSheet,
  ) {
    super(context, "TableCollection", false);
  }

  private sheet(): FakeSheet {
    // Workbook.tables.add takes an address with its sheet; the add-in adds through a worksheet's tables.
    if (this.sheetOf === undefined)
      throw new FakeOfficeError(
        "InvalidArgument",
        "TableCollection.add",
        "the fake adds tables through a worksheet's tables only",
      );
    return this.sheetOf();
  }

  protected entries(): FakeTableModel[] {
    if (this.sheetOf === undefined) return this.context.state.tables;
    const sheet = this.sheetOf();
    return this.context.state.tables.filter((table) => table.sheet === sheet);
  }

  protected itemOf(table: FakeTableModel): FakeTable {
    return new FakeTable(this.context, () => table);
  }

  protected itemValue(name: string, table: FakeTableModel): unknown {
    if (name === "name") return table.name;
    if (name === "style") return table.style;
    if (name === "showTotals") return table.showTotals === true;
    return table.hasHeaders;
  }

  add(address: string, hasHeaders: boolean): FakeTable {
    let made: FakeTableModel | undefined;
    this.context.queue({
      requestBytes: ACTION_BYTES + jsonBytes([address, hasHeaders]),
      run: () => {
        const sheet = this.sheet();
        writable(sheet, "TableCollection.add");
        const range = parseA1(address);
        if (range === undefined)
          throw new FakeOfficeError("InvalidArgument", "TableCollection.add", `address "${address}"`);
        if (
          this.context.state.tables.some(
            (table) => table.sheet === sheet && intersection(table.range, range) !== undefined,
          )
        ) {
          throw new FakeOfficeError(
            "InvalidArgument",
            "TableCollection.add",
            `a table cannot overlap another table (${formatA1(range)})`,
          );
        }
        let number = 1;
        while (this.context.state.tables.some((table) => table.name.toLowerCase() === `table${number}`)) number++;
        made = { name: `Table${number}`, sheet, range, style: "TableStyleMedium2", hasHeaders };
        this.context.state.tables.push(made);
        return { responseBytes: 0, wrote: true };
      },
    });
    return new FakeTable(this.context, () => {
      if (made === undefined)
        throw new FakeOfficeError("InvalidObjectPath", "Table", "used before the request that adds it ran");
      return made;
    });
  }
}
