/**
 * The request machinery of the fake Excel, modelled on Office.js: proxies queue loads and actions,
 * `context.sync()` runs the queue as one request, and a property can be read only once it was
 * loaded and synced (reading it earlier throws PropertyNotLoaded, as Excel does). A request fails
 * as a whole, with Excel's error code, when it names a missing item, an unknown property or a bad
 * address, or when its response would exceed Excel on the web's 5 MB.
 */
import { FakeOfficeError } from "./fake-excel-errors";
import type { FakeExcelState } from "./fake-excel-model";

/** What a queued step yields when the request runs: its response size and how to apply it. */
export interface StepResult {
  bytes: number;
  apply(): void;
}

/** The forms `load` takes in Office.js: "a,b", ["a", "b"], { select: "a,b" } or { a: true }. */
export type LoadSpec = string | string[] | { select?: string } | Record<string, unknown>;

export function loadNames(spec: LoadSpec | undefined): string[] | undefined {
  if (spec === undefined) return undefined;
  let list: string[];
  if (typeof spec === "string") list = spec.split(",");
  else if (Array.isArray(spec)) list = spec;
  else if (typeof spec.select === "string") list = spec.select.split(",");
  else list = Object.entries(spec).flatMap(([name, wanted]) => (wanted === true ? [name] : []));
  return list.map((name) => name.trim()).filter((name) => name !== "");
}

export class FakeRequestContext {
  private steps: Array<() => StepResult> = [];
  private created: Array<FakeClientObject<unknown>> = [];
  private open = true;

  constructor(readonly state: FakeExcelState) {}

  queue(step: () => StepResult): void {
    if (!this.open) throw new FakeOfficeError("InvalidObjectPath", undefined, "the Excel.run batch that made this object has ended");
    this.steps.push(step);
  }

  adopt(object: FakeClientObject<unknown>): void {
    this.created.push(object);
  }

  get hasQueuedWork(): boolean {
    return this.steps.length > 0;
  }

  close(): void {
    this.open = false;
  }

  sync(): Promise<void> {
    return Promise.resolve().then(() => this.request());
  }

  /** One round trip: every step resolves first, and only a request that fully succeeds is applied. */
  private request(): void {
    if (!this.open) throw new FakeOfficeError("InvalidRequestContext");
    // A failed request is still a round trip, so it counts (with no response).
    const index = this.state.responses.push(0) - 1;
    const steps = this.steps;
    const created = this.created;
    this.steps = [];
    this.created = [];
    const results = steps.map((step) => step());
    const nulls = created.map((object) => object.resolveNull());
    const bytes = results.reduce((sum, result) => sum + result.bytes, 0);
    this.state.responses[index] = bytes;
    if (bytes > this.state.responseLimitBytes) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", undefined, `${bytes} bytes`);
    for (const result of results) result.apply();
    created.forEach((object, i) => object.settle(nulls[i] ?? false));
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
    private readonly nullable: boolean,
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
    this.context.queue(() => this.loadStep(names));
    return this;
  }

  /** Runs inside a request; collections override it to load their items. */
  protected loadStep(names: string[]): StepResult {
    for (const name of names) this.checkScalar(name);
    const target = this.locate();
    if (target === null) return { bytes: 0, apply: () => undefined };
    const values = names.map((name) => [name, this.scalar(name, target)] as const);
    return { bytes: JSON.stringify(values.map(([, value]) => value)).length, apply: () => this.remember(values) };
  }

  protected checkScalar(name: string): void {
    if (!this.scalarNames.includes(name)) throw new FakeOfficeError("InvalidArgument", `${this.typeName}.${name}`, `${this.typeName} has no property "${name}" in Excel or in this fake`);
  }

  remember(values: ReadonlyArray<readonly [string, unknown]>): void {
    for (const [name, value] of values) this.loaded.set(name, value);
  }

  /** A loaded property; anything else throws PropertyNotLoaded, which is the point of this fake. */
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw new FakeOfficeError("PropertyNotLoaded", `${this.typeName}.${name}`);
    return this.loaded.get(name) as T;
  }

  /** The target for a method called on this object; navigating from a null object is refused. */
  protected located(): Target {
    const target = this.locate();
    if (target === null) throw new FakeOfficeError("InvalidObjectPath", this.typeName, "navigating from a null object");
    return target;
  }

  /** Queues an action (activate, select) applied when the request succeeds. */
  protected act(apply: (target: Target) => void): void {
    this.context.queue(() => {
      const target = this.located();
      return { bytes: 0, apply: () => apply(target) };
    });
  }
}
