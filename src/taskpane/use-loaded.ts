/**
 * What a view shows, loaded from the workbook whenever `deps` change (a new workbook version, a
 * Recount): the last value stays on screen while the next loads, and an answer that arrives after
 * the view moved on (newer deps, or closed) is dropped rather than shown over a newer one.
 */
import { useEffect, useState, type DependencyList } from "react";
import { errorMessage } from "./error-message";

export interface Loaded<T> {
  value: T | undefined;
  /** Why the last load failed, in words for the pane. */
  failure: string | undefined;
  /** Shows a value the view got another way (the outcome of an action). */
  setValue: (value: T) => void;
}

export function useLoaded<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [value, setValue] = useState<T>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let current = true;
    setFailure(undefined);
    load().then(
      (next) => current && setValue(() => next),
      (error: unknown) => current && setFailure(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, deps);
  return { value, failure, setValue: (next: T) => setValue(() => next) };
}
