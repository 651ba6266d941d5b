/** The sentence the pane shows for a failure, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  if (typeof error === "string" && error.trim() !== "") return error;
  return "Something went wrong, and Excel gave no reason.";
}
