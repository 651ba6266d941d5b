/**
 * The three tabs the add-in reads and writes, their canonical columns (docs/workbook.md) and the
 * other names analysts give them. Required columns must hold a value on every data row.
 */

export interface ColumnDefinition<K extends string = string> {
  key: K;
  /** The canonical header, used in messages and in the template. */
  header: string;
  /** Other headers that mean the same column (matched with the same tolerance as the header). */
  aliases: readonly string[];
  required: boolean;
}

export interface TabDefinition<K extends string = string> {
  id: "categorisation" | "gaps" | "options";
  name: string;
  /** Other tab names accepted, besides case and spacing variants of `name`. */
  nameAliases: readonly string[];
  columns: readonly ColumnDefinition<K>[];
}

function column<K extends string>(
  key: K,
  header: string,
  required: boolean,
  aliases: string[] = [],
): ColumnDefinition<K> {
  return { key, header, aliases, required };
}

export const categorisationTab = {
  id: "categorisation",
  name: "Data Categorisation",
  nameAliases: ["Data Categorization", "Categorisation", "Categorization", "Data Categorisation Worksheet", "DC"],
  columns: [
    column("useCaseGroup", "Use Case Group", true, ["UC Group", "Use Case Group Name", "Use Case Grouping", "UCG"]),
    column("useCase", "Use Case", true, ["Use Case Name", "UC", "Use Case Title"]),
    column("capabilityId", "Capability ID", false, [
      "Cap ID",
      "Capability #",
      "Capability No",
      "Capability Number",
      "Capability Ref",
      "Level 3 Capability ID",
      "L3 Capability ID",
      "L3 ID",
      "Level 3 ID",
    ]),
    column("capability", "Capability", false, [
      "Capability Name",
      "Level 3 Capability",
      "L3 Capability",
      "Level 3 Capability Name",
      "Industry Capability",
      "Capability (Level 3)",
      "Capability - Level 3",
      "Capability (L3)",
      "Capability Level 3",
    ]),
    // Spelt out so that a note such as "(Level 2)" is never stripped down to plain "Capability".
    column("capabilityGroup", "Capability Group", false, [
      "Level 2 Capability",
      "L2 Capability",
      "Capability Group Name",
      "Level 2",
      "L2 Capability Group",
      "Capability (Level 2)",
      "Capability - Level 2",
      "Capability (L2)",
      "Capability Level 2",
    ]),
    column("domain", "Domain", false, [
      "Lifecycle Domain",
      "Level 1 Domain",
      "L1 Domain",
      "Domain Name",
      "Level 1",
      "Lifecycle Stage",
    ]),
    column("activity", "Activity", true, ["Activity Name", "Activity Description", "Activities"]),
    column("informationObject", "Information Object", true, [
      "Info Object",
      "Information Object Name",
      "Data Object",
      "Info Obj",
    ]),
    column("informationGroup", "Information Group", false, [
      "Info Group",
      "Information Category Group",
      "Category Group",
    ]),
    column("informationCategory", "Information Category", true, [
      "Info Category",
      "Category",
      "Info Cat",
      "Data Category",
    ]),
    column("initiator", "Initiator", true, [
      "Initiator Role",
      "Initiating Role",
      "Initiator (Role)",
      "Data Initiator",
      "Producer",
      "Initiating Party",
      "Data Provider",
    ]),
    column("receiver", "Receiver", true, [
      "Receiver Role",
      "Receiving Role",
      "Receiver (Role)",
      "Receiver Roles",
      "Data Receiver",
      "Consumer Role",
      "Receiving Party",
      "Recipient",
      "Data Recipient",
    ]),
    column("interface", "Interface", true, ["Interface Type", "Interfaces", "Data Interface"]),
    column("minimumFrequency", "Minimum Frequency", true, [
      "Frequency",
      "Min Frequency",
      "Min. Frequency",
      "Minimum Frequency of Data",
      "Data Frequency",
      "Min Freq",
      "Minimum Freq",
    ]),
    column("latency", "Latency", true, [
      "Data Latency",
      "Maximum Latency",
      "Max Latency",
      "Latency Requirement",
      "Required Latency",
    ]),
    column("sensitivity", "Sensitivity", true, [
      "Data Sensitivity",
      "Sensitivity Classification",
      "Sensitivity Level",
      "Sensitivity Rating",
    ]),
    column("quality", "Quality", true, ["Data Quality", "Quality Assessment", "Quality Rating"]),
    column("qualityRationale", "Quality Rationale", false, [
      "Rationale",
      "Quality Comment",
      "Quality Comments",
      "Quality Issue Rationale",
      "Data Quality Rationale",
      "Quality Issues Rationale",
      "Quality Notes",
    ]),
  ],
} as const satisfies TabDefinition;

