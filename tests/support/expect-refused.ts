/** A command line refused: exit status 2, nothing on stdout, and one line on stderr matching `message`. */
export function expectRefused(result: { exitCode: number; stderr: string; stdout: string }, message: RegExp): void {
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
}
