/**
 * Attack: Ctrl-C (SIGINT), SIGTERM or SIGHUP (the terminal closed) while a command writes its
 * output. The temporary file is removed, the process ends with 130, 143 or 129 as a shell reports
 * those signals, and the target is as it was (absent, or the file it held). The real command is
 * spawned (node with tsx) on a heavy book and signalled the moment its temporary file appears; the
 * handler itself is also driven in-process.
 */
import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  rmSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  watch,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeFileAtomic, type AtomicWriteIo } from "../../src/cli/atomic-write";
import { heavyBook } from "../support/hostile-files";

const root = resolve(__dirname, "../..");

/**
 * Spawns the command (niced, so a busy machine slows it rather than the test) and, the moment its
 * temporary file appears, stops it (SIGSTOP: it cannot finish the write meanwhile), checks the write
 * is still under way, sends the signal and lets it go on (SIGCONT). A write that finished before the
 * stop landed proves nothing: that run is repeated, up to three times.
 */
async function signalDuringWrite(
  dir: string,
  argv: string[],
  signal: NodeJS.Signals,
  out: string,
): Promise<{ code: number | null; stderr: string; signalled: boolean }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await new Promise<{ code: number | null; stderr: string; signalled: boolean; raced: boolean }>(
      (done) => {
        const before = existsSync(out) ? readFileSync(out) : undefined;
        // node itself with tsx as its loader: one process (the tsx command would relay signals to a second one).
        const child = spawn(
          "nice",
          ["-n", "19", process.execPath, "--import", "tsx", join(root, "src/cli/main.ts"), ...argv],
          { cwd: root, stdio: ["ignore", "ignore", "pipe"] },
        );
        let stderr = "";
        let signalled = false;
        let raced = false;
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        const watcher = watch(dir, (_event, name) => {
          if (signalled || raced || typeof name !== "string" || !name.endsWith(".tmp")) return;
          child.kill("SIGSTOP");
          const replaced = existsSync(out) && (before === undefined || !readFileSync(out).equals(before));
          if (replaced) {
            raced = true;
            child.kill("SIGCONT");
            return;
          }
          signalled = true;
          child.kill(signal);
          child.kill("SIGCONT");
        });
        child.on("exit", (code) => {
          watcher.close();
          done({ code, stderr, signalled, raced: raced || !signalled });
        });
      },
    );
    if (!result.raced) return result;
    rmSync(out, { force: true });
  }
  return { code: null, stderr: "the write always finished before the signal could be sent", signalled: false };
}

describe("attack: signals during a write", () => {
  const dir = mkdtempSync(join(tmpdir(), "attack-signal-"));
  const input = join(dir, "heavy.xlsx");
  beforeAll(() => writeFileSync(input, heavyBook(readFileSync(join(root, "seeds/sample-workbook.xlsx")), 96)));

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)(
    "%s during fix's write: exit %i, no temporary file, no output",
    async (signal, status) => {
      const out = join(dir, `fixed-${signal}.xlsx`);
      const result = await signalDuringWrite(dir, ["fix", input, "--out", out], signal, out);
      expect(result.signalled).toBe(true);
      expect(result.code).toBe(status);
      expect(result.stderr).toMatch(new RegExp(`^Interrupted \\(${signal}\\): the output file was not written\\.\\n$`));
      expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
      expect(existsSync(out)).toBe(false);
    },
    60_000,
  );

  it("SIGINT during fix --force over an existing file leaves that file as it was", async () => {
    const out = join(dir, "existing.xlsx");
    writeFileSync(out, "the analyst's own file");
    const result = await signalDuringWrite(dir, ["fix", input, "--out", out, "--force"], "SIGINT", out);
    expect(result.code).toBe(130);
    expect(readFileSync(out, "utf8")).toBe("the analyst's own file");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  }, 60_000);

  it("in-process: the handler removes the temporary file and exits 130 mid-write", async () => {
    const folder = mkdtempSync(join(tmpdir(), "attack-signal-unit-"));
    const exits: Array<number | undefined> = [];
    const exit = jest.spyOn(process, "exit").mockImplementation((code?: string | number | null) => {
      exits.push(code === null ? undefined : Number(code));
      throw new Error("exited");
    });
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    let chunks = 0;
    const io: AtomicWriteIo = {
      openSync,
      fsyncSync,
      closeSync,
      renameSync,
      unlinkSync,
      writeSync: (fd, bytes, offset, length) => {
        if (chunks++ === 1) process.emit("SIGINT", "SIGINT");
        return writeSync(fd, bytes, offset, length);
      },
    };
    try {
      await expect(writeFileAtomic(join(folder, "out.xlsx"), new Uint8Array(5 * 1024 * 1024), io)).rejects.toThrow(
        "exited",
      );
    } finally {
      exit.mockRestore();
      stderr.mockRestore();
    }
    expect(exits).toEqual([130]);
    expect(readdirSync(folder)).toEqual([]);
    expect(process.listenerCount("SIGINT")).toBe(0);
  });
});
