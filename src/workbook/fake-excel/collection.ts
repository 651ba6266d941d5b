/**
 * What the fake's collections share (worksheets, settings): `items` loaded with the item properties
 * asked for. "items/name" (string or { select }) and, as Office.js allows on collections, plain
 * "name" load each item's property; in the array form Office.js sends "items/name" unchanged and
 * Excel loads the items without it (office-js #190): reading `name` then throws PropertyNotLoaded.
 */
import { jsonBytes } from "./cells";
import { ACTION_BYTES, FakeClientObject, loadNames, type LoadSpec, type StepOutcome } from "./request";

export abstract class FakeCollection<Entry, Item extends FakeClientObject<unknown>> extends FakeClientObject<Entry[]> {
  /** The collection's entries now, in order. */
  protected abstract entries(): Entry[];
  /** A proxy standing for one entry. */
  protected abstract itemOf(entry: Entry): Item;
  /** One of an entry's properties, as its proxy would load it. */
  protected abstract itemValue(name: string, entry: Entry, item: Item): unknown;

  protected locate(): Entry[] {
    return this.entries();
  }

  protected scalar(): unknown {
    throw new Error("fake Excel: a collection's own values are never read");
  }

  get items(): Item[] {
    return this.read("items");
  }

  override load(spec?: LoadSpec): this {
    const arrayForm = Array.isArray(spec);
    const names = (loadNames(spec) ?? ["items"]).flatMap((name) => {
      if (!name.startsWith("items/")) return [name];
      return arrayForm ? [] : [name.slice("items/".length)];
    });
    const itemNames = names.includes("items") ? [...this.scalarNames] : names;
    this.context.queue({ requestBytes: ACTION_BYTES, run: () => this.loadItems(itemNames) });
    this.context.adopt(this);
    return this;
  }

  private loadItems(names: string[]): StepOutcome {
    for (const name of names) this.checkScalar(name);
    const entries = [...this.entries()];
    const items = entries.map((entry) => this.itemOf(entry));
    const values = entries.map((entry, index) =>
      names.map((name) => [name, this.itemValue(name, entry, items[index] as Item)] as const),
    );
    return {
      responseBytes: jsonBytes(values),
      deliver: () => {
        items.forEach((item, index) => {
          item.settle(false);
          item.remember(values[index] ?? []);
        });
        this.remember([["items", items]]);
      },
    };
  }
}
