/**
 * Excel.SettingCollection (ExcelApi 1.4): an add-in's settings stored in the workbook, each value
 * kept as JSON (office-js-docs-reference, excel.settingcollection.yml). Adding a key that exists
 * replaces its value. The total size is capped (about 2 MB in older docs; unconfirmed today), so
 * code that keeps large state here is caught.
 */
import { jsonBytes, utf8Length } from "./cells";
import { FakeOfficeError } from "./errors";
import type { FakeExcelState } from "./model";
import { ACTION_BYTES, FakeClientObject, loadNames, type FakeRequestContext, type LoadSpec, type StepOutcome } from "./request";

interface SettingTarget {
  key: string;
  json: string;
}

export class FakeSetting extends FakeClientObject<SettingTarget> {
  protected readonly scalarNames = ["key", "value"] as const;

  constructor(
    context: FakeRequestContext,
    private readonly settingKey: string,
    nullable: boolean,
  ) {
    super(context, "Setting", nullable);
  }

  protected locate(): SettingTarget | null {
    const json = this.context.state.settings.get(this.settingKey);
    if (json !== undefined) return { key: this.settingKey, json };
    if (this.nullable) return null;
    throw new FakeOfficeError("ItemNotFound", "SettingCollection.getItem", `no setting "${this.settingKey}"`);
  }

  protected scalar(name: string, target: SettingTarget): unknown {
    return name === "key" ? target.key : (JSON.parse(target.json) as unknown);
  }

  get value(): unknown {
    return this.read("value");
  }
  get key(): string {
    return this.read("key");
  }

  delete(): void {
    this.act((target) => this.context.state.settings.delete(target.key), { wrote: true });
  }
}

function settingsSize(state: FakeExcelState): number {
  let bytes = 0;
  for (const [key, json] of state.settings) bytes += utf8Length(key) + utf8Length(json);
  return bytes;
}

export class FakeSettingCollection extends FakeClientObject<Map<string, string>> {
  protected readonly scalarNames = ["key", "value"] as const;

  constructor(context: FakeRequestContext) {
    super(context, "SettingCollection", false);
  }

  protected locate(): Map<string, string> {
    return this.context.state.settings;
  }

  protected scalar(): unknown {
    throw new Error("fake Excel: a collection's own values are never read");
  }

  get items(): FakeSetting[] {
    return this.read("items");
  }

  override load(spec?: LoadSpec): this {
    const names = (loadNames(spec) ?? ["items"]).map((name) => name.replace(/^items\//, ""));
    const itemNames = names.includes("items") ? [...this.scalarNames] : names;
    this.context.queue({ requestBytes: ACTION_BYTES, run: () => this.loadItems(itemNames) });
    return this;
  }

  private loadItems(names: string[]): StepOutcome {
    for (const name of names) this.checkScalar(name);
    const entries = [...this.locate()];
    const items = entries.map(([key]) => new FakeSetting(this.context, key, false));
    const values = entries.map(([key, json]) => names.map((name) => [name, name === "key" ? key : (JSON.parse(json) as unknown)] as const));
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

  add(key: string, value: unknown): FakeSetting {
    const json = JSON.stringify(value);
    this.context.queue({
      requestBytes: ACTION_BYTES + utf8Length(key) + utf8Length(json ?? ""),
      run: () => {
        if (key === "" || json === undefined) throw new FakeOfficeError("InvalidArgument", "SettingCollection.add", `setting "${key}"`);
        const state = this.context.state;
        const before = state.settings.get(key);
        state.settings.set(key, json);
        if (settingsSize(state) > state.settingsLimitBytes) {
          if (before === undefined) state.settings.delete(key);
          else state.settings.set(key, before);
          throw new FakeOfficeError("GeneralException", "SettingCollection.add", "the add-in's settings exceed their size limit");
        }
        return { responseBytes: 0, wrote: true };
      },
    });
    return new FakeSetting(this.context, key, false);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, key, false);
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key, true);
  }
}
