/**
 * Proxies for Excel objects that are a handful of properties over one thing in the fake's model (a
 * conditional format's rule, a fill, a table), without a class per object: each property says how it
 * is read from the model and, when Excel lets it be set, how a write changes the model. Loads and
 * writes go through the request like every other proxy, so ordering, strict loads and payload
 * accounting are the same. Also ClientResult, what methods such as `getCount()` return.
 */
import { jsonBytes } from "./cells";
import { FakeOfficeError } from "./errors";
import type { FakeSheet } from "./model";
import { writable } from "./writable-sheet";
import { ACTION_BYTES, FakeClientObject, type FakeRequestContext } from "./request";

export interface FakeProperty<M> {
  get(model: M): unknown;
  /** Absent: read-only in Excel. Throws Excel's error when the value is refused. */
  set?(model: M, value: unknown): void;
}

export interface FakeModelObjectOptions<M> {
  nullable?: boolean;
  /** The sheet a write changes: a protected sheet refuses it with AccessDenied. */
  sheetOf?: (model: M) => FakeSheet;
}

export class FakeModelObject<M> extends FakeClientObject<M> {
  protected readonly scalarNames: readonly string[];

  constructor(
    context: FakeRequestContext,
    typeName: string,
    private readonly find: () => M | null,
    private readonly properties: Readonly<Record<string, FakeProperty<M>>>,
    private readonly options: FakeModelObjectOptions<M> = {},
  ) {
    super(context, typeName, options.nullable ?? false);
    this.scalarNames = Object.keys(properties);
    for (const [name, property] of Object.entries(properties)) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: property.set === undefined ? undefined : (value: unknown) => this.write(name, value),
        enumerable: true,
      });
    }
  }

  protected locate(): M | null {
    return this.find();
  }

  /** The model object, for proxies reached from this one (a custom format's rule and format). */
  target(): M {
    return this.located();
  }

  protected scalar(name: string, model: M): unknown {
    return this.properties[name]?.get(model);
  }

  private write(name: string, value: unknown): void {
    const copy: unknown = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    this.context.queue({
      requestBytes: ACTION_BYTES + jsonBytes(copy),
      run: () => {
        const model = this.located();
        const sheet = this.options.sheetOf?.(model);
        if (sheet !== undefined) writable(sheet, `${this.typeName}.${name}`);
        this.properties[name]?.set?.(model, copy);
        return { responseBytes: 0, wrote: true };
      },
    });
  }
}

/** OfficeExtension.ClientResult: `value` is there once the request that computes it has run. */
export class FakeClientResult<T> {
  private delivered = false;
  private result: T | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly typeName: string,
    compute: () => T,
  ) {
    context.queue({
      requestBytes: ACTION_BYTES,
      run: () => {
        const value = compute();
        return {
          responseBytes: jsonBytes(value),
          deliver: () => {
            this.result = value;
            this.delivered = true;
          },
        };
      },
    });
  }

  get value(): T {
    if (!this.delivered) throw new FakeOfficeError("PropertyNotLoaded", `${this.typeName}.value`);
    return this.result as T;
  }
}
