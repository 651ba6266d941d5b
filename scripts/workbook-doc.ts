/**
 * docs/workbook.md, built from the tab definitions and the seeds: the tabs, their columns (required
 * or not, with every header alias the reader accepts) and the closed vocabularies.
 */
import { defaultReference } from "../src/model/default-reference";
import { PRIORITY_FLAGS } from "../src/rules/reference.unknown-use-case";
import { rolesTabNames } from "../src/sheets/roles-tab";
import { tabDefinitions } from "../src/sheets/tab-definitions";

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");

/** The ways of writing a value that are read besides the canonical one, and what each becomes. */
function formsRead(): string[] {
  const model = defaultReference();
  const withSynonyms = [
    ["Sensitivity", model.sensitivities, "Restricted (CIC)"],
    ["Priority", model.priorities, "P1 (High)"],
  ] as const;
  return [
    "## Other ways of writing a value",
    "",
    "How the checks read what analysts commonly write instead of the canonical form: **read** means the value",
    "counts as what it stands for (with an info finding where one is named), **error** means it stays a defect,",
    "with the suggestion shown.",
    "",
    "| column | written | decision |",
    "|---|---|---|",
    '| Initiator, Receiver | a role\'s plural: "DNSPs", "Retailers", "Standards Bodies" | read as the role |',
    '| Initiator, Receiver | a name with the same role in brackets: "AEMO (Market Operator)", "Distribution Network Service Providers (DNSPs)" | read as the role; "AEMO (Market Operations)" or "Retailer (Customer)" still warn |',
    '| Initiator, Receiver | AEMO naming the role it acts in another way: "AEMO (System Operator)", "AEMO (Power System Operator)", "AEMO as System Operator", "AEMO as Market Operator" | aliases in seeds/roles.json |',
    '| Initiator, Receiver | several roles joined by "&", "+", "/" or "and": "Aggregator & Customer", "DNSP / Retailer", "AEMO and Retailer" | read as each role when every piece is one (a role whose own name holds "and" or "/" is never split), with a safe info fix (`spelling.non-canonical`) listing them with the separator the row already uses, else ";" |',
    '| Initiator, Receiver | a role with "(s)", "/s" or "\'s": "Retailer(s)", "Retailer/s", "DNSP\'s"; a bulleted list, one role per line: "• Retailer", "- Aggregator"; examples in brackets: "DNSP (e.g. Ausgrid)", "Retailers (eg AGL, Origin)" (a comma inside brackets separates nothing) | read as each role, no finding (bullets are dropped from any list cell: Gap IDs, use cases too) |',
    '| Initiator, Receiver, consistency review | a role\'s alias: "AEMO" for "Market Operator" | the same role: the review does not call them a disagreement |',
    "| any closed value, capability, capability group, domain, role | typography: an en or em dash or a minus for a hyphen, a non-breaking or soft hyphen, curly quotes and apostrophes, an ellipsis, non-breaking and zero-width spaces | read as the value, with a safe info fix (`spelling.non-canonical`) to its own spelling; use cases named in the gap and options tabs are matched the same way |",
    '| any closed value, capability | a full stop, comma, semicolon, colon or footnote star closing the value ("Public.", "Does not exist.", "Public*"), quotes around it ("“Public”"), spaces around a slash ("Market Outlook Report / Publication"), "&" for "and" ("Operate & Trade (normal conditions)") | read as the value; a closed value gets a safe info fix (`spelling.non-canonical`) to its own spelling |',
    '| Minimum Frequency, Latency | a time value as Excel shows it: "0:05" (h:mm), "26:00" ([h]:mm), "0:05:00" (h:mm:ss), "05:00.0" (mm:ss.0); a fraction of a day as General shows a time ("0.003472222", four decimals at least, a whole number of seconds) | read as its minutes, no finding. In Excel itself a value formatted mm:ss shows "05:00", which reads as h:mm (the pane sees only the text); an .xlsx file shows it as "00:05:00" |',
    '| Minimum Frequency, Latency | "daily.", "on a daily basis", "weekly basis", "5 minute intervals", "15 min.", "30 mins max", "5 minutes or less", "2 days at the latest", "biannually" | read as the period |',
    '| Minimum Frequency | "Ad hoc", "As required", "Event driven", "Event triggered", "Per event", "On change" (aliases in seeds/vocabularies.json) | read as "On demand" (this project\'s reading), no finding |',
    '| any optional column | a placeholder: "N/A", "n/a", "NA", "N.A.", "Not applicable", "-", an en or em dash | read as empty (a Quality Rationale of "N/A", "TBC" or "?" on a row with Issues is no rationale); in a required column it stays a value and is checked as one, and in a required column of free text (Use Case, Activity, Information Object, Gap and Option Description) it, like "TBC", "TBD", "To be confirmed" or "?", is no value (error, `required.missing`); auto-fill never writes over it (a conflict, for review) |',
    "| any required column | a formula stored with no result (a file written by a script that does not calculate, such as openpyxl) | error (`required.missing`) saying so and asking to open and save the file in Excel or LibreOffice, not calling the cell empty |",
    ...model.periods.idioms.map(
      (idiom) =>
        `| Minimum Frequency, Latency | ${quoted(idiom.phrases)} | read as ${idiom.canonical} (${idiom.meaning}; this project's reading, not the framework's), with an info finding (\`period.idiom\`) suggesting "${idiom.canonical}" |`,
    ),
    '| Minimum Frequency, Latency | a bare number ("5") under a header naming its unit: "Latency (mins)", "Minimum Frequency [hours]", "Latency - days" | read in that unit, no finding |',
    "| Minimum Frequency, Latency | a bare number under a header naming no unit | error, saying how to add the unit (no value is guessed) |",
    '| Minimum Frequency, Latency | "Real" or "Near" alone, "real time data", "Next days" | error, as any unreadable period |',
    '| Capability ID | an id with a trailing dot ("4.3.5."), a "#" ("#4.3"), a note in brackets ("4.3.5 (primary)"), or the apostrophe that keeps it as text stored as typed ("\'4.3.5") | read as the id, no finding |',
    '| Capability | a name with a note in brackets: "Calculate and publish physical limits (DOEs)" | read as the capability, no finding |',
    '| Capability ID | several ids: "4.3.5, 4.3.6", "4.3.5 / 4.3.6", one per line | error (`capability.unknown-id`) naming each, asking for a row per capability |',
    '| Capability ID | a date: the id Excel read as one where dates are written day first with dots ("4.3.5" became 4 March 2005) | error (`capability.unknown-id`) saying so, with the id it was (4.3.5) as a fix for review when that is a known id |',
    '| Capability ID | the id with its own name: "4.3.5 - Calculate and publish physical limits", "4.3.5: ...", "4.3.5 ..." (case, punctuation and a plural "s" aside) | read as the id, with an info finding (`capability.id-with-name`) whose fix, for review, keeps the bare id and moves the name to an empty Capability cell |',
    "| Capability ID | a known id with a name that is not its own | error naming the capability each half is; the bare id is suggested when the name is no capability |",
    '| Options: Gap ID | gaps joined by "/", "&", "+" or "and": "G02/G04", "G01 & G02", "G03 and G04"; by spaces when each piece is a Gap ID: "G01 G02"; a closing full stop: "G02." | read as each gap (an id the Gap tab has is never split) |',
    '| Options: Gap ID | a range of one id pattern: "G02-G04", "G02 - G04", "G02 to G04", "G02-04", "GAP-8 - GAP-10" | read as every id between the ends (each must exist); zero-padded ends must have the same width |',
    '| Options: Gap ID | a range across patterns ("G02-H04"), backwards, or over 100 ids | error asking for the gaps separated by ";" |',
    `| Options: Priority Use Case | ${[...PRIORITY_FLAGS].join(", ")} (any case) | a flag on the row: not checked |`,
    "| Options: Priority Use Case | anything else | a use case (several separated by ; or line breaks), which should be one of Data Categorisation's (warning) |",
    ...withSynonyms.map(
      ([column, vocabulary, example]) =>
        `| ${column} | ${vocabulary.terms.flatMap((t) => (t.synonyms ?? []).map((w) => `"${w}" (${t.name})`)).join(", ")}; or a value with its meaning in brackets or after a dash, "${example}" | error suggesting the value it means |`,
    ),
    ...(
      [
        ["Quality", model.qualities],
        ["Capability Status", model.capabilityStatuses],
      ] as const
    ).map(
      ([column, vocabulary]) =>
        `| ${column} | ${vocabulary.terms.flatMap((t) => (t.synonyms ?? []).map((w) => `"${w}" (${t.name})`)).join(", ")} | error suggesting the value it means (this project's reading) |`,
    ),
    "",
    "Sensitivity synonyms follow the framework's definitions (Restricted: \"not public at the time of its sharing or",
    "considered commercial in nature\"); priority numbers, like the priorities themselves, are this project's.",
    "",
  ];
}

