/**
 * Excel's own request builder beside the fake: office.js's client (`excel-web-16.00.debug.js` from
 * @microsoft/office-js) is evaluated in jsdom, and every call the office adapter makes on the fake
 * is made again on an `Excel.RequestContext` of that client. At each `context.sync()` the pending
 * request's message body (`buildRequestMessageBodyAndRequestFlags().body`), the JSON office.js would
 * send to Excel, is weighed in UTF-8 bytes, then dropped: the fake runs the request and answers.
 * So object paths, actions and values are weighed as Excel on the web's 5 MB limit sees them.
 *
 * Mirrored: navigation, method calls, property writes and loads. Loaded collection items are made
 * as office.js makes them from a response: its collection's `_handleResult` with the items' ids (or
 * positions), while the context says it is processing a result, so an item costs a request nothing
 * until an action uses it. (Made any other way, by `getItemAt` say, each item is an Instantiate
 * action, and the next request carries every item listed: 174 bytes each.)
 * Event handler registration is not mirrored (office.js would try to reach a host).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { FakeExcel } from "../src/workbook/fake-excel/fake-excel";
import type { ExcelRun } from "../src/workbook/office/excel-run";
import { utf8Length } from "../src/workbook/utf8-length";

const OFFICE_JS = join(
  resolve(__dirname, ".."),
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
  "excel-web-16.00.debug.js",
);

interface OfficeJsWindow {
  Excel: { RequestContext: new (url: string) => MirrorContext };
}

interface MirrorContext {
  workbook: object;
  m_pendingRequest: unknown;
  _pendingRequest: { buildRequestMessageBodyAndRequestFlags(): { body: unknown } };
}

let loaded: OfficeJsWindow | undefined;

/** office.js's Excel client in a jsdom window; undefined when @microsoft/office-js is not installed. */
export function officeJsClient(): OfficeJsWindow | undefined {
  if (loaded !== undefined) return loaded;
  if (!existsSync(OFFICE_JS)) return undefined;
  // jsdom is a dev dependency of the tests (jest-environment-jsdom); required here so the import costs nothing elsewhere.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JSDOM } = require("jsdom") as typeof import("jsdom");
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  dom.window.eval(readFileSync(OFFICE_JS, "utf8"));
  loaded = dom.window as unknown as OfficeJsWindow;
  return loaded;
}

/** The office.js path of the package, for messages. */
export const officeJsPath = OFFICE_JS;

const raw = Symbol("fake object");

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/** A fake object with its office.js twin: calls go to both, values come from the fake. */
function mirror<T extends object>(fake: T, twin: unknown, onSync: () => void): T {
  if (!isObject(fake) || Array.isArray(fake)) return fake;
  const twinOf = (name: PropertyKey): unknown => {
    try {
      return isObject(twin) ? (twin as Record<PropertyKey, unknown>)[name] : undefined;
    } catch {
      return undefined;
    }
  };
  return new Proxy(fake, {
    get(target, name) {
      if (name === raw) return target;
      const value: unknown = Reflect.get(target, name, target);
      if (name === "sync" && typeof value === "function") {
        return async () => {
          onSync();
          await (value as () => Promise<void>).call(target);
        };
      }
      if (typeof value === "function") {
        return (...args: unknown[]) => {
          const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args.map(unwrap));
          const method = twinOf(name);
          let twinResult: unknown;
          // Event handlers would make office.js look for a host; the fake's registration is enough.
          if (typeof method === "function" && !(name === "add" && isEventSource(target))) {
            try {
              twinResult = (method as (...a: unknown[]) => unknown).apply(twin, args.map(twinArgument));
            } catch {
              twinResult = undefined;
            }
          }
          return isObject(result) && !Array.isArray(result) && !(result instanceof Promise)
            ? mirror(result, twinResult, onSync)
            : result;
        };
      }
      if (name === "items" && Array.isArray(value)) {
        const twins = twinItems(twin, value);
        return value.map((item: unknown, index) => (isObject(item) ? mirror(item, twins?.[index], onSync) : item));
      }
      if (isObject(value) && !Array.isArray(value)) return mirror(value, twinOf(name), onSync);
      return value;
    },
    set(target, name, value: unknown) {
      Reflect.set(target, name, unwrap(value), target);
      if (isObject(twin)) {
        try {
          (twin as Record<PropertyKey, unknown>)[name] = twinArgument(value);
        } catch {
          // A property office.js's client lacks: the fake decides.
        }
      }
      return true;
    },
  });
}

interface TwinCollection {
  _handleResult?: (value: unknown) => void;
  context?: { _processingResult?: boolean };
  items?: unknown[];
}

/**
 * The twins of a fake collection's loaded items, made by office.js from a response as it makes them
 * (ClientObject adds no Instantiate action while `_processingResult` is set): each by its id where
 * the fake item has one loaded, else by its position.
 */
function twinItems(twin: unknown, items: readonly unknown[]): unknown[] | undefined {
  const collection = twin as TwinCollection | undefined;
  if (!isObject(collection) || typeof collection._handleResult !== "function" || collection.context === undefined)
    return undefined;
  const data = items.map((item, index) => {
    let id: unknown;
    try {
      id = isObject(item) ? (item as { id?: unknown }).id : undefined;
    } catch {
      id = undefined; // not loaded
    }
    return typeof id === "string" || typeof id === "number" ? { _Id: id } : { _Index: index };
  });
  const context = collection.context;
  context._processingResult = true;
  try {
    collection._handleResult({ _Items: data });
    return collection.items;
  } catch {
    return undefined;
  } finally {
    context._processingResult = false;
  }
}

function isEventSource(target: object): boolean {
  return !("load" in target) && "add" in target && !("getItem" in target);
}

function unwrap(value: unknown): unknown {
  return isObject(value) && (value as Record<symbol, unknown>)[raw] !== undefined
    ? (value as Record<symbol, unknown>)[raw]
    : value;
}

/** Fake objects cannot be passed to office.js; plain values can. */
function twinArgument(value: unknown): unknown {
  if (typeof value === "function") return value;
  return isObject(value) && (value as Record<symbol, unknown>)[raw] !== undefined ? undefined : value;
}

export interface MeasuredExcel {
  run: ExcelRun;
  /** Bytes of each request office.js would have sent, in order. */
  readonly sizes: number[];
}

/** `excel.run`, with every request also built by office.js's client and weighed. */
export function measuredRun(excel: FakeExcel, client: OfficeJsWindow): MeasuredExcel {
  const sizes: number[] = [];
  const run = (async (first: unknown, second?: unknown) => {
    const batch = (typeof first === "function" ? first : second) as (context: Excel.RequestContext) => Promise<unknown>;
    // Run options, or an earlier run's context (a mirrored one is unwrapped for the fake).
    const options = typeof first === "function" ? {} : unwrap(first);
    const twin = new client.Excel.RequestContext("https://localhost/excel");
    const weigh = () => {
      const body = twin._pendingRequest.buildRequestMessageBodyAndRequestFlags().body as { Actions?: unknown[] };
      if ((body.Actions?.length ?? 0) > 0) sizes.push(utf8Length(JSON.stringify(body)));
      twin.m_pendingRequest = null;
    };
    return (
      excel.run as (options: unknown, batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>
    )(options, async (context) => {
      const result = await batch(mirror(context, twin, weigh));
      weigh();
      return result;
    });
  }) as ExcelRun;
  return { run, sizes };
}
