/**
 * The request machinery of the fake Excel, modelled on Office.js: proxies queue loads and actions,
 * and `context.sync()` sends the queue as one request. As in Excel, the host runs a request's
 * actions in order, so a load queued after a write sees the written value, and it stops at the first
 * failing action: what ran before it stays applied and nothing is delivered to the proxies (the
 * runtime reports the failing action's index as `Error.ActionIndex`; office-js runtime,
 * OfficeExtension.ClientRequestContext). A property can be read only once it was loaded and synced;
 * reading it earlier throws PropertyNotLoaded, as Excel does. Requests and responses are measured
 * as UTF-8 JSON and refused over Excel on the web's 5 MB.
 */
import { jsonBytes } from "./cells";
import { FakeOfficeError } from "./errors";
import type { FakeExcelState, FakeRequestRecord } from "./model";

/** What one queued step did when its request ran. */
export interface StepOutcome {
  responseBytes: number;
  /** Hands loaded values to the proxy; only called when the whole request succeeded. */
  deliver?: () => void;
  /** Whether it changed the workbook (an undo record is made for writing requests). */
  wrote?: boolean;
}

export interface Step {
  /** What the step sends: about the call itself plus any values written. */
  requestBytes: number;
  /** Runs when the request reaches it, in queue order; throws Excel's error to stop the request. */
  run(): StepOutcome;
}

/** The forms `load` takes in Office.js: "a,b", ["a", "b"], { select: "a,b" } or { a: true }. */
export type LoadSpec = string | string[] | { select?: string } | Record<string, unknown>;

/**
 * What one queued call weighs in the request, with the object path it travels with, as office.js's
 * own client serialises it (excel-web-16.00.debug.js, @microsoft/office-js 1.1.110, measured by
 * tests/support/office-js-requests.ts): a single-cell value write through `getItem(sheet).getRange(cell)`
 * is about 500 bytes, a single-cell load about 500, a conditional-format add with its formula and fill
 * about 1,500 plus the address. Object paths, not values, dominate scattered work.
 */
export const ACTION_BYTES = 490;

export function loadNames(spec: LoadSpec | undefined): string[] | undefined {
  if (spec === undefined) return undefined;
  let list: string[];
  if (typeof spec === "string") list = spec.split(",");
  else if (Array.isArray(spec)) list = spec;
  else if (typeof spec.select === "string") list = spec.select.split(",");
  else list = Object.entries(spec).flatMap(([name, wanted]) => (wanted === true ? [name] : []));
  return list.map((name) => name.trim()).filter((name) => name !== "");
}

export interface FakeRunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

export class FakeRequestContext {
  private steps: Step[] = [];
  private created = new Set<FakeClientObject<unknown>>();
  private open = true;
  /** Whether any request of this run wrote (for a merged undo group). */
  wrote = false;

  constructor(
    readonly state: FakeExcelState,
    readonly runOptions: FakeRunOptions = {},
  ) {}

  queue(step: Step): void {
    if (!this.open)
      throw new FakeOfficeError("InvalidObjectPath", undefined, "the Excel.run batch that made this object has ended");
    this.steps.push(step);
  }

  /** An object made or loaded since the last request: its null state is settled by the next one. */
  adopt(object: FakeClientObject<unknown>): void {
    this.created.add(object);
  }

  get hasQueuedWork(): boolean {
    return this.steps.length > 0;
  }

  close(): void {
    this.open = false;
  }

  reopen(): void {
    this.open = true;
  }

  get mergesUndo(): boolean {
    return this.runOptions.mergeUndoGroup === true && this.state.apiVersion >= 20;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    if (!this.open) throw new FakeOfficeError("InvalidRequestContext");
    if (this.state.cellEditMode && this.steps.length > 0) {
      // delayForCellEdit (Excel.RunOptions): the batch waits for the user instead of failing.
      if (this.runOptions.delayForCellEdit !== true) {
        this.steps = [];
        this.created = new Set();
        this.state.requests.push({
          requestBytes: 0,
          responseBytes: 0,
          actions: 0,
          wrote: false,
          failed: "InvalidOperationInCellEditMode",
        });
        throw new FakeOfficeError("InvalidOperationInCellEditMode");
      }
      await new Promise<void>((resume) => this.state.cellEditWaiters.push(resume));
    }
    this.request();
  }

