/**
 * The roles a workbook's Initiator and Receiver are read against: its Roles tab when it has one,
 * else the default NEM roles. Its own module so that what reads roles (the consistency review, the
 * reports) does not import the runner and, with it, every rule.
 */
import { ClosedVocabulary } from "../model/closed-vocabulary";
import type { ReferenceModel } from "../model/reference-model";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";

export function roleVocabulary(book: ParsedWorkbook, model: ReferenceModel): ClosedVocabulary {
  return book.roles !== undefined && book.roles.terms.length > 0
    ? new ClosedVocabulary("role", book.roles.terms)
    : model.defaultRoles;
}
