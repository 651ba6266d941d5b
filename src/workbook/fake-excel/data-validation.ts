/**
 * Excel.DataValidation (ExcelApi 1.8) over the fake's sheets, as far as the add-in uses it
 * (office-js-docs-reference, excel.datavalidation.yml, excel.datavalidationtype.yml; office-js-docs-pr,
 * excel-add-ins-data-validation.md):
 * - `type` (read-only): None, the rule's type when one rule covers every cell of the range,
 *   Inconsistent when several rules cover it, MixedCriteria when only some cells have a rule;
 * - `rule`, `ignoreBlanks`, `errorAlert`, `prompt`: read when one rule covers the whole range (null
 *   otherwise); `rule` set with exactly one kind of criteria ("No more than one of these properties
 *   may be present"); the others set on cells that have a rule;
 * - `clear()` removes every rule from the range's cells, the user's too ("Clearing data validation
 *   from a range will also clear any data validation that a user has added manually");
 * - `getInvalidCellsOrNullObject()` (ExcelApi 1.9): the cells whose value breaks their list rule.
 * Stricter than Excel where Excel's answer is unconfirmed, so that code relying on it fails here:
 * setting `rule` over cells that already have one is refused (clear them first), and setting the
 * alert, prompt or ignoreBlanks on cells without a rule is refused (set the rule first).
 * Lists are compared without regard to case (as Excel's dropdown accepts "public" for "Public");
 * only list rules are evaluated, and blank cells never count as invalid (the add-in ignores blanks).
 */
import type { CellRange } from "../port";
import { parseA1 } from "./address";
import { cellCount, intersection, subtractAll } from "./areas";
import { displayText } from "./cells";
import { FakeOfficeError } from "./errors";
import { defaultValidation, type FakeSheet, type FakeValidation } from "./model";
import { FakeRangeAreas, type RangeTarget } from "./range";
import { ACTION_BYTES, FakeClientObject, type FakeRequestContext } from "./request";
import { jsonBytes } from "./cells";
import { writable } from "./writable-sheet";
import { sheetByName } from "./worksheet";

const ruleTypes: Readonly<Record<string, string>> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function typeOfRule(rule: Record<string, unknown>): string {
  return ruleTypes[Object.keys(rule)[0] ?? ""] ?? "None";
}

/** The rules on a range's cells: the parts of each inside it, and whether they cover every cell. */
function rulesIn(sheet: FakeSheet, range: CellRange): { rules: FakeValidation[]; covered: boolean } {
  let cells = 0;
  const rules = sheet.validations.filter((validation) => {
    const inside = validation.ranges.flatMap((r) => intersection(r, range) ?? []);
    cells += cellCount(inside);
    return inside.length > 0;
  });
  return { rules, covered: cells === cellCount([range]) };
}

/** Splits the part of each rule inside `range` off as its own rule, so a property can be set on that part alone. */
function splitOff(sheet: FakeSheet, range: CellRange): FakeValidation[] {
  const parts: FakeValidation[] = [];
  for (const validation of [...sheet.validations]) {
    const inside = validation.ranges.flatMap((r) => intersection(r, range) ?? []);
    if (inside.length === 0) continue;
    validation.ranges = subtractAll(validation.ranges, range);
    const part = { ...validation, ranges: inside };
    parts.push(part);
    sheet.validations.push(part);
  }
  sheet.validations = sheet.validations.filter((v) => v.ranges.length > 0);
  return parts;
}