  /** One round trip. */
  private request(): void {
    const steps = this.steps;
    const created = [...this.created];
    this.steps = [];
    this.created = new Set();
    const number = this.state.requests.length + 1;
    for (const hook of this.state.beforeRequest) hook(number);
    const record: FakeRequestRecord = {
      requestBytes: steps.reduce((sum, step) => sum + step.requestBytes, 0),
      responseBytes: 0,
      actions: 0,
      wrote: false,
    };
    this.state.requests.push(record);
    const faultIndex = this.state.faults.findIndex((fault) => fault.request === number);
    const fault = faultIndex < 0 ? undefined : this.state.faults.splice(faultIndex, 1)[0];
    const deliveries: Array<() => void> = [];
    try {
      if (record.requestBytes > this.state.requestLimitBytes)
        throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", undefined, `${record.requestBytes} bytes`);
      steps.forEach((step, index) => {
        if (fault !== undefined && index === fault.afterActions)
          throw new FakeOfficeError(fault.code, undefined, `planted fault after ${index} actions`);
        const outcome = step.run();
        record.actions++;
        record.responseBytes += outcome.responseBytes;
        if (outcome.wrote === true) record.wrote = true;
        if (outcome.deliver !== undefined) deliveries.push(outcome.deliver);
      });
      // A fault planted past the last action: everything ran, and then the answer was lost.
      if (fault !== undefined) throw new FakeOfficeError(fault.code, undefined, "planted fault after the last action");
      const nulls = created.map((object) => object.resolveNull());
      if (record.responseBytes > this.state.responseLimitBytes)
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", undefined, `${record.responseBytes} bytes`);
      for (const deliver of deliveries) deliver();
      created.forEach((object, i) => object.settle(nulls[i] ?? false));
    } catch (error) {
      record.failed = error instanceof FakeOfficeError ? error.code : String(error);
      throw error;
    } finally {
      if (record.wrote) {
        if (this.mergesUndo) this.wrote = true;
        else this.state.undoRecords++;
      }
    }
  }
}

/**
 * A proxy for one Excel object. `locate` finds what it stands for when a request runs (null for a
 * null object, an OfficeExtension-style error for a missing item or bad argument); subclasses
 * declare the scalar properties `load` accepts and how each is read from the model.
 */
export abstract class FakeClientObject<Target> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  protected constructor(
    protected readonly context: FakeRequestContext,
    protected readonly typeName: string,
    protected readonly nullable: boolean,
  ) {
    context.adopt(this);
  }

  protected abstract readonly scalarNames: readonly string[];
  protected abstract locate(): Target | null;
  protected abstract scalar(name: string, target: Target): unknown;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new FakeOfficeError("PropertyNotLoaded", `${this.typeName}.isNullObject`);
    return this.nullState;
  }

  /** Called by the request: whether this object turned out null (only *OrNullObject ones can). */
  resolveNull(): boolean {
    return this.nullable && this.locate() === null;
  }

  settle(isNull: boolean): void {
    this.nullState = isNull;
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec) ?? [...this.scalarNames];
    this.context.queue({ requestBytes: ACTION_BYTES, run: () => this.loadStep(names) });
    this.context.adopt(this);
    return this;
  }

  /** Office.js proxies serialise what was loaded. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  /** Runs inside a request; collections override it to load their items. */
  protected loadStep(names: string[]): StepOutcome {
    for (const name of names) this.checkScalar(name);
    const target = this.locate();
    if (target === null) return { responseBytes: 0 };
    const values = names.map((name) => [name, this.scalar(name, target)] as const);
    return { responseBytes: jsonBytes(values.map(([, value]) => value)), deliver: () => this.remember(values) };
  }

  protected checkScalar(name: string): void {
    if (!this.scalarNames.includes(name))
      throw new FakeOfficeError(
        "InvalidArgument",
        `${this.typeName}.${name}`,
        `${this.typeName} has no property "${name}" in Excel or in this fake`,
      );
  }

  remember(values: ReadonlyArray<readonly [string, unknown]>): void {
    for (const [name, value] of values) this.loaded.set(name, value);
  }

  /** A loaded property; anything else throws PropertyNotLoaded, which is the point of this fake. */
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw new FakeOfficeError("PropertyNotLoaded", `${this.typeName}.${name}`);
    return this.loaded.get(name) as T;
  }

  /**
   * The target for a method called on this object. Navigating from a null object is refused: Excel
   * would return another null object, but code that does it has forgotten to check isNullObject,
   * which is the mistake worth catching.
   */
  protected located(): Target {
    const target = this.locate();
    if (target === null) throw new FakeOfficeError("InvalidObjectPath", this.typeName, "navigating from a null object");
    return target;
  }

  /** Queues an action (activate, select, a write) that runs in order when the request runs. */
  protected act(apply: (target: Target) => void, options: { requestBytes?: number; wrote?: boolean } = {}): void {
    this.context.queue({
      requestBytes: ACTION_BYTES + (options.requestBytes ?? 0),
      run: () => {
        apply(this.located());
        return { responseBytes: 0, wrote: options.wrote ?? false };
      },
    });
  }
}
