/** capability.unknown-id: Capability ID is not an id of the framework's capability model. */
import { rowsWhere } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { capabilityFromId, capabilityFromName, idWithName } from "./utils/capability-of-row";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "capability.unknown-id",
  title: "Unknown capability ID",
  severity: "error",
  scope: "cell",
  description:
    'Capability ID must be a Level 3 (e.g. 4.3.2) or Level 2 (e.g. 4.3) id of the capability model; ids have gaps (no 2.2.5, 4.2.8 or 4.2.11). An id followed by a name ("4.3.5 - ...") is read when the name is the name of that id, and a note in brackets after it ("4.3.5 (primary)") is ignored; a cell listing several ids ("4.3.5, 4.3.6") is told apart: a row is about one capability, and so is a date Excel made of an id.',
  messages: {
    startsWithId: "The value starts with a known ID followed by other text.",
    nameNotId: "The value is a capability name, not an ID.",
    unknownId: "The value is no capability ID of the framework.",
    severalIds: "The cell lists several capability IDs; a row is about one capability.",
    dateNotId: "The cell holds a date: Excel read an ID typed into it as one.",
  },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"capabilityId">(book, ["categorisation", "gaps"])) {
      // Each distinct ID is judged once (column-values.ts); only the rows of unknown ones are visited.
      const unknown = (value: string) => value !== "" && capabilityFromId(model.capabilities, value) === undefined;
      for (const row of rowsWhere(tab, "capabilityId", "text", unknown)) {
        const value = row.text.capabilityId;
        if (DATE.test(value)) {
          const meant = idOfDate(value, (id) => model.capabilities.byId(id) !== undefined);
          const capability = meant === undefined ? undefined : model.capabilities.byId(meant);
          reportCell(
            reporter,
            tab,
            row,
            "capabilityId",
            {
              messageId: "dateNotId",
              message:
                meant === undefined || capability === undefined
                  ? `${quote(value)} is a date, not a capability ID: Excel turns an ID such as 4.3.5 into a date where dates are written with dots. Format the column as Text and type the ID again.`
                  : `${quote(value)} is a date: Excel read the ID ${meant} (${quote(capability.name)}) as one. Format the column as Text and type ${meant} again.`,
            },
            meant,
            "review",
          );
          continue;
        }
        const several = severalIds(row.raw.capabilityId ?? value);
        if (several !== undefined) {
          const named = several.map((id) => {
            const capability = model.capabilities.byId(id);
            return capability === undefined
              ? `${id} no capability of the framework`
              : `${id} ${quote(capability.name)}`;
          });
          reportCell(reporter, tab, row, "capabilityId", {
            messageId: "severalIds",
            message: `${quote(value)} names ${several.length} capabilities (${named.join(", ")}): a row is about one capability; give each its own row.`,
          });
          continue;
        }
        // An id with a name that is not its own: say which is which, as either may be the slip.
        const split = idWithName(model.capabilities, value);
        if (split !== undefined) {
          const { id, name } = split.capability;
          const other = model.capabilities.byName(split.name)[0];
          const said =
            other === undefined
              ? `, not ${quote(split.name)}`
              : `, but ${quote(split.name)} is ${other.id}; keep the one meant`;
          reportCell(
            reporter,
            tab,
            row,
            "capabilityId",
            {
              messageId: "startsWithId",
              message: `${quote(value)} starts with ID ${id}, which is ${quote(name)}${said}.`,
            },
            other === undefined ? id : undefined,
            "review",
          );
          continue;
        }
        // A name typed into the ID column: point to its id.
        const named = capabilityFromName(model.capabilities, value);
        if (named !== undefined) {
          reportCell(
            reporter,
            tab,
            row,
            "capabilityId",
            {
              messageId: "nameNotId",
              message: `${quote(value)} is a capability name, not an ID; its ID is ${named.id}.`,
            },
            named.id,
            "review",
          );
        } else {
          // The row's Capability name, when it is one, says which id was meant ("4.1.20" for 4.1.2).
          const name = (row.text as Partial<Record<string, string>>).capability ?? "";
          const meant = name === "" ? undefined : capabilityFromName(model.capabilities, name);
          reportCell(
            reporter,
            tab,
            row,
            "capabilityId",
            {
              messageId: "unknownId",
              message: `${quote(value)} is not a capability ID in the framework's capability model.${meant === undefined ? "" : ` Capability ${quote(name)} is ${meant.id}.`}`,
            },
            meant?.id,
            "review",
          );
        }
      }
    }
  },
});

// Ids listed in one cell: "4.3.5, 4.3.6", "4.3.5 / 4.3.6", "4.3.5 & 4.3.6", one per line.
const ID = /^\d+(?:\.\d+){1,2}\.?$/;
const ID_SEPARATOR = /\s*[,;/&+\n]\s*|\s+and\s+|\s+/;

/** The ids a cell lists, when it is nothing but two or more of them; undefined otherwise. */
function severalIds(raw: string): string[] | undefined {
  const pieces = raw
    .trim()
    .split(ID_SEPARATOR)
    .filter((piece) => piece !== "");
  if (pieces.length < 2 || !pieces.every((piece) => ID.test(piece))) return undefined;
  return pieces.map((piece) => piece.replace(/\.$/, ""));
}

// A date as the xlsx reader shows one: "2005-03-04".
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The ID a date most likely was before Excel read it as one, where dates are written day first with
 * dots: "4.3.5" is 4 March 2005, "4.3" is 4 March of the year it was typed. Undefined when neither
 * reading is a known ID.
 */
function idOfDate(date: string, known: (id: string) => boolean): string | undefined {
  const [, year = "", month = "", day = ""] = DATE.exec(date) ?? [];
  const [d, m, y] = [Number(day), Number(month), Number(year) % 100];
  return [`${d}.${m}.${y}`, `${d}.${m}`].find(known);
}