/** The values a list rule allows: an inline "a,b,c" or a range "=Sheet!$A$2:$A$9" (names are not modelled). */
function listValues(sheets: readonly FakeSheet[], own: FakeSheet, source: string): string[] {
  if (!source.startsWith("=")) return source.split(",").map((value) => value.trim());
  const reference = source.slice(1);
  const bang = reference.lastIndexOf("!");
  const sheetName =
    bang < 0
      ? own.name
      : reference
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const sheet = sheetByName(sheets, sheetName);
  const range = parseA1(reference.slice(bang + 1));
  if (sheet === undefined || range === undefined) return [];
  return sheet.grid(range, displayText).flat();
}

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  protected readonly scalarNames = ["type", "rule", "ignoreBlanks", "errorAlert", "prompt"] as const;

  constructor(
    context: FakeRequestContext,
    private readonly find: () => RangeTarget | null,
  ) {
    super(context, "DataValidation", false);
  }

  protected locate(): RangeTarget | null {
    return this.find();
  }

  protected scalar(name: string, { sheet, range }: RangeTarget): unknown {
    const { rules, covered } = rulesIn(sheet, range);
    const only = rules.length === 1 && covered ? rules[0] : undefined;
    if (name === "type") {
      if (rules.length === 0) return "None";
      if (!covered) return "MixedCriteria";
      return only === undefined ? "Inconsistent" : typeOfRule(only.rule);
    }
    if (only === undefined) return null;
    const value =
      name === "rule"
        ? only.rule
        : name === "ignoreBlanks"
          ? only.ignoreBlanks
          : name === "errorAlert"
            ? only.errorAlert
            : only.prompt;
    return JSON.parse(JSON.stringify(value)) as unknown;
  }

  get type(): string {
    return this.read("type");
  }
  get rule(): Record<string, unknown> {
    return this.read("rule");
  }
  set rule(rule: Record<string, unknown>) {
    const copy = JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
    this.change("rule", copy, (sheet, range) => {
      const kinds = Object.keys(copy).filter((key) => copy[key] !== undefined && copy[key] !== null);
      if (kinds.length !== 1 || ruleTypes[kinds[0] ?? ""] === undefined)
        throw new FakeOfficeError("InvalidArgument", "DataValidation.rule", "exactly one kind of criteria");
      const list = copy.list as { source?: unknown } | undefined;
      if (list !== undefined && (typeof list.source !== "string" || list.source === ""))
        throw new FakeOfficeError("InvalidArgument", "DataValidation.rule", "a list needs a source");
      if (rulesIn(sheet, range).rules.length > 0)
        throw new FakeOfficeError(
          "InvalidOperation",
          "DataValidation.rule",
          "cells of the range already have a rule (clear them first)",
        );
      sheet.validations.push({ ...defaultValidation(copy), ranges: [{ ...range }] });
    });
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.changeRules("ignoreBlanks", value, (rule) => (rule.ignoreBlanks = value));
  }
  get errorAlert(): FakeValidation["errorAlert"] {
    return this.read("errorAlert");
  }
  set errorAlert(value: Partial<FakeValidation["errorAlert"]>) {
    if (value.style !== undefined && !["Stop", "Warning", "Information"].includes(value.style))
      throw new FakeOfficeError("InvalidArgument", "DataValidation.errorAlert", `style "${value.style}"`);
    this.changeRules("errorAlert", value, (rule) => (rule.errorAlert = { ...rule.errorAlert, ...value }));
  }
  get prompt(): FakeValidation["prompt"] {
    return this.read("prompt");
  }
  set prompt(value: Partial<FakeValidation["prompt"]>) {
    this.changeRules("prompt", value, (rule) => (rule.prompt = { ...rule.prompt, ...value }));
  }

  clear(): void {
    this.change("clear", null, (sheet, range) => {
      for (const validation of sheet.validations) validation.ranges = subtractAll(validation.ranges, range);
      sheet.validations = sheet.validations.filter((v) => v.ranges.length > 0);
    });
  }

  /** ExcelApi 1.9: the cells whose value is not in their list; a null object when every cell is valid. */
  getInvalidCellsOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      if (this.context.state.apiVersion < 9)
        throw new FakeOfficeError("ApiNotFound", "DataValidation.getInvalidCellsOrNullObject");
      const { sheet, range } = this.located();
      const invalid: CellRange[] = [];
      for (const validation of rulesIn(sheet, range).rules) {
        const list = validation.rule.list as { source: string } | undefined;
        if (list === undefined) continue;
        const allowed = new Set(
          listValues(this.context.state.sheets, sheet, list.source).map((value) => value.toLowerCase()),
        );
        for (const area of validation.ranges.flatMap((r) => intersection(r, range) ?? [])) {
          const lastRow = Math.min(area.bottom, sheet.rows.length);
          for (let row = area.top; row <= lastRow; row++) {
            for (let column = area.left; column <= area.right; column++) {
              const text = sheet.text(row, column);
              if (text !== "" && !allowed.has(text.toLowerCase()))
                invalid.push({ top: row, bottom: row, left: column, right: column });
            }
          }
        }
      }
      invalid.sort((a, b) => a.top - b.top || a.left - b.left);
      return invalid.length === 0 ? null : { sheet, ranges: invalid };
    });
  }

  private change(name: string, value: unknown, apply: (sheet: FakeSheet, range: CellRange) => void): void {
    this.context.queue({
      requestBytes: ACTION_BYTES + jsonBytes(value),
      run: () => {
        const { sheet, range } = this.located();
        writable(sheet, `DataValidation.${name}`);
        apply(sheet, range);
        return { responseBytes: 0, wrote: true };
      },
    });
  }

  private changeRules(name: string, value: unknown, apply: (rule: FakeValidation) => void): void {
    this.change(name, value, (sheet, range) => {
      if (rulesIn(sheet, range).rules.length === 0)
        throw new FakeOfficeError(
          "InvalidOperation",
          `DataValidation.${name}`,
          "no cell of the range has a rule (set the rule first)",
        );
      splitOff(sheet, range).forEach(apply);
    });
  }
}