export const gapsTab = {
  id: "gaps",
  name: "Distinct Gap Analysis",
  nameAliases: ["Gap Analysis", "Distinct Gaps", "Gaps", "Gap Register"],
  columns: [
    column("gapId", "Gap ID", true, ["Gap #", "Gap No", "Gap Number", "Gap Ref", "Gap Reference", "ID"]),
    column("gapType", "Gap Type", true, ["Type", "Type of Gap"]),
    column("gapDescription", "Gap Description", true, ["Gap", "Description", "Gap Detail", "Distinct Gap"]),
    column("useCase", "Use Case", false, ["Use Case Name", "Use Cases", "Related Use Case", "Related Use Cases"]),
    column("informationObject", "Information Object", false, ["Info Object", "Information Objects", "Data Object"]),
    column("informationCategory", "Information Category", false, ["Info Category", "Category"]),
    column("capabilityId", "Capability ID", false, [
      "Cap ID",
      "Capability #",
      "Capability No",
      "Capability Number",
      "L3 Capability ID",
    ]),
    column("capability", "Capability", false, ["Capability Name", "Level 3 Capability", "L3 Capability"]),
    column("domain", "Domain", false, ["Lifecycle Domain", "Level 1 Domain", "Domain Name"]),
    column("capabilityStatus", "Capability Status", true, [
      "Status",
      "Capability Gap Status",
      "Current Capability Status",
    ]),
    column("majorOutcome", "Major Outcome", true, [
      "Outcome",
      "M.3/P.5 Major Outcome",
      "CER Roadmap Outcome",
      "Major Outcomes",
    ]),
    column("evidence", "Evidence", false, ["Supporting Evidence", "Evidence / Source", "Source"]),
    column("proposedAction", "Proposed Action", false, ["Action", "Proposed Actions", "Recommended Action"]),
    column("priority", "Priority", false, ["Gap Priority", "Priority Rating"]),
  ],
} as const satisfies TabDefinition;

export const optionsTab = {
  id: "options",
  name: "Options",
  nameAliases: ["Options and Priority Use Cases", "Options & Priority Use Cases", "Option", "Options Register"],
  columns: [
    column("optionId", "Option ID", true, ["Option #", "Option No", "Option Number", "Option Ref", "ID"]),
    column("gapIds", "Gap ID", true, [
      "Gap IDs",
      "Gaps",
      "Gap Reference",
      "Gap References",
      "Related Gaps",
      "Gaps Addressed",
      "Gap #",
      "Related Gap ID",
      "Related Gap IDs",
      "Gap IDs Addressed",
    ]),
    column("optionDescription", "Option Description", true, ["Option", "Description", "Option Detail"]),
    column("priorityUseCase", "Priority Use Case", false, ["Priority Use Cases", "Priority UC"]),
    column("useCase", "Use Case", false, ["Use Cases", "Related Use Case", "Related Use Cases"]),
    column("keyInitiative", "Key Initiative", false, ["Key Initiatives", "Initiative"]),
  ],
} as const satisfies TabDefinition;

export type CategorisationColumn = (typeof categorisationTab.columns)[number]["key"];
export type GapColumn = (typeof gapsTab.columns)[number]["key"];
export type OptionColumn = (typeof optionsTab.columns)[number]["key"];

export const tabDefinitions = [categorisationTab, gapsTab, optionsTab] as const;

/** The canonical header of a column key, as messages and forms name it; the key itself if the tab has no such column. */
export function canonicalHeader(definition: TabDefinition, key: string): string {
  return definition.columns.find((c) => c.key === key)?.header ?? key;
}
