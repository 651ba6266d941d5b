/**
 * Component tests wait for what the pane shows; on a loaded machine (CI's two cores running every
 * suite at once) a lazily loaded panel can take longer than Testing Library's default second.
 */
if (typeof document !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("@testing-library/react") as typeof import("@testing-library/react")).configure({ asyncUtilTimeout: 5000 });
}
