/**
 * A strict in-memory Excel for the office adapter's tests, since no Excel runs on these machines.
 * `fake.run` stands in for `Excel.run`; the workbook is plain { sheetName: rows of displayed text }.
 * Strict where Excel is strict: unloaded properties throw PropertyNotLoaded, unknown properties and
 * missing sheets fail the request with Excel's codes, responses over 5 MB are refused. It counts
 * requests, so a test can hold the adapter to one sync per block.
 *
 *   const excel = new FakeExcel({ "Data Categorisation": [["Use Case", "Activity"], ["PO1", "Plan"]] });
 *   await new OfficeWorkbookReader(excel.run).readSheet("Data Categorisation");
 *   expect(excel.syncCount).toBe(1);
 */
import { FakeRequestContext } from "./fake-excel-client";
import { FakeOfficeError } from "./fake-excel-errors";
import { FakeSheet, type FakeExcelOptions, type FakeExcelState, type FakeWorkbookSpec } from "./fake-excel-model";
import { FakeWorkbook } from "./fake-excel-objects";

export { FakeOfficeError } from "./fake-excel-errors";
export type { FakeSheetSpec, FakeWorkbookSpec } from "./fake-excel-model";

/** The context a batch receives: a request context whose workbook is the fake's. */
class FakeExcelContext extends FakeRequestContext {
  readonly workbook = new FakeWorkbook(this);
}

export class FakeExcel {
  private readonly state: FakeExcelState;

  constructor(book: FakeWorkbookSpec, options: FakeExcelOptions = {}) {
    const sheets = Object.entries(book).map(([name, spec]) => new FakeSheet(name, spec));
    this.state = {
      sheets,
      mergedAreasApi: options.mergedAreasApi ?? true,
      responseLimitBytes: options.responseLimitBytes ?? 5 * 1024 * 1024,
      activeSheet: sheets[0]?.name ?? "",
      selection: undefined,
      responses: [],
    };
  }

  /**
   * `Excel.run`: the batch must return a promise; work still queued when it settles goes in one
   * last request (as Office.js does); objects of a finished batch cannot be used again.
   */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeExcelContext(this.state);
    try {
      // The fake implements only the members the add-in uses; the cast is the boundary where it poses as Excel.
      const pending: unknown = batch(context as unknown as Excel.RequestContext);
      if (!(pending instanceof Promise)) throw new FakeOfficeError("RunMustReturnPromise");
      const result = (await pending) as T;
      if (context.hasQueuedWork) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  /** Requests made so far (each `context.sync()`, plus any final one `run` made). */
  get syncCount(): number {
    return this.state.responses.length;
  }

  /** Response size of each request so far, in bytes of JSON. */
  get responseSizes(): readonly number[] {
    return this.state.responses;
  }

  get activeSheet(): string {
    return this.state.activeSheet;
  }

  /** The selected range's address with its sheet, e.g. "'Data Categorisation'!J7". */
  get selection(): string | undefined {
    return this.state.selection;
  }
}
