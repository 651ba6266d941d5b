import rule from "../../src/rules/role.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "default roles and their aliases",
      categorisation: [{ initiator: "DNSP", receiver: "AEMO; Retailer, Aggregator\nCustomer" }],
    },
    {
      name: "the workbook's own roles replace the defaults",
      categorisation: [{ initiator: "Grid Co", receiver: "Flex Co" }],
      roles: ["Grid Co", "Flex Co"],
    },
    {
      name: "AEMO named with the role it acts in, as AEMO writes it",
      categorisation: [
        { initiator: "AEMO (Market Operator)", receiver: "AEMO (System Operator); AEMO (Power System Operator)" },
      ],
    },
    {
      name: "a role with its own abbreviation in brackets, as the framework writes it",
      categorisation: [{ receiver: "Distribution Network Service Providers (DNSPs); Aggregator (VPP Operator)" }],
    },
    {
      name: "plurals of roles and aliases",
      categorisation: [{ initiator: "DNSPs", receiver: "Retailers, Aggregators\nStandards Bodies; OEMs" }],
    },
    {
      name: "plurals of the workbook's own roles",
      categorisation: [{ initiator: "Grid Cos", receiver: "Flex Co" }],
      roles: ["Grid Co", "Flex Co"],
    },
    { name: "several plural receivers in one cell", categorisation: [{ receiver: "DNSPs; Retailers" }] },
    {
      name: 'a role with "(s)" for one or more, as headers write "Receiver(s)"',
      categorisation: [{ initiator: "DNSP(s)", receiver: "Retailer(s); Aggregator(s)" }],
    },
    {
      name: "a bulleted list of roles, one per line",
      categorisation: [
        { initiator: "• Market Operator", receiver: "• Policy Maker\n• Economic Regulator" },
        { receiver: "- Retailer\n- Aggregator" },
        { receiver: "\u2013 Retailer\n\u2013 Aggregator" },
      ],
    },
    {
      name: "roles separated by a tab, as pasted from a table",
      categorisation: [{ receiver: "Retailer\tAggregator" }],
    },
    {
      name: "a role with examples in brackets, commas and all",
      categorisation: [{ initiator: "DNSP (e.g. Ausgrid)", receiver: "Retailers (eg AGL, Origin); Aggregator" }],
    },
    {
      name: "roles joined by a slash, plurals too",
      categorisation: [{ initiator: "DNSP / Retailer", receiver: "DNSPs / Retailers" }],
    },
    {
      name: 'roles joined by &, +, "and" or line breaks, in either column',
      categorisation: [{ initiator: "Aggregator & Customer", receiver: "DNSP + Retailer\nAggregator and Customer" }],
    },
    {
      name: 'a role of the Roles tab whose name holds "and" or "/" is read whole',
      categorisation: [{ initiator: "Generator and Retailer", receiver: "Meter/Data Agent; Retailer" }],
      roles: ["Generator and Retailer", "Meter/Data Agent", "Retailer"],
    },
    {
      name: "a role written with a curly apostrophe or an en dash",
      categorisation: [{ initiator: "Customer’s Agent", receiver: "Retailer – Tier 1" }],
      roles: ["Customer's Agent", "Retailer - Tier 1"],
    },
  ],
  invalid: [
    {
      name: "a bullet or an (s) does not make an unknown role known",
      categorisation: [{ receiver: "• Retailer\n• Bank", initiator: "Bank(s)" }],
      findings: [
        { cell: "K2", message: /^"Bank\(s\)" is not a role/ },
        { cell: "L2", message: /^"Bank" is not a role/ },
      ],
    },
    {
      name: "a typo suggests the role",
      categorisation: [{ receiver: "Retailer; Aggregater" }],
      findings: [
        { cell: "L2", suggestion: "Aggregator", message: /"Aggregater" is not a role in the default NEM roles/ },
      ],
    },
    {
      name: "a default role outside the workbook's Roles tab",
      categorisation: [{ initiator: "Grid Co", receiver: "Retailer" }],
      roles: ["Grid Co"],
      findings: [{ cell: "L2", message: /the Roles tab/ }],
    },
    {
      name: "each unknown receiver is reported",
      categorisation: [{ receiver: "Bank\nInsurer" }],
      findings: [{ cell: "L2" }, { cell: "L2" }],
    },
    {
      name: "a bracket naming something other than a role still warns",
      categorisation: [{ initiator: "AEMO (Market Operations)" }],
      findings: [{ cell: "K2", message: /"AEMO \(Market Operations\)" is not a role/ }],
    },
    {
      name: "a bracket naming a different role than its name is not read as either",
      categorisation: [{ receiver: "Retailer (Customer)" }],
      findings: [{ cell: "L2", message: /"Retailer \(Customer\)" is not a role/ }],
    },
    {
      name: "a misspelt plural still warns",
      categorisation: [{ receiver: "Aggregaters" }],
      findings: [
        {
          cell: "L2",
          fix: { applicability: "review", edits: [{ cell: "L2", value: "Aggregator" }] },
          suggestion: "Aggregator",
        },
      ],
    },
    {
      name: "joined names with one piece that is no role stay one unknown name",
      categorisation: [{ initiator: "Aggregator & Bank", receiver: "DNSP / Insurer" }],
      findings: [
        { cell: "K2", message: /"Aggregator & Bank" is not a role/ },
        { cell: "L2", message: /"DNSP \/ Insurer" is not a role/ },
      ],
    },
    {
      name: 'a role of the Roles tab whose name holds "and" or "/" is never split, so its pieces are not roles',
      categorisation: [{ initiator: "Generator and Retailer", receiver: "Generator/Retailer" }],
      roles: ["Generator and Retailer", "Retailer"],
      findings: [{ cell: "L2", message: /"Generator\/Retailer" is not a role/ }],
    },
  ],
});