export function workbookMarkdown(): string {
  const model = defaultReference();
  const lines = [
    "# The workbook the add-in reads",
    "",
    "Tabs are found by name, ignoring case and spacing; each tab's header row may sit anywhere in its first",
    '20 rows. Headers match ignoring case, repeated spaces, line breaks, a trailing "(s)", "/s" or plural "s",',
    'punctuation and "#" for "ID", or by any alias below; a note after the header in brackets, after a dash',
    'or after a spaced slash ("Minimum Frequency (mins)", "Quality Rationale / Comments") is ignored. When a',
    "required column is missing, `header.missing-columns` names the header row's cells that match no column.",
    "Sheets the add-in doesn't know are never read.",
    'A header written on two rows ("Capability" merged over "ID" and "Name") reads as one: "Capability ID", "Capability Name".',
    'When several sheets could be one tab ("Data Categorisation" and a copy "Data Categorisation (2)", an old',
    '"DC OLD", two names differing in spacing), the one checked is the best-named whose header row is found',
    "(more matched headers breaking a tie) and `tab.several-candidates` names it and the ones left; a copy or an",
    "old tab alone is not read.",
    "Data rows run to the end of the sheet; fully blank rows and the header row pasted again above a section",
    '(as it was, or typed again with other case, "(s)", an alias or a blank cell) are skipped, and a value merged down several rows counts on each of them; a value merged across columns',
    "stays in its first column. Rows that are not data are left out of the check and the fills and listed once",
    "per tab by `row.not-data`: an Excel table's totals row (the table definition in a file, Table.showTotals in",
    'Excel), a "Total" row (a totals label and numbers), a note or footnote (a row with one value starting',
    '"Note", "Source", "*", "¹"..., or a sentence), and a section title (one short value alone on its row;',
    "on the gap and options tabs, a Gap or Option ID alone is a row of data), and a row holding nothing but",
    'formula errors (a template\'s lookup formulas filled down, with nothing to look up yet: "#N/A") or',
    "nothing but a number (a numbered template row not filled in yet).",
    "This page is generated by `npm run docs:rules`.",
    "",
  ];
  for (const tab of tabDefinitions) {
    lines.push(
      `## ${tab.name}`,
      "",
      `Also accepted as a tab name: ${tab.nameAliases.map((a) => `"${a}"`).join(", ")}.`,
      "",
    );
    lines.push("| column | required | other headers accepted |", "|---|---|---|");
    for (const column of tab.columns) {
      lines.push(`| ${column.header} | ${column.required ? "yes" : ""} | ${column.aliases.join(", ")} |`);
    }
    lines.push("");
  }
  lines.push(
    "Data Categorisation needs Capability ID or Capability on every row; Quality Rationale is required when",
    "Quality is Issues. Receiver and Gap ID cells may hold several values separated by `;`, `,` or line breaks",
    "(use cases in the gap and options tabs by `;` or line breaks).",
    "",
    `## Roles`,
    "",
    `An optional tab named ${rolesTabNames.map((n) => `"${n}"`).join(", ")}: role names in the first column, with an optional`,
    `header row ("Role") and optional "Aliases" and "Description" columns. Without it, Initiator and Receiver are`,
    `checked against ${model.defaultRoles.terms.length} default NEM roles (seeds/roles.json).`,
    "",
    "## Closed vocabularies",
    "",
    "Values match ignoring case and spacing; documented aliases are accepted too (an info finding suggests",
    "the canonical spelling).",
    "",
    "| column | values |",
    "|---|---|",
    `| Use Case Group | ${model.useCaseGroups.terms.map((g) => `${g.code} ${g.name}`).join(" · ")} |`,
    `| Interface | ${model.interfaces.names.join(" · ")} |`,
    `| Sensitivity | ${model.sensitivities.names.join(" · ")} |`,
    `| Quality | ${model.qualities.names.join(" · ")} |`,
    `| Gap Type | ${model.gapTypes.names.join(" · ")} |`,
    `| Capability Status | ${model.capabilityStatuses.names.join(" · ")} |`,
    `| Major Outcome | ${model.majorOutcomes.names.join(" · ")} (or an unambiguous short form) |`,
    `| Priority | ${model.priorities.names.join(" · ")} |`,
    `| Information Category | the ${model.information.categories.terms.length} categories of Table 1, each in one of ${model.information.groups.terms.length} groups |`,
    `| Capability ID / Capability | ${model.capabilities.level3.length} Level 3 and ${model.capabilities.level2.length} Level 2 capabilities in ${model.capabilities.domains.length} domains |`,
    `| Minimum Frequency | a period in minutes, hours, days, weeks, months, quarters or years ("5 minutes", "Hourly", "twice daily"), or "On demand" |`,
    `| Latency | a period as above, or "As per frequency" (for On demand data) |`,
    "",
    ...formsRead(),
  );
  return lines.join("\n");
}
