/**
 * What the dropdowns offer: one list per closed vocabulary, written as columns of the add-in's own
 * reference sheet (hidden; the analyst may show it), and which column of which tab draws on which
 * list. A rule points at a range of that sheet rather than holding an inline list: inline lists are
 * capped at 255 characters (Excel refuses a longer one), and one sheet keeps one source of truth the analyst can
 * read. Each list holds every spelling the add-in's rules take as canonical (a Use Case Group's name
 * and its code, Level 3 and Level 2 capabilities), so Excel's own "invalid data" circles the same
 * cells as the add-in's "<column>.unknown" findings.
 */
import type { VocabularyTerm } from "../../model/closed-vocabulary";
import type { ReferenceModel } from "../../model/reference-model";
import { closedColumns } from "../../rules/utils/closed-vocabulary-columns";
import type { TabDefinition } from "../../sheets/tab-definitions";
import { columnLetter } from "../../workbook/cell-address";

/** The add-in's reference sheet. */
export const LISTS_SHEET = "CER Lists";

export type ListKey = keyof typeof closedColumns | "capabilityId" | "capability" | "role" | "gapId";

export interface DropdownList {
  key: ListKey;
  header: string;
  values: string[];
  /** Stop refuses other values; Warning lets the analyst keep one (a role of their own, an id with its name). */
  errorStyle: "Stop" | "Warning";
}

/**
 * Column key -> list, per tab. Options' Gap ID draws on the workbook's own Gap IDs (a picker, not a
 * closed vocabulary): an Excel list rule takes one value per cell and an option may close several
 * gaps ("G01; G02"), so that list only warns (Excel asks, Yes keeps the value); whether each id
 * exists is option.unknown-gap's business.
 */
export const dropdownColumns: Readonly<Record<TabDefinition["id"], Readonly<Record<string, ListKey>>>> = {
  categorisation: {
    useCaseGroup: "useCaseGroup",
    capabilityId: "capabilityId",
    capability: "capability",
    informationGroup: "informationGroup",
    informationCategory: "informationCategory",
    initiator: "role",
    interface: "interface",
    sensitivity: "sensitivity",
    quality: "quality",
  },
  gaps: {
    gapType: "gapType",
    informationCategory: "informationCategory",
    capabilityId: "capabilityId",
    capability: "capability",
    capabilityStatus: "capabilityStatus",
    majorOutcome: "majorOutcome",
    priority: "priority",
  },
  options: { gapIds: "gapId" },
};

/**
 * The lists in column order of the reference sheet; `roles` are the workbook's Roles tab's, else the
 * default roles; `gapIds` the Gap IDs of its Distinct Gap Analysis tab. New lists go last, so the
 * ranges of rules installed by an earlier version still point at their own list.
 */
export function dropdownLists(
  model: ReferenceModel,
  roles: readonly VocabularyTerm[] = model.defaultRoles.terms,
  gapIds: readonly string[] = [],
): DropdownList[] {
  const capabilities = [...model.capabilities.level3, ...model.capabilities.level2];
  const vocabulary = (key: keyof typeof closedColumns, header: string): DropdownList => ({
    key,
    header,
    values: closedColumns[key].vocabulary(model).names,
    errorStyle: "Stop",
  });
  return [
    {
      key: "useCaseGroup",
      header: "Use Case Group",
      values: [...model.useCaseGroups.terms.map((g) => g.name), ...model.useCaseGroups.terms.map((g) => g.code)],
      errorStyle: "Stop",
    },
    { key: "capabilityId", header: "Capability ID", values: capabilities.map((c) => c.id), errorStyle: "Warning" },
    { key: "capability", header: "Capability", values: capabilities.map((c) => c.name), errorStyle: "Warning" },
    vocabulary("informationGroup", "Information Group"),
    vocabulary("informationCategory", "Information Category"),
    { key: "role", header: "Role", values: roles.map((r) => r.name), errorStyle: "Warning" },
    vocabulary("interface", "Interface"),
    vocabulary("sensitivity", "Sensitivity"),
    vocabulary("quality", "Quality"),
    vocabulary("gapType", "Gap Type"),
    vocabulary("capabilityStatus", "Capability Status"),
    vocabulary("majorOutcome", "Major Outcome"),
    vocabulary("priority", "Priority"),
    { key: "gapId", header: "Gap ID", values: [...gapIds], errorStyle: "Warning" },
  ];
}

/** The range a list occupies on the reference sheet, as a rule's source: "='CER Lists'!$B$2:$B$141". */
export function listSource(index: number, list: DropdownList): string {
  const letter = columnLetter(index);
  return `='${LISTS_SHEET.replace(/'/g, "''")}'!$${letter}$2:$${letter}$${Math.max(2, list.values.length + 1)}`;
}

/** Whether a rule's source points at the add-in's reference sheet: such a rule is the add-in's. */
export function isListsSource(source: string | undefined): boolean {
  if (source === undefined) return false;
  const reference = source.replace(/^=/, "");
  const bang = reference.lastIndexOf("!");
  return (
    bang > 0 &&
    reference
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'")
      .toLowerCase() === LISTS_SHEET.toLowerCase()
  );
}
