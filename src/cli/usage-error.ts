/** Wrong or missing command-line arguments: reported in one line, exit status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
