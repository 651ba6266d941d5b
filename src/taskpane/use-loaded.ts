/**
 * What a view shows, loaded from the workbook when the view opens and again whenever `when` changes
 * (the workbook's version, a Recount): the last value stays on screen while the next loads, and an
 * answer that arrives after the view moved on (a newer load, or closed) is dropped rather than shown
 * over a newer one.
 */
import { useEffect, useEffectEvent, useState } from "react";
import { errorMessage } from "./error-message";

export interface Loaded<T> {
  value: T | undefined;
  /** Why the last load failed, in words for the pane. */
  failure: string | undefined;
  /** Shows a value the view got another way (the outcome of an action). */
  setValue: (value: T) => void;
}

export function useLoaded<T>(load: () => Promise<T>, when: string | number): Loaded<T> {
  const [value, setValue] = useState<T>();
  // The failure belongs to the load that failed: a newer load hides it until it fails too.
  const [failed, setFailed] = useState<{ when: string | number; message: string }>();
  // The load as it is now; loading again is asked for by `when` alone.
  const loadNow = useEffectEvent(load);
  useEffect(() => {
    let current = true;
    loadNow().then(
      (next) => {
        if (current) setValue(() => next);
      },
      (error: unknown) => {
        if (current) setFailed({ when, message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [when]);
  return {
    value,
    failure: failed?.when === when ? failed.message : undefined,
    setValue: (next: T) => setValue(() => next),
  };
}
