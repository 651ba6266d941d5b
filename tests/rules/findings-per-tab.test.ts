import { defaultReference } from "../../src/model/default-reference";
import { reportOncePerTab } from "../../src/rules/utils/findings-per-tab";
import type { FindingDetails } from "../../src/check/rule";

const model = defaultReference();
const details: FindingDetails = {
  sheet: "Data Categorisation",
  cell: "J2",
  row: 2,
  column: "Information Category",
  message: "m",
  value: "v",
};

describe("reportOncePerTab", () => {
  it("checks a tab once per rule and model, then replays copies of what it reported", () => {
    const tab = {};
    const check = jest.fn((reporter: { report: (d: FindingDetails) => void }) => reporter.report(details));
    const seen: FindingDetails[] = [];
    const reporter = { report: (d: FindingDetails) => seen.push(d) };
    reportOncePerTab(tab, model, "some.rule", reporter, check);
    reportOncePerTab(tab, model, "some.rule", reporter, check);
    expect(check).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([details, details]);
    expect(seen[1]).not.toBe(seen[0]);
    // Another rule, or another tab (an edit makes a new one), is checked afresh.
    reportOncePerTab(tab, model, "other.rule", reporter, check);
    reportOncePerTab({}, model, "some.rule", reporter, check);
    expect(check).toHaveBeenCalledTimes(3);
  });
});
