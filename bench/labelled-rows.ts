/**
 * The labelled rows of bench/labelled-rows.json as objects, split as the file says: every third row
 * (index 2, 5, 8, ...) held out from tuning. Read by the suggest bench and by the rules' tolerance test.
 */
import labelled from "./labelled-rows.json";
import dev from "./labelled-rows-dev.json";
import dev2 from "./labelled-rows-dev2.json";

export interface LabelledRow {
  useCaseGroup: string;
  useCase: string;
  activity: string;
  informationObject: string;
  capabilityId: string;
  category: string;
  heldOut: boolean;
}

export const labelledRows: readonly LabelledRow[] = labelled.rows.map((cells, index) => {
  const [useCaseGroup = "", useCase = "", activity = "", informationObject = "", capabilityId = "", category = ""] =
    cells;
  return { useCaseGroup, useCase, activity, informationObject, capabilityId, category, heldOut: index % 3 === 2 };
});

const asDevRow = (cells: readonly string[]): LabelledRow => {
  const [useCaseGroup = "", useCase = "", activity = "", informationObject = "", capabilityId = "", category = ""] =
    cells;
  return { useCaseGroup, useCase, activity, informationObject, capabilityId, category, heldOut: false };
};

/** The dev rows of bench/labelled-rows-dev.json: written and labelled for tuning, never held out. */
export const devRows: readonly LabelledRow[] = dev.rows.map(asDevRow);

/** The second dev set (bench/labelled-rows-dev2.json), written once the first had been tuned on. */
export const dev2Rows: readonly LabelledRow[] = dev2.rows.map(asDevRow);
