/**
 * The rows of the bundled sample workbook: realistic information objects across the four use case
 * groups, written the way analysts write them. Capability, Capability Group and Domain are looked
 * up from the capability model, never typed here. A few rows carry the defects a reviewer would
 * catch (marked "planted"), so the sample shows what `validate` reports.
 */
import { defaultReference } from "../../src/model/default-reference";
import { capabilityGroupOf } from "../../src/model/capability-model";

type Row = [
  group: string,
  useCase: string,
  capabilityId: string,
  activity: string,
  object: string,
  category: string,
  initiator: string,
  receiver: string,
  iface: string,
  frequency: string,
  latency: string,
  sensitivity: string,
  quality: string,
  rationale?: string,
];

// prettier-ignore
const ROWS: Row[] = [
  ["PO", "Monitor CER integration performance", "1.3.1", "Publish CER uptake statistics", "CER uptake report", "Market Outlook Report/Publication", "Market Operator", "Policy Maker; Economic Regulator", "System to Person", "Quarterly", "1 month", "Public", "No Issues"],
  ["PO", "Monitor CER integration performance", "1.3.2", "Report CER non-conformance incidents", "Non-conformance report", "Conformance", "Distribution Network Service Provider", "Technical Regulator", "System to System", "Monthly", "5 days", "Restricted", "Issues", "Incident reporting is manual and differs between DNSPs"],
  ["PO", "Set and maintain CER technical standards", "1.1.5", "Publish CER technical standard", "Technical standard", "Compliance", "Standards Body", "Original Equipment Manufacturer; Installer", "System to Person", "Yearly", "1 month", "Public", "No Issues"],
  ["PO", "Set and maintain CER technical standards", "1.2.2", "Define installer accreditation requirements", "Installer accreditation requirements", "Compliance", "Technical Regulator", "Installer; Accreditation Body", "System to Person", "Yearly", "1 month", "Public", "No Issues"],
  ["PO", "Update network tariffs", "1.4.3", "Publish network tariff schedule", "Network tariff schedule", "Regulatory Instrument", "DNSP", "Retailer; Economic Regulator", "System to Person", "Yearly", "1 month", "Public", "No Issues"],
  ["PO", "Forecast and plan for CER", "2.1.2", "Publish CER uptake forecast", "CER uptake forecast", "Market Outlook Report/Publication", "Market Operator", "DNSP; TNSP; Policy Maker", "System to Person", "Yearly", "1 month", "Public", "No Issues"],
  ["PO", "Forecast and plan for CER", "2.2.1", "Share distribution network development plan", "Network development plan", "PS Models", "DNSP", "Market Operator; TNSP", "System to System", "Yearly", "1 month", "Restricted", "No Issues"],
  ["PO", "Forecast and plan for CER", "2.2.2", "Publish Integrated System Plan", "Integrated System Plan", "Market Outlook Report/Publication", "Market Operator", "DNSP; TNSP; Policy Maker; Market Participant", "System to Person", "Every 2 years", "1 month", "Public", "No Issues"],
  ["CI", "Choose and buy CER", "3.2.6", "Publish approved inverter list", "Approved product list", "CER Service Offers", "Accreditation Body", "Installer; Customer; DNSP", "System to Person", "Monthly", "1 day", "Public", "No Issues"],
  ["CI", "Choose and buy CER", "3.3.5", "Record customer consent to share data", "Customer consent record", "Agreement", "Customer", "Aggregator; Retailer", "Person to System", "On demand", "As per frequency", "Restricted", "No Issues"],
  ["CI", "Connect CER to the network", "3.4.1", "Submit connection application", "Connection application", "Service Orders", "Installer", "DNSP", "Person to System", "On demand", "As per frequency", "Restricted", "No Issues"],
  ["CI", "Connect CER to the network", "3.4.1", "Issue connection offer", "Connection agreement", "Agreement", "DNSP", "Customer; Installer", "System to Person", "On demand", "5 days", "Restricted", "No Issues"],
  ["CI", "Connect CER to the network", "3.4.5", "Register CER device in the DER Register", "CER device metadata", "CER Master Data", "DNSP", "Market Operator", "System to System", "On demand", "1 day", "Restricted", "Issues", "Installation data is often incomplete or entered late"],
  ["CI", "Connect CER to the network", "3.4.3", "Confirm commissioning test results", "Commissioning test results", "Commissioning", "Installer", "DNSP", "Person to System", "On demand", "2 days", "Restricted", "No Issues"],
  ["CI", "Connect CER to the network", "3.4.6", "Confirm device communications", "Device connectivity status", "Commissioning", "Original Equipment Manufacturer", "DNSP; Aggregator", "System to System", "On demand", "1 hour", "Restricted", "No Issues"],
  ["CI", "Keep CER records current", "3.4.8", "Update CER metadata after a change", "CER device metadata", "CER Master Data", "Installer", "DNSP; Market Operator", "Person to System", "On demand", "As per frequency", "Restricted", "No Issues"],
  ["CI", "Switch retailer or aggregator", "3.3.8", "Notify change of retailer", "Customer switching notice", "Agreement", "Retailer", "Market Operator; DNSP", "System to System", "Daily", "1 day", "Restricted", "No Issues"],
  ["OTN", "Forecast and Planning Operations", "4.1.1", "Produce operational demand forecast", "Operational demand forecast", "Forecast", "Market Operator", "DNSP; Aggregator; Market Participant", "System to System", "30 minutes", "5 minutes", "Public", "No Issues"],
  ["OTN", "Forecast and Planning Operations", "4.1.2", "Publish demand and market forecasts", "Market forecast", "Forecast", "Market Operator", "Retailer; Aggregator", "System to System", "30 minutes", "5 minutes", "Public", "No Issues"],
  ["OTN", "Manage network limits", "4.3.5", "Publish dynamic operating envelopes", "Dynamic operating envelope", "DOE", "DNSP", "Aggregator; Customer Agent", "System to System", "5 minutes", "1 minute", "Restricted", "Issues", "DOE formats differ between DNSPs"],
  ["OTN", "Manage network limits", "4.2.2", "Report device telemetry", "Device telemetry", "Telemetry (Device)", "Original Equipment Manufacturer", "Aggregator; DNSP", "System to System", "5 minutes", "5 minutes", "Restricted", "No Issues"],
  ["OTN", "Trade CER in the wholesale market", "5.1.2", "Submit VPP bid", "Portfolio bid", "Market", "Aggregator", "Market Operator", "System to System", "5 minutes", "1 minute", "Restricted", "No Issues"],
  ["OTN", "Trade CER in the wholesale market", "5.1.3", "Issue dispatch instruction", "Dispatch instruction", "Activation", "Market Operator", "Aggregator", "System to System", "5 minutes", "1 minute", "Critical", "No Issues"],
  ["OTN", "Trade CER in the wholesale market", "5.1.6", "Submit portfolio telemetry", "Portfolio telemetry", "Telemetry (Portfolio)", "Aggregator", "Market Operator", "System to System", "5 minutes", "5 minutes", "Restricted", "No Issues"],
  ["OTN", "Trade CER in the wholesale market", "4.4.6", "Issue settlement statement", "Settlement statement", "Financial", "Market Operator", "Market Participant; Retailer", "System to System", "Weekly", "1 day", "Restricted", "No Issues"],
  ["OTN", "Procure network support services", "5.2.2", "Publish network support service need", "Network support requirement", "Flex Services", "DNSP", "Aggregator", "System to Person", "Monthly", "1 day", "Public", "No Issues"],
  ["OTN", "Procure network support services", "4.2.9", "Notify customer of export limit change", "Customer notification", "Customer Comms", "Aggregator", "Customer", "System to Person", "On demand", "As per frequency", "Restricted", "No Issues"],
  ["OTN", "Coordinate planned outages", "4.1.5", "Share planned outage schedule", "Planned outage schedule", "Outage Plan", "DNSP", "Market Operator; TNSP; Aggregator", "System to System", "Daily", "1 hour", "Restricted", "No Issues"],
  ["OTE", "Manage minimum system load", "4.3.9", "Issue market notice of minimum system load", "Market notice", "Market Notice", "System Operator", "Market Participant; DNSP; Aggregator", "System to System", "On demand", "1 minute", "Public", "No Issues"],
  ["OTE", "Manage minimum system load", "4.2.6", "Direct backstop curtailment", "Emergency backstop command", "Activation", "DNSP", "Original Equipment Manufacturer; Aggregator", "System to System", "On demand", "1 minute", "Critical", "Issues", "Backstop signals cannot yet reach every device"],
  ["OTE", "Manage minimum system load", "4.3.1", "Request minimum system load response", "Minimum system load direction", "Operational Intervention", "System Operator", "DNSP", "System to System", "On demand", "5 minutes", "Critical", "No Issues"],
  ["OTE", "Prepare for emergencies", "4.1.6", "Share under-frequency study results", "Under-frequency load shedding assessment", "Operational Assessment", "System Operator", "DNSP; TNSP", "System to Person", "Yearly", "1 month", "Restricted", "No Issues"],
  ["OTE", "Prepare for emergencies", "4.1.7", "Share cyber threat intelligence", "Cyber threat notification", "Cyber Coordination", "System Operator", "DNSP; Aggregator; Original Equipment Manufacturer", "System to Person", "On demand", "1 hour", "Critical", "No Issues"],
  ["OTE", "Restart the power system", "4.3.9", "Instruct staged reconnection of CER", "System restart instruction", "Operational Intervention", "System Operator", "DNSP; Aggregator", "Person to Person", "On demand", "As per frequency", "Critical", "No Issues"],
  // planted: the same object categorised differently, a near-miss category, a typo'd role, an
  // invalid sensitivity, a latency longer than the frequency, Issues without a rationale.
  ["OTN", "Retail market operations", "4.4.7", "Share wholesale price forecast with retailers", "Market forecast", "Market Outlook Report/Publication", "Market Operator", "Retailer", "System to System", "30 minutes", "5 minutes", "Public", "No Issues"],
  ["OTN", "Retail market operations", "4.2.2", "Collect site telemetry", "Site telemetry", "Telemetry (Devices)", "Customer Agent", "Aggregater", "System to System", "5 minutes", "5 minutes", "Confidential", "No Issues"],
  ["OTN", "Retail market operations", "5.1.6", "Report portfolio performance", "Portfolio performance report", "Telemetry (Portfolio)", "Aggregator", "Market Operator", "system to system", "5 minutes", "Daily", "restricted", "Issues"],
];

