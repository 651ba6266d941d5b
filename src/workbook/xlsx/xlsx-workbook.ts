/**
 * The .xlsx file adapter: bytes in, SheetGrids out. Works the same in Node and in a browser
 * (fflate + TextDecoder, no Node APIs). Opening reads only the package's directory and the
 * workbook part; each sheet, the shared strings and the styles are unpacked when first needed.
 */
import type { SheetGrid, WorkbookReader } from "../port";
import { CellStyles } from "./cell-styles";
import { assertZipSignature } from "./file-signature";
import { LazySharedStrings } from "./shared-strings";
import { readSheetXml } from "./sheet-xml-reader";
import { readWorkbookParts, type WorkbookParts } from "./workbook-parts";
import { asWorkbookReadError, damaged, WorkbookReadError } from "./workbook-read-error";
import { tableTotalsRows } from "./table-totals-rows";
import { readWebExtensionSettings } from "./webextension-settings";
import { ReadBudget } from "./read-budget";
import { hasClosedRoot } from "./xml-root";
import { ZipPackage, type InflateRaw } from "./zip-package";

export { WorkbookReadError, type WorkbookReadErrorReason } from "./workbook-read-error";

export interface OpenOptions {
  /** How to inflate compressed parts; fflate's by default (the command line passes Node's zlib). */
  inflateRaw?: InflateRaw;
  /** What the run may hold in memory; a fresh default budget when not given. */
  budget?: ReadBudget;
}

/**
 * Opens a package's ZIP directory and workbook part with the given kind of ZipPackage. Throws a
 * WorkbookReadError saying what is wrong when it cannot.
 */
export function openPackage<Z extends ZipPackage>(
  bytes: Uint8Array,
  makeZip: (bytes: Uint8Array) => Z,
): { zip: Z; parts: WorkbookParts } {
  assertZipSignature(bytes);
  try {
    const zip = makeZip(bytes);
    return { zip, parts: readWorkbookParts(zip) };
  } catch (error) {
    throw asWorkbookReadError(error, "the workbook");
  }
}

/** Opens an .xlsx (or .xlsm) file's bytes. Throws a WorkbookReadError saying what is wrong when it cannot. */
export function openXlsx(bytes: Uint8Array, options: OpenOptions = {}): XlsxWorkbook {
  const { zip, parts } = openPackage(bytes, (b) => new ZipPackage(b, options.inflateRaw, options.budget));
  return new XlsxWorkbook(zip, parts);
}

export class XlsxWorkbook implements WorkbookReader {
  private readonly sharedStrings: LazySharedStrings;
  private styles: CellStyles | undefined;

  /** Use openXlsx; this is public only so the type can be named. */
  constructor(
    private readonly zip: ZipPackage,
    private readonly parts: WorkbookParts,
  ) {
    this.sharedStrings = new LazySharedStrings(() => {
      const xml = parts.sharedStringsPart === undefined ? undefined : zip.textOf(parts.sharedStringsPart);
      if (xml !== undefined && !hasClosedRoot(xml, "sst"))
        throw damaged("its shared strings are cut short or not closed");
      return xml;
    });
  }

  async sheetNames(): Promise<string[]> {
    return this.sheetNamesSync();
  }

  async readSheet(name: string): Promise<SheetGrid> {
    return this.readSheetSync(name);
  }

  /** The add-in's settings saved in the file (webextension-settings.ts); absent keys are left out. */
  async readSettings(keys: readonly string[]): Promise<Record<string, unknown>> {
    try {
      return readWebExtensionSettings(this.zip, this.parts.workbookPart, keys);
    } catch (error) {
      throw asWorkbookReadError(error, "the add-in's settings");
    }
  }

  /** Worksheet names in tab order (hidden worksheets included; chart and dialog sheets not). */
  sheetNamesSync(): string[] {
    return this.parts.sheets.map((sheet) => sheet.name);
  }

  /** Reads one worksheet by its exact name. */
  readSheetSync(name: string): SheetGrid {
    const sheet = this.parts.sheets.find((candidate) => candidate.name === name);
    if (sheet === undefined) {
      throw new WorkbookReadError("sheet-missing", `This workbook has no worksheet named "${name}".`);
    }
    try {
      const xml = sheet.partName === undefined ? undefined : this.zip.worksheetTextOf(sheet.partName);
      if (xml === undefined) throw damaged(`the contents of sheet "${name}" are missing`);
      const grid = readSheetXml(
        xml,
        name,
        {
          sharedStrings: () => this.sharedStrings.get(),
          styles: this.cellStyles(),
        },
        { budget: this.zip.budget },
      );
      const totalsRows = sheet.partName === undefined ? [] : this.totalsRowsOf(sheet.partName);
      return totalsRows.length === 0 ? grid : { ...grid, totalsRows };
    } catch (error) {
      throw asWorkbookReadError(error, `sheet "${name}"`);
    }
  }

  /** The totals rows of the sheet's tables; none when a table part cannot be read (the rows are then judged by content). */
  private totalsRowsOf(sheetPart: string): NonNullable<SheetGrid["totalsRows"]> {
    try {
      return tableTotalsRows(this.zip, sheetPart);
    } catch {
      return [];
    }
  }

  private cellStyles(): CellStyles {
    if (this.styles === undefined) {
      const xml = this.parts.stylesPart === undefined ? undefined : this.zip.textOf(this.parts.stylesPart);
      this.styles =
        xml === undefined ? CellStyles.none(this.parts.date1904) : CellStyles.parse(xml, this.parts.date1904);
    }
    return this.styles;
  }
}
