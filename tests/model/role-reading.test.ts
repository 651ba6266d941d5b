/** Roles as NEM documents write them: plurals, "(s)" and a name with the same role in brackets. */
import { defaultReference } from "../../src/model/default-reference";
import { readRole } from "../../src/model/role-reading";

const roles = defaultReference().defaultRoles;
const roleOf = (text: string) => readRole(roles, text)?.name;

describe("role reading", () => {
  it.each([
    ["AEMO (Market Operator)", "Market Operator"],
    ["AEMO (System Operator)", "System Operator"],
    ["AEMO (Power System Operator)", "System Operator"],
    ["AEMO as System Operator", "System Operator"],
    ["DNSPs", "Distribution Network Service Provider"],
    ["Distribution Network Service Providers (DNSPs)", "Distribution Network Service Provider"],
    ["Retailers", "Retailer"],
    ["Standards Bodies", "Standards Body"],
    ["Market Participants", "Market Participant"],
    ["Retailer(s)", "Retailer"],
    ["DNSP(s)", "Distribution Network Service Provider"],
    ["Retailer/s", "Retailer"],
    ["Retailer (s)", "Retailer"],
    ["DNSP's", "Distribution Network Service Provider"],
    ["Retailer\u2019s", "Retailer"],
    ["VPP", "Aggregator"],
    ["Aggregator (VPP)", "Aggregator"],
    ["DNSP (e.g. Ausgrid)", "Distribution Network Service Provider"],
    ["Retailers (eg AGL, Origin)", "Retailer"],
    ["Installer (i.e. the electrician)", "Installer"],
    ["OEMs (such as inverter makers)", "Original Equipment Manufacturer"],
  ])("%j is the %s", (text, role) => {
    expect(roleOf(text)).toBe(role);
  });

  it.each([
    "AEMO (Market Operations)",
    "Retailer (Customer)",
    "AEMO (Retailer)",
    "Aggregaters",
    "Bank",
    "Bank(s)",
    "s",
    "Access",
  ])("%j is not a role", (text) => {
    expect(roleOf(text)).toBeUndefined();
  });
});
