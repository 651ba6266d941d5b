/**
 * Capability lookups, on Data Categorisation and Distinct Gap Analysis alike: a known Capability ID
 * gives the Capability name, Capability Group and Domain; a Capability name alone (exact, or
 * differing only in case and spacing) gives the ID and the rest, and so does a Level 3 name beside
 * its own Level 2 id. A name two Level 3 capabilities share gives nothing: guessing would be worse
 * than leaving the cell for the analyst.
 */
import { capabilityGroupOf, type Capability, type CapabilityModel } from "../model/capability-model";
import { capabilityFromId } from "../rules/utils/capability-of-row";
import { quote } from "../rules/utils/rule-helpers";
import type { ParsedRow, ParsedTab } from "../sheets/parsed-tab";
import type { PlanBuilder } from "./plan-builder";

export type CapabilityColumn = "capabilityId" | "capability" | "capabilityGroup" | "domain";

/** A capability a row is about, and what in the row says so (for reasons and messages). */
export interface RowCapability {
  capability: Capability;
  source: string;
}

/** The capability a name cell names, unless no capability or more than one Level 3 has that name. */
export function capabilityFromUniqueName(model: CapabilityModel, nameText: string): Capability | undefined {
  if (nameText === "") return undefined;
  const named = model.byName(nameText);
  if (named.filter((c) => c.level === 3).length > 1) return undefined;
  return named[0] ?? capabilityFromId(model, nameText);
}

/** The row's capability from its ID, else from its name; undefined when neither names a known one. */
export function capabilityOfCells(model: CapabilityModel, idText: string, nameText: string): RowCapability | undefined {
  const byId = capabilityFromId(model, idText);
  if (byId?.level === 2) {
    // A Level 2 id beside the name of one of its own Level 3 capabilities (4.1 for 4.1.2): the name
    // is the more precise, so the row is about it (capability.id-name-mismatch proposes its id).
    const child = capabilityFromUniqueName(model, nameText);
    if (child?.level === 3 && child.parent.id === byId.id)
      return { capability: child, source: `Capability ${quote(nameText)}` };
  }
  if (byId !== undefined) return { capability: byId, source: `Capability ID ${byId.id}` };
  const byName = capabilityFromUniqueName(model, nameText);
  return byName === undefined ? undefined : { capability: byName, source: `Capability ${quote(nameText)}` };
}

/** Fills the row's capability columns (those the tab has) from one capability. */
export function fillCapabilityColumns(
  builder: PlanBuilder,
  model: CapabilityModel,
  tab: ParsedTab<string>,
  row: ParsedRow<string>,
  { capability, source }: RowCapability,
): void {
  const group = capabilityGroupOf(capability);
  // Distinct Gap Analysis has no Capability Group column: only the columns the tab has are filled.
  const fill = (key: CapabilityColumn, value: string, agrees: (existing: string) => boolean): void => {
    if (tab.columns[key] !== undefined) builder.fill(tab, row, key, { value, source, agrees });
  };
  fill("capabilityId", capability.id, (existing) => capabilityFromId(model, existing)?.id === capability.id);
  fill(
    "capability",
    capability.name,
    (existing) =>
      model.byName(existing).some((c) => c.id === capability.id) ||
      capabilityFromId(model, existing)?.id === capability.id,
  );
  fill("capabilityGroup", group.name, (existing) => model.level2ByText(existing)?.id === group.id);
  fill("domain", capability.domain.name, (existing) => model.domainByName(existing) === capability.domain);
}

/** Capability ID <-> Capability name, and the group and domain, for every row of a tab. */
export function planCapabilityFills(builder: PlanBuilder, model: CapabilityModel, tab: ParsedTab<string>): void {
  for (const row of tab.rows) {
    const found = capabilityOfCells(model, row.text.capabilityId ?? "", row.text.capability ?? "");
    if (found !== undefined) fillCapabilityColumns(builder, model, tab, row, found);
  }
}
