/**
 * The pane's state in one place, changed only by the actions below: which view is shown, the last
 * check, the message bar (a failure or what the last change did), the changes waiting in the
 * preview, live mode, and `version`, which moves whenever the workbook changed so the views read it
 * again. A message belongs to the view it was said in: another view starts without it.
 */
import type { ValidationReport } from "../check/validation-report";
import type { PendingChanges } from "./ChangePreview";

/** What the message bar says: a failure (with its title) or what a change did; with the batch to revert when there is one. */
export interface Notice {
  /** New for every notice, so each is shown, and announced, once. */
  id: number;
  intent: "error" | "success";
  title?: string;
  message: string;
  batchId?: string;
}

export type NoticeText = Omit<Notice, "id">;

export type LiveState = "on" | "off" | "starting";

export interface PaneState {
  view: string;
  report: ValidationReport | undefined;
  /** Counts checks, so the findings list starts again from its first page after each. */
  checks: number;
  checking: boolean;
  notice: Notice | undefined;
  /** Notices said so far. */
  notices: number;
  pending: PendingChanges | undefined;
  /** Moves after every change to the workbook (applied, reverted, a tool ran), so the views read it again. */
  version: number;
  live: LiveState;
}

export type PaneAction =
  | { type: "show view"; view: string }
  | { type: "check started" }
  | { type: "checked"; report: ValidationReport }
  /** Live mode's new report: no new check, so the list keeps its page. */
  | { type: "report updated"; report: ValidationReport }
  | { type: "check failed"; notice: NoticeText }
  | { type: "notice"; notice: NoticeText }
  | { type: "clear notice" }
  | { type: "propose"; pending: PendingChanges }
  | { type: "close preview" }
  | { type: "workbook changed" }
  | { type: "live"; live: LiveState };

export const initialPaneState: PaneState = {
  view: "check",
  report: undefined,
  checks: 0,
  checking: false,
  notice: undefined,
  notices: 0,
  pending: undefined,
  version: 0,
  live: "off",
};

/** The notice numbered after the last one said, so a repeated message is still a new notice. */
const said = (state: PaneState, notice: NoticeText): PaneState => ({
  ...state,
  notices: state.notices + 1,
  notice: { ...notice, id: state.notices + 1 },
});

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "show view":
      return action.view === state.view ? state : { ...state, view: action.view, notice: undefined };
    case "check started":
      return { ...state, checking: true, notice: state.notice?.intent === "error" ? undefined : state.notice };
    case "checked":
      return { ...state, checking: false, report: action.report, checks: state.checks + 1 };
    case "report updated":
      return { ...state, report: action.report };
    case "check failed":
      return said({ ...state, checking: false, report: undefined }, action.notice);
    case "notice":
      return said(state, action.notice);
    case "clear notice":
      return state.notice === undefined ? state : { ...state, notice: undefined };
    case "propose":
      return { ...state, pending: action.pending };
    case "close preview":
      return { ...state, pending: undefined };
    case "workbook changed":
      return { ...state, version: state.version + 1 };
    case "live":
      return { ...state, live: action.live };
  }
}
