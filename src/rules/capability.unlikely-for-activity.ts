/**
 * capability.unlikely-for-activity: the row's Level 3 capability is far from what its activity says,
 * and another capability's definition is clearly closer (src/definitions), the use case group's
 * domains weighed. Only a second look: the better capability is offered as a fix to review, with its
 * lookups (ID, name, Level 2, domain).
 */
import { capabilityEdits } from "../definitions/choice-edits";
import { level3OfRow, rowWordsOf } from "../definitions/row-suggestions";
import { snippetOf } from "../definitions/definition-gist";
import { unlikelyJudge } from "../definitions/unlikely-value";
import type { CategorisationColumn } from "../sheets/tab-definitions";
import { checkRowsByValues } from "./utils/column-values";
import { reportOncePerTab } from "./utils/findings-per-tab";
import { defineRule } from "../check/rule";
import { quote, tabsWith } from "./utils/rule-helpers";
import { reportWithEdits } from "./utils/report-with-edits";

export default defineRule({
  id: "capability.unlikely-for-activity",
  title: "Capability unlikely for the activity",
  severity: "info",
  scope: "row",
  description:
    'A Level 3 capability far from what the framework\'s capability definitions say about the row\'s activity, when another capability is clearly closer and two of the activity\'s own words (everyday verbs and the market\'s bodies aside) say so (docs/definitions.md). Questioned: "Calculate dynamic operating envelopes" under 1.1.1 Co-design goals and objectives (4.3.5 fits). Not questioned: the same under 4.3.5; "Settle VPP energy payments" under 4.4.2 (a sibling of 4.4.6 under the same Level 2 is a fine distinction, not a far value); "Forecast rooftop PV output" under 4.1.1; "Send and receive" under anything. The fix, to review, writes the better capability and its lookups.',
  messages: { unlikely: "A capability far from the activity's words while another is clearly closer." },
  check({ book, model }, reporter) {
    const judge = unlikelyJudge(model);
    for (const tab of tabsWith<CategorisationColumn>(book, ["categorisation"])) {
      // Each distinct combination of these columns is judged once (column-values.ts), and an
      // unchanged tab not again (findings-per-tab.ts).
      reportOncePerTab(tab, model, "capability.unlikely-for-activity", reporter, (reporter) =>
        checkRowsByValues(
          tab,
          ["capabilityId", "capability", "activity", "useCaseGroup", "informationObject", "useCase"],
          reporter,
          (row, reporter) => {
            const capability = level3OfRow(model, row);
            if (capability === undefined || row.text.activity === "") return;
            const verdict = judge.capability(row.text.activity, row.text.useCaseGroup, capability);
            if (verdict === undefined || !judge.confirmed(rowWordsOf(row), capability, verdict.better.capability))
              return;
            // The cell the analyst wrote the capability in: the ID when given, else the name.
            const target =
              row.text.capabilityId !== "" || tab.columns.capability === undefined ? "capabilityId" : "capability";
            const better = verdict.better.capability;
            const why = snippetOf(better.definition, verdict.better.because);
            reportWithEdits(
              reporter,
              tab,
              row,
              target,
              `The activity ${quote(row.text.activity)} is under ${capability.id} ${capability.name}; ${better.id} ${better.name}${why === undefined ? "" : ` (${why})`} fits its words better.`,
              target === "capabilityId" ? better.id : better.name,
              capabilityEdits(tab, row, better),
            );
          },
        ),
      );
    }
  },
});
