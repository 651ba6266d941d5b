/**
 * The capability a row is about, read the way the analyst meant it: from Capability ID when it
 * names a known capability, else from the Capability name. Rules that compare a row's Capability
 * Group, Domain or Use Case Group with its capability share this one reading.
 */
import type { Capability, CapabilityModel } from "../model/capability-model";
import { splitCapabilityText } from "../model/capability-model";
import { vocabularyKey } from "../model/text-normalise";

export function capabilityFromId(model: CapabilityModel, idText: string): Capability | undefined {
  if (idText === "") return undefined;
  const direct = model.byId(idText);
  if (direct !== undefined) return direct;
  // "4.3.2 Monitor network / power system" in the ID column: the id, when the name agrees.
  const parts = splitCapabilityText(idText);
  const byId = parts === undefined ? undefined : model.byId(parts.id);
  return byId !== undefined && parts !== undefined && vocabularyKey(parts.rest) === vocabularyKey(byId.name) ? byId : undefined;
}

export function capabilityFromName(model: CapabilityModel, nameText: string): Capability | undefined {
  if (nameText === "") return undefined;
  return model.byName(nameText)[0] ?? capabilityFromId(model, nameText);
}

export function capabilityOfRow(model: CapabilityModel, idText: string, nameText: string): Capability | undefined {
  return capabilityFromId(model, idText) ?? capabilityFromName(model, nameText);
}
