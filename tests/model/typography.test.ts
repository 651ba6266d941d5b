import { defaultReference } from "../../src/model/default-reference";
import { hasTypography, looseKey, plainTypography, vocabularyKey } from "../../src/model/text-normalise";
import rule from "../../src/rules/use-case-group.unknown";
import capabilityRule from "../../src/rules/capability.unknown-name";
import { findingsOf } from "../support/rule-tester";

describe("typographic variants read as the same value", () => {
  it("writes dashes, hyphens, curly quotes, primes and ellipses plainly", () => {
    expect(plainTypography("Operate and Trade \u2013 Normal")).toBe("Operate and Trade - Normal");
    expect(plainTypography("A\u2014B\u2011C\u2010D\u2212E")).toBe("A-B-C-D-E");
    expect(plainTypography("participants\u2019 \u201cdata\u201d\u2026")).toBe('participants\' "data"...');
    expect(plainTypography("soft\u00adhyphen")).toBe("softhyphen");
    expect(plainTypography("plain - 'text'")).toBe("plain - 'text'");
    expect(hasTypography("plain")).toBe(false);
    expect(hasTypography("en \u2013 dash")).toBe(true);
  });

  it("keys agree across typography, case and spacing, and differ where the letters do", () => {
    expect(vocabularyKey("Operate and Trade \u2013 Normal")).toBe(vocabularyKey("operate and trade - normal"));
    expect(vocabularyKey("Monitor participants' performance")).toBe(
      vocabularyKey("Monitor participants\u2019 performance"),
    );
    expect(vocabularyKey("System\u2011to\u2011System")).toBe(vocabularyKey("System-to-System"));
    expect(vocabularyKey("Operate and Trade \u2013 Normal")).not.toBe(vocabularyKey("Operate and Trade Normal"));
    expect(looseKey("CER\u2019s \u201cforecast\u201d")).toBe(looseKey("CER's forecast"));
  });

  it("a framework value with the other apostrophe or an en dash is matched, and not as the exact spelling", () => {
    const model = defaultReference();
    expect(model.capabilities.byName("Monitor participants' performance and conformance")[0]?.id).toBe("4.4.4");
    expect(model.useCaseGroups.match("Operate and Trade \u2013 Normal")?.kind).toBe("alias");
    expect(model.interfaces.match("System to System")?.kind).toBe("exact");
  });

  it("is no unknown value (the rules stay quiet), while a real misspelling still is", async () => {
    expect(await findingsOf(rule, { categorisation: [{ useCaseGroup: "Operate and Trade \u2013 Normal" }] })).toEqual(
      [],
    );
    expect(
      await findingsOf(capabilityRule, {
        categorisation: [{ capability: "Monitor participants' performance and conformance" }],
      }),
    ).toEqual([]);
    expect(
      await findingsOf(rule, { categorisation: [{ useCaseGroup: "Operate and Trade \u2013 Abnormal" }] }),
    ).toHaveLength(1);
  });
});
