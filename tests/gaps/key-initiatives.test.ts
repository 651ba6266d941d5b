/** Options grouped by Key Initiative, with the gaps they close and the priority use cases. */
import { keyInitiatives, NO_INITIATIVE, priorityUseCases } from "../../src/gaps/key-initiatives";
import { parsedBook } from "../support/workbook-rows";

describe("keyInitiatives", () => {
  it("groups options by initiative ignoring case and spacing, with their gaps, and lists gaps no option closes", async () => {
    const book = await parsedBook({
      gaps: [
        { gapId: "G01", gapDescription: "Forecasts are late" },
        { gapId: "G02", gapDescription: "Meter data incomplete" },
        { gapId: "G03", gapDescription: "No DER register feed" },
        { gapId: "G04", gapDescription: "Nobody closes this" },
      ],
      options: [
        {
          optionId: "O01",
          gapIds: "G01; G02",
          keyInitiative: "Data sharing MVP",
          priorityUseCase: "Yes",
          useCase: "Forecasting; Settlement",
        },
        {
          optionId: "O02",
          gapIds: "G02-G03",
          keyInitiative: " data  SHARING mvp ",
          priorityUseCase: "No",
          useCase: "Planning",
        },
        { optionId: "O03", gapIds: "G09", keyInitiative: "", priorityUseCase: "Emergency response", useCase: "" },
        {
          optionId: "O04",
          gapIds: "G03",
          keyInitiative: "DER register; Data sharing MVP",
          priorityUseCase: "",
          useCase: "",
        },
      ],
    });
    const view = keyInitiatives(book);
    expect(view.optionsSheet).toBe("Options");
    expect(view.initiatives.map((i) => [i.name, i.options.map((o) => o.optionId)])).toEqual([
      ["Data sharing MVP", ["O01", "O02", "O04"]],
      ["DER register", ["O04"]],
      [NO_INITIATIVE, ["O03"]],
    ]);
    const [mvp, der, none] = view.initiatives;
    expect(mvp?.gaps).toEqual([
      { gapId: "G01", description: "Forecasts are late", exists: true },
      { gapId: "G02", description: "Meter data incomplete", exists: true },
      { gapId: "G03", description: "No DER register feed", exists: true },
    ]);
    expect(mvp?.priorityUseCases).toEqual(["Forecasting", "Settlement"]);
    expect(der?.priorityUseCases).toEqual([]);
    expect(none).toMatchObject({
      named: false,
      gaps: [{ gapId: "G09", description: "", exists: false }],
      priorityUseCases: ["Emergency response"],
    });
    expect(view.gapsWithoutOption).toEqual([{ gapId: "G04", description: "Nobody closes this", row: 5 }]);
  });

  it("has no initiatives and every gap unclosed when the workbook has no Options tab", async () => {
    const view = keyInitiatives(await parsedBook({ gaps: [{ gapId: "G01" }] }));
    expect(view.initiatives).toEqual([]);
    expect(view.optionsSheet).toBeUndefined();
    expect(view.gapsWithoutOption.map((g) => g.gapId)).toEqual(["G01"]);
  });

  it("does not count a gap as closed by an option naming a missing one", async () => {
    const view = keyInitiatives(await parsedBook({ gaps: [{ gapId: "G01" }], options: [{ gapIds: "G1x" }] }));
    expect(view.gapsWithoutOption.map((g) => g.gapId)).toEqual(["G01"]);
  });
});

describe("priorityUseCases", () => {
  it.each([
    ["Yes", "A; B", ["A", "B"]],
    [" y ", "A", ["A"]],
    ["No", "A", []],
    ["Yes.", "A", ["A"]],
    ["\u201cNo\u201d", "A", []],
    ["", "A", []],
    ["Market settlement\nPlanning", "A", ["Market settlement", "Planning"]],
  ])("%j with use cases %j gives %j", (flag, useCases, expected) => {
    expect(priorityUseCases(flag, useCases)).toEqual(expected);
  });
});
