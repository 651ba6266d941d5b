import { stem } from "../../src/definitions/stem";
import { wordsOf } from "../../src/definitions/words";

describe("stem", () => {
  it.each([
    [["operate", "operating", "operations", "operational"], "oper"],
    [["settle", "settlement", "settlements", "settling"], "settl"],
    [["forecast", "forecasts", "forecasting"], "forecast"],
    [["envelope", "envelopes"], "envelop"],
    [["register", "registration", "registry", "registries"], "regist"],
    [["install", "installation", "installer", "installing"], "install"],
    [["plan", "plans", "planned", "planning"], "plan"],
    [["model", "models", "modelling", "modelled"], "model"],
    [["analyse", "analysis", "analysing", "analyses"], "analys"],
    [["certificate", "certification", "certify", "certified"], "certif"],
    [["comply", "compliance", "compliant"], "compl"],
    [["optimise", "optimising", "optimisation", "optimizing"], "optim"],
  ])("brings %p to one stem", (words, expected) => {
    expect(words.map(stem)).toEqual(words.map(() => expected));
  });

  it("leaves abbreviations and numbers alone", () => {
    expect(["doe", "nmi", "pv", "4777", "nem12"].map(stem)).toEqual(["doe", "nmi", "pv", "4777", "nem12"]);
  });
});

describe("wordsOf", () => {
  it("drops function words and the framework's everywhere words, keeping each surface form", () => {
    expect(wordsOf("Publish the CER data for DOEs")).toEqual([
      { surface: "publish", stem: "publish" },
      { surface: "does", stem: "doe" },
    ]);
  });

  it("reads off-market and non-market as one word", () => {
    expect(wordsOf("off-market services").map((w) => w.stem)).toEqual(
      wordsOf("non-market services").map((w) => w.stem),
    );
  });
});
