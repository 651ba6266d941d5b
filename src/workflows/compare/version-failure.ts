/**
 * Of two versions compared, which one could not be read: the failure's own message with the
 * version's name in front ("old.xlsx: This .xlsx file is damaged: ..."). The error keeps its class,
 * so whoever reports it (the command line's one line, the pane's message) treats it as before.
 */
export function failureOfVersion(name: string, error: unknown): unknown {
  if (error instanceof Error && !error.message.includes(name)) error.message = `${name}: ${error.message}`;
  return error;
}
