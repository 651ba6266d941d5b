/**
 * The labelled rows as objects. bench/labelled-rows.json is split as the file says: every third row
 * (index 2, 5, 8, ...) held out from tuning. bench/labelled-rows-fresh.json was written later, apart
 * from the suggester's code and the first set's rows; its honest figure was recorded in the second
 * round (docs/definitions.md), and from the third round it is tuning data like the dev rows.
 * Read by the suggest bench, by the rules' tolerance test and by the labelled sets' own test.
 */
import labelled from "./labelled-rows.json";
import labelledFresh from "./labelled-rows-fresh.json";
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

/** A labelled set as its file holds it: what it is, its column keys, and one array of cells per row. */
export interface LabelledSetFile {
  about: string;
  columns: string[];
  rows: string[][];
}

function rowsOf(file: LabelledSetFile, heldOut: (index: number) => boolean): LabelledRow[] {
  return file.rows.map((cells, index) => {
    const [useCaseGroup = "", useCase = "", activity = "", informationObject = "", capabilityId = "", category = ""] =
      cells;
    return { useCaseGroup, useCase, activity, informationObject, capabilityId, category, heldOut: heldOut(index) };
  });
}

export const labelledSetFiles: Readonly<Record<"tuned" | "fresh", LabelledSetFile>> = {
  tuned: labelled,
  fresh: labelledFresh,
};

export const labelledRows: readonly LabelledRow[] = rowsOf(labelled, (index) => index % 3 === 2);

/** The fresh set: measured untouched in the second round, tuned on from the third, so no row is held out. */
export const freshRows: readonly LabelledRow[] = rowsOf(labelledFresh, () => false);

/** The dev rows of bench/labelled-rows-dev.json: written and labelled for tuning, never held out. */
export const devRows: readonly LabelledRow[] = rowsOf(dev, () => false);

/** The second dev set (bench/labelled-rows-dev2.json), written once the first had been tuned on. */
export const dev2Rows: readonly LabelledRow[] = rowsOf(dev2, () => false);
