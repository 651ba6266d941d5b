/**
 * Running one of a view's operations: busy while it runs, its failure kept to show (in a ProblemBar,
 * which announces itself), and its outcome sentence announced to screen readers once. A failure is
 * never thrown at the view. Each run gets a new `attempt`, so a failure repeated word for word is
 * shown, and announced, again.
 */
import { useAnnounce } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { errorMessage } from "./error-message";

export interface Operation {
  busy: boolean;
  /** Why the last run failed, in words for the pane. */
  failure: string | undefined;
  /** Counts runs: a key for the failure's message bar. */
  attempt: number;
  /**
   * Runs `action`; `outcome` words what it gave, announced politely. Resolves to its value, or to
   * undefined when it failed.
   */
  run: <T>(action: () => Promise<T>, outcome?: (value: T) => string | undefined) => Promise<T | undefined>;
}

export function useOperation(): Operation {
  const { announce } = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const run = useCallback(
    async <T>(action: () => Promise<T>, outcome?: (value: T) => string | undefined): Promise<T | undefined> => {
      setBusy(true);
      setFailure(undefined);
      setAttempt((n) => n + 1);
      try {
        const value = await action();
        const said = outcome?.(value);
        if (said !== undefined) announce(said, { polite: true });
        return value;
      } catch (error) {
        setFailure(errorMessage(error));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [announce],
  );
  return { busy, failure, attempt, run };
}