export const CATEGORISATION_HEADERS = [
  "Use Case Group",
  "Use Case",
  "Capability ID",
  "Capability",
  "Capability Group",
  "Domain",
  "Activity",
  "Information Object",
  "Information Group",
  "Information Category",
  "Initiator",
  "Receiver(s)",
  "Interface",
  "Minimum Frequency",
  "Latency",
  "Sensitivity",
  "Quality",
  "Quality Rationale",
];

/**
 * One Data Categorisation row per sample entry, in CATEGORISATION_HEADERS order. Every fourth row
 * has only its keys typed (Capability ID, Information Category), as analysts do, leaving the lookups
 * for `fix` to fill.
 */
export function categorisationRows(): string[][] {
  const model = defaultReference();
  return ROWS.map(
    (
      [
        group,
        useCase,
        id,
        activity,
        object,
        category,
        initiator,
        receiver,
        iface,
        frequency,
        latency,
        sensitivity,
        quality,
        rationale,
      ],
      i,
    ) => {
      const capability = model.capabilities.byId(id);
      if (capability === undefined) throw new Error(`sample row names unknown capability ${id}`);
      const keysOnly = i % 4 === 3;
      const informationGroup = keysOnly ? "" : (model.information.categories.match(category)?.term.group.name ?? "");
      const [name, level2, domain] = keysOnly
        ? ["", "", ""]
        : [capability.name, capabilityGroupOf(capability).name, capability.domain.name];
      return [
        group,
        useCase,
        id,
        name,
        level2,
        domain,
        activity,
        object,
        informationGroup,
        category,
        initiator,
        receiver.replace(/; /g, "\n"),
        iface,
        frequency,
        latency,
        sensitivity,
        quality,
        rationale ?? "",
      ];
    },
  );
}

