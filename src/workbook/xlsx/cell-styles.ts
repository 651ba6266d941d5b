/**
 * The number formats of a workbook's cell styles (xl/styles.xml): a cell's `s` attribute indexes
 * `cellXfs`, whose `numFmtId` is a built-in format or one of the custom `<numFmts>`.
 */
import { formatGeneral } from "./general-number";
import { formatterForId, type NumberFormatter } from "./number-format";
import { CLOSE, EMPTY, END, OPEN, XmlCursor } from "./xml-cursor";
import { decodeXmlEntities } from "./xml-text";

export class CellStyles {
  /** One formatter per cellXfs entry, compiled when first used. */
  private readonly formatters: (NumberFormatter | undefined)[] = [];

  constructor(
    /** numFmtId of each cellXfs entry, in order. */
    private readonly numFmtIds: readonly number[],
    private readonly customCodes: ReadonlyMap<number, string>,
    private readonly date1904: boolean,
  ) {}

  /** A workbook without styles.xml: every number shows as General. */
  static none(date1904: boolean): CellStyles {
    return new CellStyles([], new Map(), date1904);
  }

  static parse(xml: string, date1904: boolean): CellStyles {
    const numFmtIds: number[] = [];
    const customCodes = new Map<number, string>();
    const cursor = new XmlCursor(xml);
    let inCellXfs = false;
    let depthInCellXfs = 0;
    for (let kind = cursor.next(); kind !== END; kind = cursor.next()) {
      if (kind === OPEN || kind === EMPTY) {
        if (cursor.is("numFmt")) {
          const id = Number(cursor.attribute("numFmtId"));
          const code = cursor.attribute("formatCode");
          if (Number.isInteger(id) && code !== undefined) customCodes.set(id, decodeXmlEntities(code));
        } else if (cursor.is("cellXfs")) {
          inCellXfs = kind === OPEN;
          depthInCellXfs = 0;
        } else if (inCellXfs && depthInCellXfs === 0 && cursor.is("xf")) {
          const id = Number(cursor.attribute("numFmtId") ?? "0");
          numFmtIds.push(Number.isInteger(id) ? id : 0);
        }
        if (inCellXfs && kind === OPEN && !cursor.is("cellXfs")) depthInCellXfs++;
      } else if (kind === CLOSE && inCellXfs) {
        if (depthInCellXfs === 0) inCellXfs = false;
        else depthInCellXfs--;
      }
    }
    return new CellStyles(numFmtIds, customCodes, date1904);
  }

  /** The text Excel shows for `value` in a cell with style index `styleIndex`. */
  display(styleIndex: number, value: number): string {
    if (styleIndex === 0 && this.numFmtIds.length === 0) return formatGeneral(value);
    let formatter = this.formatters[styleIndex];
    if (formatter === undefined) {
      formatter = formatterForId(this.numFmtIds[styleIndex] ?? 0, this.customCodes, this.date1904);
      this.formatters[styleIndex] = formatter;
    }
    return formatter(value);
  }
}
