/**
 * The capability a row is about, read the way the analyst meant it: from Capability ID when it
 * names a known capability, else from the Capability name. Rules that compare a row's Capability
 * Group, Domain or Use Case Group with its capability share this one reading.
 */
import { BoundedMemo } from "../../model/bounded-memo";
import type { Capability, CapabilityModel } from "../../model/capability-model";
import { splitCapabilityText } from "../../model/capability-model";
import { looseKey } from "../../model/text-normalise";

// A note in brackets closing a cell ("4.3.5 (primary)", "... physical limits (DOEs)") says nothing about the capability.
const NOTE = /\s*[([][^()[\]]*[)\]]$/;

/** The text without a note in brackets closing it; undefined when it has none, or is nothing but one. */
function withoutNote(text: string): string | undefined {
  const bare = text.replace(NOTE, "");
  return bare === text || bare.trim() === "" ? undefined : bare;
}

export function capabilityFromId(model: CapabilityModel, idText: string): Capability | undefined {
  if (idText === "") return undefined;
  const direct = model.byId(idText);
  if (direct !== undefined) return direct;
  const split = idWithName(model, idText);
  if (split?.agrees === true) return split.capability;
  const bare = withoutNote(idText);
  return bare === undefined ? undefined : model.byId(bare);
}

export interface IdWithName {
  capability: Capability;
  /** The text after the id, as written. */
  name: string;
  agrees: boolean;
}

// Several rules read every row's ID cell: split each distinct cell once per model.
const splits = new WeakMap<CapabilityModel, BoundedMemo<IdWithName | undefined>>();

/**
 * "4.3.5 - Calculate and publish physical limits" in the ID column: the id and the text after it,
 * and whether that text is the id's own name (ignoring case, punctuation and a plural "s").
 * Undefined when the cell is a bare id, or does not start with a known id.
 */
export function idWithName(model: CapabilityModel, idText: string): IdWithName | undefined {
  let memo = splits.get(model);
  if (memo === undefined) splits.set(model, (memo = new BoundedMemo()));
  return memo.get(idText, () => splitIdWithName(model, idText));
}

function splitIdWithName(model: CapabilityModel, idText: string): IdWithName | undefined {
  const parts = splitCapabilityText(idText);
  if (parts === undefined || parts.rest === "") return undefined;
  const capability = model.byId(parts.id);
  if (capability === undefined) return undefined;
  return { capability, name: parts.rest, agrees: looseKey(parts.rest) === looseKey(capability.name) };
}

export function capabilityFromName(model: CapabilityModel, nameText: string): Capability | undefined {
  if (nameText === "") return undefined;
  const named = model.byName(nameText)[0] ?? capabilityFromId(model, nameText);
  if (named !== undefined) return named;
  const bare = withoutNote(nameText);
  return bare === undefined ? undefined : model.byName(bare)[0];
}

export function capabilityOfRow(model: CapabilityModel, idText: string, nameText: string): Capability | undefined {
  return capabilityFromId(model, idText) ?? capabilityFromName(model, nameText);
}