export const GAP_HEADERS = [
  "Gap ID",
  "Gap Type",
  "Gap Description",
  "Use Case",
  "Information Object",
  "Information Category",
  "Capability ID",
  "Capability",
  "Domain",
  "Capability Status",
  "Major Outcome",
  "Evidence",
  "Proposed Action",
  "Priority",
];

// prettier-ignore
const GAPS: Array<[string, string, string, string, string, string, string, string, string, string]> = [
  ["G01", "Data Sharing", "Dynamic operating envelopes are published in DNSP-specific formats that aggregators must integrate one by one.", "Manage network limits", "Dynamic operating envelope", "4.3.5", "Requires augmentation", "Visible and predictable", "Stakeholder interviews; DNSP DOE publications", "Adopt a common DOE data standard and publication interface."],
  ["G02", "Data", "CER device metadata is often incomplete or late in the DER Register.", "Connect CER to the network", "CER device metadata", "3.4.5", "Requires augmentation", "CER is visible and predictable and can be effectively used as part of power system operations", "DER Register data quality reports", "Validate installer submissions at the point of entry."],
  ["G03", "Data Sharing", "Emergency backstop commands cannot reach devices without a standard communication path.", "Manage minimum system load", "Emergency backstop command", "4.2.6", "Does not exist", "CER plays a central role in system security and emergency management frameworks and processes.", "Emergency backstop reviews", "Mandate a standard backstop communication pathway."],
  ["G04", "Data", "Incident reporting of CER non-conformance is manual and inconsistent.", "Monitor CER integration performance", "Non-conformance report", "1.3.2", "Requires augmentation", "Orchestrated effectively", "", "Define a common non-conformance report."],
  ["G05", "Data Sharing", "Customer consent to share CER data is recorded separately by each service provider.", "Choose and buy CER", "Customer consent record", "3.3.5", "Does not exist", "CER is orchestrated effectively to deliver value for consumers and the power system", "Consumer advocate submissions", "Create a shared consent register."],
  ["G06", "Data Sharing", "Portfolio performance of VPPs is not visible to DNSPs.", "Virtual power plant operations", "Portfolio telemetry", "5.1.6", "Requires augmentation", "Visible and predictable", "Stakeholder interviews", "Share portfolio telemetry with DNSPs."],
];

