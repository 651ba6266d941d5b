/**
 * The Review view's actions, bound to their ports once, after workbook-actions.ts: the check with
 * the consistency review and the waivers, accepting a finding, and removing waivers. The
 * consistency review's changes go through WorkbookActions.apply like every other change.
 */
import type { Finding, Waiver } from "../check/finding";
import type { ValidationReport } from "../check/validation-report";
import type { Acceptance } from "../workflows/review/waivers";
import { boundPorts, type ActionPorts } from "./workbook-actions";

export interface ReviewState {
  /** The check with waivers applied and the consistency review; `staleWaivers` lists what no longer matches. */
  report: ValidationReport;
  /** Every waiver the workbook keeps. */
  waivers: Waiver[];
}

export interface ReviewActions {
  review: () => Promise<ReviewState>;
  /** Keeps a waiver for the finding, with who and why. */
  acceptFinding: (finding: Finding, acceptance: Acceptance) => Promise<Waiver>;
  /** Removes these waivers; returns how many were removed. */
  removeWaivers: (waivers: readonly Waiver[]) => Promise<number>;
}

export function reviewActions(ports: ActionPorts): ReviewActions {
  const { read, write, checkPorts, mapping } = boundPorts(ports);
  return {
    review: async () => {
      const { report, waivers } = await (
        await import("../workflows/check/check")
      ).checkWorkbook(await checkPorts(), await ports.model(), { review: true });
      return { report, waivers };
    },
    acceptFinding: async (finding, acceptance) =>
      (await import("../workflows/review/waivers")).acceptFinding(
        { reader: await read(), writer: await write() },
        finding,
        acceptance,
        { overrides: await mapping() },
      ),
    removeWaivers: async (waivers) =>
      (await import("../workflows/review/waivers")).removeWaivers(await write(), waivers),
  };
}
