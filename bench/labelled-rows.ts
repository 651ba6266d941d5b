/**
 * The labelled rows as objects. bench/labelled-rows.json is split as the file says: every third row
 * (index 2, 5, 8, ...) held out from tuning. bench/labelled-rows-fresh.json was written later, apart
 * from the suggester's code and the first set's rows; its honest figure was recorded in the second
 * round (docs/definitions.md), and from the third round it is tuning data like the dev rows.
 * bench/labelled-rows-fresh2.json was written later still, by another engineer apart from the tuning and
 * from every other set's rows, while the third round was tuned: it is never tuned on, so all its rows are held out.
 * Read by the suggest bench, by the rules' tolerance test and by the labelled sets' own test.
 */
import labelled from "./labelled-rows.json";
import labelledFresh from "./labelled-rows-fresh.json";
import labelledFresh2 from "./labelled-rows-fresh2.json";
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

export const labelledSetFiles: Readonly<Record<"tuned" | "fresh" | "fresh2", LabelledSetFile>> = {
  tuned: labelled,
  fresh: labelledFresh,
  fresh2: labelledFresh2,
};

export const labelledRows: readonly LabelledRow[] = rowsOf(labelled, (index) => index % 3 === 2);

/** The fresh set: measured untouched in the second round, tuned on from the third, so no row is held out. */
export const freshRows: readonly LabelledRow[] = rowsOf(labelledFresh, () => false);

/** The second fresh set: written while the ranker was being tuned again elsewhere, never tuned on. */
export const fresh2Rows: readonly LabelledRow[] = rowsOf(labelledFresh2, () => true);

/** The dev rows of bench/labelled-rows-dev.json: written and labelled for tuning, never held out. */
export const devRows: readonly LabelledRow[] = rowsOf(dev, () => false);

/** The second dev set (bench/labelled-rows-dev2.json), written once the first had been tuned on. */
export const dev2Rows: readonly LabelledRow[] = rowsOf(dev2, () => false);