export function gapRows(): string[][] {
  const model = defaultReference();
  return GAPS.map(([gapId, type, description, useCase, object, id, status, outcome, evidence, action], i) => {
    const capability = model.capabilities.byId(id);
    if (capability === undefined) throw new Error(`sample gap names unknown capability ${id}`);
    const category = ROWS.find((row) => row[4] === object)?.[5] ?? "";
    // The later gaps give only the Capability ID, leaving its name and domain for `fix`.
    const [name, domain] = i < 4 ? [capability.name, capability.domain.name] : ["", ""];
    return [
      gapId,
      type,
      description,
      useCase,
      object,
      category,
      id,
      name,
      domain,
      status,
      outcome,
      evidence,
      action,
      i < 3 ? "High" : "Medium",
    ];
  });
}

export const OPTION_HEADERS = [
  "Option ID",
  "Gap ID(s)",
  "Option Description",
  "Priority Use Case",
  "Use Case",
  "Key Initiative",
];

// prettier-ignore
export const OPTION_ROWS: string[][] = [
  ["O01", "G01", "Publish DOEs through a common national interface.", "Yes", "Manage network limits", "Data sharing MVP"],
  ["O02", "G02; G05", "Validate installer submissions and link them to a shared consent register.", "Yes", "Connect CER to the network", "CER registration uplift"],
  ["O03", "G03", "Standardise the emergency backstop communication pathway.", "Yes", "Manage minimum system load", "Emergency backstop"],
  ["O04", "G04", "Introduce a standard non-conformance report template.", "No", "Monitor CER integration performance", "Compliance reporting"],
  ["O05", "G07", "Share VPP portfolio telemetry with DNSPs in near real time.", "No", "Trade CER in the wholesale market", "Data sharing MVP"],
];
