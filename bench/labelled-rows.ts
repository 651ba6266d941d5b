/**
 * The labelled rows as objects. bench/labelled-rows.json is split as the file says: every third row
 * (index 2, 5, 8, ...) held out from tuning. bench/labelled-rows-fresh.json was written later, apart
 * from the suggester's code and the first set's rows, and is never tuned on: all its rows are held out.
 * bench/labelled-rows-fresh2.json was written later still, by another engineer apart from the tuning and
 * from every other set's rows; it too is never tuned on, so all its rows are held out.
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

/** The fresh set: never looked at while tuning, so every row is held out. */
export const freshRows: readonly LabelledRow[] = rowsOf(labelledFresh, () => true);

/** The second fresh set: written while the ranker was being tuned again elsewhere, never tuned on. */
export const fresh2Rows: readonly LabelledRow[] = rowsOf(labelledFresh2, () => true);

/** The dev rows of bench/labelled-rows-dev.json: written and labelled for tuning, never held out. */
export const devRows: readonly LabelledRow[] = rowsOf(dev, () => false);

/** The second dev set (bench/labelled-rows-dev2.json), written once the first had been tuned on. */
export const dev2Rows: readonly LabelledRow[] = rowsOf(dev2, () => false);
