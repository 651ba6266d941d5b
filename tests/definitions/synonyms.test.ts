/**
 * The NEM vocabulary reads analysts' abbreviations as the framework's own words: every word on the
 * right of synonyms.ts occurs in the framework text (case aside), so an expansion can only ever
 * point at the framework's definitions, never at words of this project's invention.
 */
import { NEM_SYNONYMS } from "../../src/definitions/synonyms";
import { frameworkTextPath, readFrameworkText } from "../support/framework-text";

const text = readFrameworkText();
if (text === undefined) console.warn(`skipped: framework text not found at ${frameworkTextPath}`);
const itWithText = text === undefined ? it.skip : it;

describe("NEM synonyms", () => {
  itWithText("expand only into words of the framework text", () => {
    const words = new Set(
      (text ?? "")
        .toLowerCase()
        .split(/[^a-z0-9-]+/)
        .flatMap((w) => [w, ...w.split("-")]),
    );
    const missing = Object.entries(NEM_SYNONYMS).flatMap(([key, expansion]) =>
      expansion
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => !words.has(word))
        .map((word) => `${key}: ${word}`),
    );
    expect(missing).toEqual([]);
  });

  it("are keyed by lower-case words or two-word phrases", () => {
    for (const key of Object.keys(NEM_SYNONYMS)) expect(key).toMatch(/^[a-z0-9/-]+( [a-z0-9/-]+)?$/);
  });
});
