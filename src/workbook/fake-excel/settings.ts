/**
 * Excel.SettingCollection (ExcelApi 1.4): an add-in's settings stored in the workbook, each value
 * kept as JSON (office-js-docs-reference, excel.settingcollection.yml). Adding a key that exists
 * replaces its value. The total size is capped: current docs give no figure, a user hit InvalidArgument
 * at about 1 MB (office-js #3957; older docs said about 2 MB, #621), so the fake refuses more than
 * 1 MB with InvalidArgument and code that keeps large state here is caught.
 */
import { utf8Length } from "./cells";
import { FakeOfficeError } from "./errors";
import type { FakeExcelState } from "./model";
import { FakeCollection } from "./collection";
import { ACTION_BYTES, FakeClientObject, type FakeRequestContext } from "./request";

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

export class FakeSettingCollection extends FakeCollection<[string, string], FakeSetting> {
  protected readonly scalarNames = ["key", "value"] as const;

  constructor(context: FakeRequestContext) {
    super(context, "SettingCollection", false);
  }

  /** ExcelApi 1.4: a host below it has no workbook settings. */
  private available(): void {
    if (this.context.state.apiVersion < 4) throw new FakeOfficeError("ApiNotFound", "Workbook.settings");
  }

  protected entries(): Array<[string, string]> {
    this.available();
    return [...this.context.state.settings];
  }

  protected itemOf([key]: [string, string]): FakeSetting {
    return new FakeSetting(this.context, key, false);
  }

  protected itemValue(name: string, [key, json]: [string, string]): unknown {
    return name === "key" ? key : (JSON.parse(json) as unknown);
  }

  add(key: string, value: unknown): FakeSetting {
    const json = JSON.stringify(value);
    this.context.queue({
      requestBytes: ACTION_BYTES + utf8Length(key) + utf8Length(json ?? ""),
      run: () => {
        this.available();
        if (key === "" || json === undefined)
          throw new FakeOfficeError("InvalidArgument", "SettingCollection.add", `setting "${key}"`);
        const state = this.context.state;
        const before = state.settings.get(key);
        state.settings.set(key, json);
        if (settingsSize(state) > state.settingsLimitBytes) {
          if (before === undefined) state.settings.delete(key);
          else state.settings.set(key, before);
          throw new FakeOfficeError(
            "InvalidArgument",
            "SettingCollection.add",
            "the add-in's settings exceed their size limit",
          );
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
