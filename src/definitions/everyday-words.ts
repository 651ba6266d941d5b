/**
 * Words of a row that say little about which capability or category is meant:
 * - the verbs that open half the activities of any workbook and the nouns that name any kind of
 *   document ("notice", "report");
 * - the market's bodies and the network businesses (AEMO, the AER, a DNSP, Ausgrid...), which say
 *   who acts, not what about.
 * The two rules never count them as evidence against the analyst's choice, and the index weighs
 * the bodies less in a query (TUNING.bodyWeight). Compared by stem, so
 * "operating", "operations" and "operational" are all "operate".
 */
import { stemsOf } from "./words";

const VERBS_AND_DOCUMENTS =
  "define develop manage run issue publish send receive share provide create maintain update register record report submit monitor operate set establish make check review prepare deliver collect exchange notify " +
  "notice notification plan list file request statement document summary details letter form log requirement reqs req";

const BODIES =
  "aemo aer aemc dnsp tnsp nsp lnsp frmp oem esb dcceew ecmc " +
  "ausgrid endeavour essential energex ergon sapn evoenergy powercor citipower jemena tasnetworks ausnet transgrid electranet powerlink";

/** Stems of everyday verbs and document nouns. */
export const EVERYDAY_STEMS: ReadonlySet<string> = new Set(stemsOf(VERBS_AND_DOCUMENTS));

/** Stems of the market's bodies and the network businesses. */
export const BODY_STEMS: ReadonlySet<string> = new Set(stemsOf(BODIES));
