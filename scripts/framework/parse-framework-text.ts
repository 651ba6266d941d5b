/**
 * Turns the CER Taskforce Analytical Framework (a Word document exported to text) into the records
 * behind seeds/capability-model.json and seeds/information-categories.json. Pure: text in, data out.
 *
 * Normalisations, and nothing else: every cell is trimmed; footnote artefacts are removed (see
 * footnotes.ts); a domain name loses a trailing colon ("Plan: " is the domain "Plan"). Wording,
 * typos, curly quotes and non-breaking spaces inside a cell are kept exactly as in the source.
 */
import { stripFootnotes } from "./footnotes";
import { readTable, type TableRow } from "./word-table";

export interface Domain {
  name: string;
  description: string;
  capabilitySummary: string;
}

export interface Level2Capability {
  id: string;
  domain: string;
  name: string;
  definition: string;
}

export interface Level3Capability {
  id: string;
  parent: string;
  name: string;
  definition: string;
}

export interface InformationGroup {
  name: string;
}

export interface InformationCategory {
  name: string;
  group: string;
  description: string;
}

export interface FrameworkTables {
  domains: Domain[];
  level2: Level2Capability[];
  level3: Level3Capability[];
  groups: InformationGroup[];
  categories: InformationCategory[];
}

/** The row's cells, cleaned; `optional` lists columns that may be empty. */
function cleanCells(title: string, row: TableRow, optional: readonly number[] = []): string[] {
  return row.cells.map((raw, column) => {
    const value = stripFootnotes(raw).trim();
    if (value === "" && !optional.includes(column)) {
      throw new Error(`table "${title}": row at line ${row.line} has an empty cell in column ${column + 1}`);
    }
    if (value.includes("[bookmark:") || value.includes("[footnoteRef")) {
      throw new Error(`table "${title}": row at line ${row.line} holds an export artefact: ${value}`);
    }
    return value;
  });
}

function domainName(cell: string): string {
  return cell.replace(/\s*:$/, "");
}

function requireUnique(title: string, row: TableRow, key: string, seen: Set<string>): void {
  if (seen.has(key)) throw new Error(`table "${title}": row at line ${row.line} repeats "${key}"`);
  seen.add(key);
}

function parseDomains(text: string): Domain[] {
  const title = "Level 1 Definitions";
  const seen = new Set<string>();
  return readTable(text, title, ["Domain Name", "Description", "Capability Summary"]).map((row) => {
    const [name = "", description = "", capabilitySummary = ""] = cleanCells(title, row);
    const domain = { name: domainName(name), description, capabilitySummary };
    requireUnique(title, row, domain.name, seen);
    return domain;
  });
}

function parseLevel2(text: string, domains: readonly Domain[]): Level2Capability[] {
  const title = "Capability Model: Level 2 Definitions";
  const domainNames = new Set(domains.map((d) => d.name));
  const seen = new Set<string>();
  return readTable(text, title, ["#", "Domain", "Name", "Definition"]).map((row) => {
    const [id = "", domainCell = "", name = "", definition = ""] = cleanCells(title, row);
    const domain = domainName(domainCell);
    if (!/^\d+\.\d+$/.test(id)) {
      throw new Error(`table "${title}": row at line ${row.line} has id "${id}", expected one like 4.3`);
    }
    if (!domainNames.has(domain)) {
      throw new Error(`table "${title}": row at line ${row.line} names unknown domain "${domain}"`);
    }
    requireUnique(title, row, id, seen);
    return { id, domain, name, definition };
  });
}

function parseLevel3(text: string, level2: readonly Level2Capability[]): Level3Capability[] {
  const title = "Capability Model: Level 3 Definitions";
  const level2Ids = new Set(level2.map((c) => c.id));
  const seen = new Set<string>();
  return readTable(text, title, ["#", "Name", "Definition"]).map((row) => {
    const [id = "", name = "", definition = ""] = cleanCells(title, row);
    if (!/^\d+\.\d+\.\d+$/.test(id)) {
      throw new Error(`table "${title}": row at line ${row.line} has id "${id}", expected one like 4.3.2`);
    }
    // The parent is the Level 2 capability whose id prefixes this one (4.3.2 belongs to 4.3).
    const parent = id.replace(/\.\d+$/, "");
    if (!level2Ids.has(parent)) {
      throw new Error(`table "${title}": row at line ${row.line} has no Level 2 parent ${parent}`);
    }
    requireUnique(title, row, id, seen);
    return { id, parent, name, definition };
  });
}

function parseCategories(text: string): Pick<FrameworkTables, "groups" | "categories"> {
  const title = "Table 1: Detailed Information Categories";
  const groups: InformationGroup[] = [];
  const categories: InformationCategory[] = [];
  const seen = new Set<string>();
  let group: string | undefined;
  for (const row of readTable(text, title, ["Information Group", "Information Category", "Description"])) {
    const [groupCell = "", name = "", description = ""] = cleanCells(title, row, [0]);
    // An empty group cell continues the group of the row above (a vertically merged cell in Word).
    if (groupCell !== "") {
      group = groupCell;
      if (!groups.some((g) => g.name === group)) groups.push({ name: group });
    }
    if (group === undefined) {
      throw new Error(`table "${title}": row at line ${row.line} has no group and none above it`);
    }
    requireUnique(title, row, name, seen);
    categories.push({ name, group, description });
  }
  return { groups, categories };
}

export function parseFrameworkText(text: string): FrameworkTables {
  const domains = parseDomains(text);
  const level2 = parseLevel2(text, domains);
  const level3 = parseLevel3(text, level2);
  return { domains, level2, level3, ...parseCategories(text) };
}
