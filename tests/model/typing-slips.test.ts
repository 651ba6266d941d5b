/**
 * Slips of typing that change no meaning: a full stop closing the value ("Public.", "Does not
 * exist."), spaces around a slash ("Market Outlook Report / Publication") and "&" for "and". The value is read as
 * the framework's, not as an unknown one, and spelling.non-canonical offers the canonical spelling.
 */
import { defaultReference } from "../../src/model/default-reference";
import { runRules } from "../../src/check/run-rules";
import { parsedBook, type BookSpec } from "../support/workbook-rows";

const model = defaultReference();
const findings = async (spec: BookSpec) =>
  runRules(await parsedBook(spec), model).map((f) => `${f.cell} ${f.rule}${f.suggestion ? ` -> ${f.suggestion}` : ""}`);

describe("typing slips", () => {
  it("a closed value closed by a full stop, or with spaces around its slash, is the value (not the exact spelling)", () => {
    expect(model.sensitivities.match("Public.")?.term.name).toBe("Public");
    expect(model.sensitivities.match("Public.")?.kind).toBe("variant");
    expect(model.capabilityStatuses.match("Does not exist.")?.term.name).toBe("Does not exist");
    expect(model.gapTypes.match("data sharing.")?.term.name).toBe("Data Sharing");
    expect(model.information.categories.match("Market Outlook Report / Publication")?.term.name).toBe(
      "Market Outlook Report/Publication",
    );
    // The Major Outcome the framework closes with a full stop is matched with or without it.
    const security = model.majorOutcomes.terms.find((t) => t.name.endsWith("."));
    expect(security).toBeDefined();
    expect(model.majorOutcomes.match(security?.name ?? "")?.kind).toBe("exact");
    expect(model.majorOutcomes.match((security?.name ?? "").slice(0, -1))?.term).toBe(security);
  });

  it("quotes around the value, or a comma, semicolon, colon or footnote star after it, leave the value", () => {
    for (const typed of ["\u201cPublic\u201d", '"Public"', "Public,", "Public;", "Public :", "Public*"])
      expect([typed, model.sensitivities.match(typed)?.term.name]).toEqual([typed, "Public"]);
    expect(model.sensitivities.match("Public?")).toBeUndefined();
    expect(model.sensitivities.match('"Public')).toBeUndefined();
  });

  it('"&" for "and" is the value', () => {
    expect(model.useCaseGroups.match("Operate & Trade (Normal)")?.term.code).toBe("OTN");
    expect(model.useCaseGroups.match("Connecting & integrating CER into the power system & markets")?.term.code).toBe(
      "CI",
    );
    expect(model.gapTypes.match("Data & Sharing")).toBeUndefined();
  });

  it("a capability name closed by a full stop, or with & for and, is the capability", () => {
    expect(model.capabilities.byName("Monitor CER integration progress.")[0]?.id).toBe("1.3.1");
    expect(model.capabilities.byName("Calculate & publish physical limits")[0]?.id).toBe("4.3.5");
  });

  it("in a workbook: no error, an info finding with the canonical spelling", async () => {
    expect(
      await findings({
        categorisation: [
          {
            capability: "Share near-term operational forecasts.",
            sensitivity: "Public.",
            informationGroup: "Forecasting",
            informationCategory: "Market Outlook Report / Publication",
          },
        ],
        gaps: [{ gapType: "Data Sharing.", capabilityStatus: "Exists." }],
        options: [{}],
      }),
    ).toEqual([
      "J2 spelling.non-canonical -> Market Outlook Report/Publication",
      "P2 spelling.non-canonical -> Public",
      "B2 spelling.non-canonical -> Data Sharing",
      "J2 spelling.non-canonical -> Exists",
    ]);
  });

  it("a wrong value with a full stop is still wrong", async () => {
    const found = await findings({ categorisation: [{ sensitivity: "Secret." }] });
    expect(found).toEqual(["P2 sensitivity.unknown"]);
  });
});
