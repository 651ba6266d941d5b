/**
 * Which columns hold a closed vocabulary, and which vocabulary. Both the "<column>.unknown" rules
 * (a value outside the vocabulary) and spelling.non-canonical (a valid value spelt another way)
 * read this one table, so a new closed column is added here once.
 */
import type { ClosedVocabulary } from "../../model/closed-vocabulary";
import type { ReferenceModel } from "../../model/reference-model";

type TabId = "categorisation" | "gaps" | "options";

export interface ClosedColumn {
  /** Column key, shared by every tab listed. */
  column: string;
  tabs: readonly TabId[];
  vocabulary: (model: ReferenceModel) => ClosedVocabulary;
  /** Spellings other than the term's name that are canonical too (a Use Case Group's code). */
  alsoCanonical?: (model: ReferenceModel) => ReadonlySet<string>;
}

export const closedColumns = {
  useCaseGroup: {
    column: "useCaseGroup",
    tabs: ["categorisation"],
    vocabulary: (m) => m.useCaseGroups,
    alsoCanonical: (m) => new Set(m.useCaseGroups.terms.map((group) => group.code)),
  },
  interface: { column: "interface", tabs: ["categorisation"], vocabulary: (m) => m.interfaces },
  sensitivity: { column: "sensitivity", tabs: ["categorisation"], vocabulary: (m) => m.sensitivities },
  quality: { column: "quality", tabs: ["categorisation"], vocabulary: (m) => m.qualities },
  informationCategory: {
    column: "informationCategory",
    tabs: ["categorisation", "gaps"],
    vocabulary: (m) => m.information.categories,
  },
  informationGroup: { column: "informationGroup", tabs: ["categorisation"], vocabulary: (m) => m.information.groups },
  gapType: { column: "gapType", tabs: ["gaps"], vocabulary: (m) => m.gapTypes },
  capabilityStatus: { column: "capabilityStatus", tabs: ["gaps"], vocabulary: (m) => m.capabilityStatuses },
  majorOutcome: { column: "majorOutcome", tabs: ["gaps"], vocabulary: (m) => m.majorOutcomes },
  priority: { column: "priority", tabs: ["gaps"], vocabulary: (m) => m.priorities },
} satisfies Record<string, ClosedColumn>;
