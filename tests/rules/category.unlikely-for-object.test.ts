import rule from "../../src/rules/category.unlikely-for-object";
import { findingsOf, testRule } from "../support/rule-tester";

const settlement = {
  useCaseGroup: "OTN",
  useCase: "Market operations",
  activity: "Settle VPP energy payments",
  informationObject: "Settlement statement",
};
const commissioning = { informationCategory: "Commissioning", informationGroup: "Master Data" };

testRule(rule, {
  valid: [
    { name: "the baseline row (Market forecast as Forecast)", categorisation: [{}] },
    {
      name: "a settlement statement as Financial",
      categorisation: [{ ...settlement, informationCategory: "Financial", informationGroup: "Transactions" }],
    },
    {
      name: "an object whose words the descriptions do not speak of",
      categorisation: [{ activity: "Handle item", informationObject: "Misc item", ...commissioning }],
    },
    {
      name: "a category that is merely not the first choice (DOE breach notice as Breach & Compensation)",
      categorisation: [
        {
          activity: "Report DOE breaches",
          informationObject: "DOE breach notice",
          informationCategory: "Breach & Compensation",
          informationGroup: "Contracts",
        },
      ],
    },
    {
      name: "a category of the same group (a settlement statement as Activation, both Transactions): near, not far",
      categorisation: [{ ...settlement, informationCategory: "Activation", informationGroup: "Transactions" }],
    },
    {
      name: "an unknown category (category.unknown's business)",
      categorisation: [{ ...settlement, informationCategory: "Commissionings" }],
    },
    { name: "no information object", categorisation: [{ ...settlement, informationObject: "", ...commissioning }] },
  ],
  invalid: [
    {
      name: "a settlement statement categorised as Commissioning",
      categorisation: [{ ...settlement, ...commissioning }],
      findings: [
        {
          cell: "J2",
          fix: {
            applicability: "review",
            edits: [
              { cell: "J2", value: "Financial" },
              { cell: "I2", value: "Transactions" },
            ],
          },
          suggestion: "Financial",
          message:
            /^"Settlement statement" is categorised as Commissioning \(installing, testing, and activating CER devices\); Financial \(.*settlements.*\) fits its words better\.$/,
        },
      ],
    },
    {
      name: "a dynamic operating envelope categorised as Outage Plan, on the second row only",
      categorisation: [
        {},
        {
          activity: "Calculate envelopes per NMI",
          informationObject: "Dynamic operating envelope",
          informationCategory: "Outage Plan",
          informationGroup: "Power system Models",
        },
      ],
      findings: [
        {
          cell: "J3",
          fix: {
            applicability: "review",
            edits: [
              { cell: "J3", value: "DOE" },
              { cell: "I3", value: "Forecasting" },
            ],
          },
          suggestion: "DOE",
          message: /categorised as Outage Plan .* DOE \(/,
        },
      ],
    },
  ],
});

describe("category.unlikely-for-object's fix", () => {
  it("writes the better category and its group, to review, expecting what the cells show", async () => {
    const [finding] = await findingsOf(rule, { categorisation: [{ ...settlement, ...commissioning }] });
    expect(finding?.fix).toEqual({
      applicability: "review",
      edits: [
        {
          sheet: "Data Categorisation",
          cell: "J2",
          row: 2,
          column: "Information Category",
          value: "Financial",
          previous: "Commissioning",
        },
        {
          sheet: "Data Categorisation",
          cell: "I2",
          row: 2,
          column: "Information Group",
          value: "Transactions",
          previous: "Master Data",
        },
      ],
    });
  });
});
