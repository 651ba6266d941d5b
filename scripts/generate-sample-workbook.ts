/** Regenerates seeds/sample-workbook.xlsx, the workbook the README's quick start checks. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { sampleWorkbookBytes } from "./sample/write-sample-workbook";

const target = resolve(__dirname, "..", "seeds", "sample-workbook.xlsx");
void sampleWorkbookBytes().then((bytes) => {
  writeFileSync(target, bytes);
  process.stdout.write(`wrote ${target} (${bytes.length} bytes)\n`);
});
