/**
 * Every rule, in the order their findings read best: the tab's shape first, then cells, rows, and
 * checks across rows and tabs. Adding a rule means adding its file, its test and a line here.
 */
import capabilityGroupUnknown from "./capability-group.unknown";
import capabilityStatusUnknown from "./capability-status.unknown";
import capabilityDomainMismatch from "./capability.domain-mismatch";
import capabilityGroupMismatch from "./capability.group-mismatch";
import capabilityIdNameMismatch from "./capability.id-name-mismatch";
import capabilityIdWithName from "./capability.id-with-name";
import capabilityMissing from "./capability.missing";
import capabilityOutsideUseCaseGroup from "./capability.outside-use-case-group";
import capabilityUnknownId from "./capability.unknown-id";
import capabilityUnknownName from "./capability.unknown-name";
import capabilityUnlikelyForActivity from "./capability.unlikely-for-activity";
import categoryGroupMismatch from "./category.group-mismatch";
import categoryUnknown from "./category.unknown";
import categoryUnlikelyForObject from "./category.unlikely-for-object";
import cellFormulaError from "./cell.formula-error";
import coverageGapWithoutOption from "./coverage.gap-without-option";
import domainUnknown from "./domain.unknown";
import frequencyUnreadable from "./frequency.unreadable";
import gapTypeUnknown from "./gap-type.unknown";
import gapDuplicateId from "./gap.duplicate-id";
import gapEvidenceMissing from "./gap.evidence-missing";
import gapUnknownObject from "./gap.unknown-object";
import headerDuplicateColumn from "./header.duplicate-column";
import headerMissingColumns from "./header.missing-columns";
import headerNotFound from "./header.not-found";
import informationGroupUnknown from "./information-group.unknown";
import interfaceUnknown from "./interface.unknown";
import latencyAsPerFrequencyPeriodic from "./latency.as-per-frequency-periodic";
import latencyExceedsFrequency from "./latency.exceeds-frequency";
import latencyUnreadable from "./latency.unreadable";
import majorOutcomeUnknown from "./major-outcome.unknown";
import periodIdiom from "./period.idiom";
import objectCategoryInconsistent from "./object.category-inconsistent";
import objectNearDuplicateName from "./object.near-duplicate-name";
import objectSensitivityInconsistent from "./object.sensitivity-inconsistent";
import optionDuplicateId from "./option.duplicate-id";
import optionUnknownGap from "./option.unknown-gap";
import priorityUnknown from "./priority.unknown";
import qualityRationaleMissing from "./quality.rationale-missing";
import qualityUnknown from "./quality.unknown";
import referenceUnknownUseCase from "./reference.unknown-use-case";
import requiredMissing from "./required.missing";
import roleUnknown from "./role.unknown";
import rowDuplicate from "./row.duplicate";
import rowNotData from "./row.not-data";
import sensitivityUnknown from "./sensitivity.unknown";
import spellingNonCanonical from "./spelling.non-canonical";
import tabSeveralCandidates from "./tab.several-candidates";
import useCaseGroupUnknown from "./use-case-group.unknown";
import type { Rule } from "../check/rule";

export const rules: readonly Rule[] = [
  tabSeveralCandidates,
  headerNotFound,
  headerMissingColumns,
  headerDuplicateColumn,
  rowNotData,
  requiredMissing,
  cellFormulaError,
  useCaseGroupUnknown,
  capabilityMissing,
  capabilityUnknownId,
  capabilityIdWithName,
  capabilityUnknownName,
  capabilityIdNameMismatch,
  capabilityGroupUnknown,
  capabilityGroupMismatch,
  domainUnknown,
  capabilityDomainMismatch,
  capabilityOutsideUseCaseGroup,
  capabilityUnlikelyForActivity,
  categoryUnknown,
  informationGroupUnknown,
  categoryGroupMismatch,
  categoryUnlikelyForObject,
  roleUnknown,
  interfaceUnknown,
  frequencyUnreadable,
  latencyUnreadable,
  latencyExceedsFrequency,
  latencyAsPerFrequencyPeriodic,
  periodIdiom,
  sensitivityUnknown,
  qualityUnknown,
  qualityRationaleMissing,
  spellingNonCanonical,
  objectCategoryInconsistent,
  objectSensitivityInconsistent,
  objectNearDuplicateName,
  rowDuplicate,
  gapTypeUnknown,
  capabilityStatusUnknown,
  majorOutcomeUnknown,
  priorityUnknown,
  gapDuplicateId,
  gapEvidenceMissing,
  gapUnknownObject,
  referenceUnknownUseCase,
  optionDuplicateId,
  optionUnknownGap,
  coverageGapWithoutOption,
];
