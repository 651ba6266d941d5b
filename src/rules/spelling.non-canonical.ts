/**
 * spelling.non-canonical: a valid value spelt other than the framework (or the Roles tab) spells it:
 * a closed-vocabulary value matched by case, spacing, typography or an alias; a capability, capability
 * group, domain or role written with other dashes, quotes or hyphens than its name.
 */
import { splitRoles, usualRoleSeparator } from "../model/role-reading";
import { hasTypography, splitList } from "../model/text-normalise";
import { closedColumns, type ClosedColumn } from "./utils/closed-vocabulary-columns";
import { rowsWhere } from "./utils/column-values";
import { defineRule, type Reporter, type RuleContext } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";
import { mayNeedRewriting, roleCellRewritten } from "./utils/role-cell";

export default defineRule({
  id: "spelling.non-canonical",
  title: "Value not written the canonical way",
  severity: "info",
  scope: "cell",
  description:
    "Values that match a vocabulary only by ignoring case, spacing or typography (an en dash for a hyphen, a curly apostrophe for a straight one), or through an alias (S2S, Med...), can be written the canonical way. Capability, Capability Group, Domain and role names written with other dashes or quotes than their own too. Role abbreviations such as DNSP are left alone.",
  messages: { nonCanonical: "A known value spelt other than canonically (case, spacing, typography, alias)." },
  check(context, reporter) {
    closedVocabularySpellings(context, reporter);
    capabilityNameSpellings(context, reporter);
    roleSpellings(context, reporter);
  },
});

function closedVocabularySpellings({ book, model }: RuleContext, reporter: Reporter): void {
  for (const closed of Object.values(closedColumns) as ClosedColumn[]) {
    const vocabulary = closed.vocabulary(model);
    const alsoCanonical = closed.alsoCanonical?.(model) ?? new Set<string>();
    for (const tab of tabsWith<string>(book, closed.tabs)) {
      if (tab.columns[closed.column] === undefined) continue;
      // Each distinct spelling is judged once; only the rows of non-canonical ones are visited.
      const nonCanonical = (raw: string) =>
        raw !== "" && !alsoCanonical.has(raw) && (vocabulary.match(raw)?.kind ?? "exact") !== "exact";
      for (const row of rowsWhere(tab, closed.column, "raw", nonCanonical)) {
        const raw = row.raw[closed.column] ?? "";
        const match = row.text[closed.column] === "" ? undefined : vocabulary.match(raw);
        if (match === undefined || match.kind === "exact") continue;
        if (alsoCanonical.has(raw)) continue;
        reportCell(
          reporter,
          tab,
          row,
          closed.column,
          `${quote(raw)} can be written ${quote(match.term.name)}.`,
          match.term.name,
          "safe",
        );
      }
    }
  }
}

/** Names matched by the capability model only because typography is ignored ("Monitor participants' ..."). */
function capabilityNameSpellings({ book, model }: RuleContext, reporter: Reporter): void {
  const capabilities = model.capabilities;
  const named: Array<{
    key: "capability" | "capabilityGroup" | "domain";
    nameOf: (text: string) => string | undefined;
  }> = [
    { key: "capability", nameOf: (text) => capabilities.byName(text)[0]?.name },
    { key: "capabilityGroup", nameOf: (text) => capabilities.byName(text).find((c) => c.level === 2)?.name },
    { key: "domain", nameOf: (text) => capabilities.domainByName(text)?.name },
  ];
  for (const { key, nameOf } of named) {
    for (const tab of tabsWith<typeof key>(book, ["categorisation", "gaps"])) {
      if (tab.columns[key] === undefined) continue;
      const typographic = (text: string) => {
        const name = text === "" ? undefined : nameOf(text);
        return name !== undefined && name !== text && (hasTypography(text) || hasTypography(name));
      };
      for (const row of rowsWhere(tab, key, "text", typographic)) {
        const name = nameOf(row.text[key]) as string;
        reportCell(reporter, tab, row, key, `${quote(row.text[key])} can be written ${quote(name)}.`, name, "safe");
      }
    }
  }
}

/**
 * Initiator and Receiver cells naming roles joined by "&", "+", "/" or "and" (written with the
 * separator the row's role cells already use, ";" when they use none), or roles written with other
 * dashes and quotes. Judged from the row alone, as every cell rule is (live checking relies on it).
 */
function roleSpellings({ book, roles }: RuleContext, reporter: Reporter): void {
  for (const tab of tabsWith<"initiator" | "receiver">(book, ["categorisation"])) {
    for (const key of ["initiator", "receiver"] as const) {
      if (tab.columns[key] === undefined) continue;
      for (const row of rowsWhere(tab, key, "raw", mayNeedRewriting)) {
        const separator = usualRoleSeparator([row.raw.receiver, row.raw.initiator]);
        const fixed = roleCellRewritten(roles, row.raw[key], separator);
        if (fixed === undefined) continue;
        const count = splitRoles(roles, row.raw[key]).length;
        const message =
          count > splitList(row.raw[key]).length
            ? `${quote(row.text[key])} names ${count} roles; listed as the row lists roles: ${quote(fixed)}.`
            : `${quote(row.text[key])} can be written ${quote(fixed)}.`;
        reportCell(reporter, tab, row, key, message, fixed, "safe");
      }
    }
  }
}
