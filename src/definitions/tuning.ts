/**
 * The framework index's weights in one place, tuned on the training rows of
 * bench/labelled-rows.json, the dev rows of bench/labelled-rows-dev*.json and, from round 3, the
 * fresh rows (never the held-out ones; `npx tsx bench/suggest-tuning.ts` prints what they are tuned
 * on, `npx tsx bench/suggest-kfold.ts` cross-validates one weight over them): how much each column of the
 * row speaks for the capability and for the category, how much a name counts against a definition,
 * phrases and NEM expansions against single words, the use case group's prior, the Level 2
 * siblings' share and the nearest rows' votes.
 */
export const TUNING = {
  /**
   * How much an abbreviation's expansion (synonyms.ts) counts against the word itself. 0.6, the
   * middle of a flat 0.55-0.65, chosen by 5-fold cross-validation over training, dev and fresh rows
   * (bench/suggest-kfold.ts: 85.8% against 85.3% at 0.5, capability and category top-3 together).
   */
  expansionWeight: 0.6,
  /** How much two neighbouring words count as a phrase, on top of each word. */
  phraseWeight: 0.5,
  /** A Level 3 gains this share of the mean score of its Level 2 siblings (the activity names the Level 2's topic). */
  siblingShare: 0.7,
  /** How much the row's likeliest capabilities speak for the categories their definitions read as (FrameworkIndex.bridged). */
  bridgeShare: 0.6,
  /** How many of the likeliest capabilities speak. */
  bridgeCapabilities: 3,
  /** How much a market body or network business ("AEMO", "DNSP", "Ausgrid") and its expansion count. */
  bodyWeight: 0.6,
  capabilityQuery: { activity: 1, informationObject: 0.5, useCase: 0.35 },
  categoryQuery: { activity: 0.7, informationObject: 1, useCase: 0.4 },
  nameWeight: 3,
  categoryNameWeight: 3,
  parentWeight: 1,
  groupWeight: 2,
  /**
   * A word the name and the definition both hold (weighted tf 4 and more) keeps earning; k1 1.2
   * saturated it at the name alone and let a definition that merely mentions the word draw level
   * (category top-3 on training and dev rows 85.8% at 1.2, 88.7% at 3). The suggestions and the
   * two rules rank with these same weights.
   */
  capabilityBm25: { k1: 3, b: 0.75 },
  categoryBm25: { k1: 3, b: 0.75 },
  /** A capability in one of the use case group's domains counts this much more. */
  groupPrior: 1.5,
  /** A row of the workbook as near as can be (all its words the query's) votes this raw score. */
  neighbourWeight: 4,
  neighbours: 3,
  /** The raw score that reads as 0.5 (a term earns at most its weight times its idf, see bm25.ts). */
  halfScore: 1.82,
};
