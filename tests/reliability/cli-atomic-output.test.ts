/**
 * `fix` and `template` write their output whole or not at all. Each test says what it simulates:
 * - a read-only output folder: chmod 0555 when the tests run as a normal user; as root chmod does not
 *   stop writes, so that case is skipped and the injected-failure tests below stand in for it;
 * - a full disk: the temporary file's write fails with ENOSPC, injected through the writer's `io`
 *   (a real full disk cannot be made here; /dev/full, a device written in place, gives a real
 *   ENOSPC and shows the command reports it in one line);
 * - a failing rename (EXDEV, EACCES, ...), also injected;
 * - another program making the target while the output is written (injected at the fsync).
 * After each, the folder holds no new file: neither the output nor the temporary file.
 */
import {
  chmodSync,
  chownSync,
  existsSync,
  statSync,
  mkdtempSync,
  readdirSync,
  writeFileSync,
  writeSync as realWriteSync,
  openSync,
  closeSync,
  fsyncSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic, type AtomicWriteIo } from "../../src/cli/atomic-write";
import { runCli } from "../../src/cli/main";
import { richWorkbookBytes } from "../support/rich-workbook-fixture";

const realIo: AtomicWriteIo = { openSync, writeSync: realWriteSync, fsyncSync, closeSync, renameSync, unlinkSync };
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function enospc(): Error {
  return Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
}

describe("atomic output of the command line", () => {
  let folder: string;
  let input: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "atomic-cli-"));
    input = join(folder, "book.xlsx");
    writeFileSync(input, await richWorkbookBytes());
  });

  it("writes the whole file and leaves no temporary file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-ok-"));
    await writeFileAtomic(join(dir, "out.xlsx"), new Uint8Array(3_000_000).fill(7));
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("writes a file whose name is as long as the file system allows (255 bytes, multi-byte letters too)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-long-"));
    for (const name of [`${"n".repeat(250)}.xlsx`, `${"é".repeat(125)}.xlsx`]) {
      expect(Buffer.byteLength(name)).toBe(255);
      await writeFileAtomic(join(dir, name), "whole");
      expect(readFileSync(join(dir, name), "utf8")).toBe("whole");
    }
    const fixed = await runCli(["fix", input, "--out", join(dir, `${"f".repeat(250)}.xlsx`)]);
    expect(fixed.stderr).toBe("");
    expect(fixed.exitCode).toBe(0);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("a file replaced keeps its permissions (a private 0600 file stays private) and, as root, its owner", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-mode-"));
    const report = join(dir, "private.txt");
    writeFileSync(report, "");
    chmodSync(report, 0o600);
    await writeFileAtomic(report, "secret findings");
    expect(statSync(report).mode & 0o7777).toBe(0o600);
    const book = join(dir, "private.xlsx");
    writeFileSync(book, "old");
    chmodSync(book, 0o640);
    if (isRoot) chownSync(book, 4321, 4321);
    expect((await runCli(["fix", input, "--out", book, "--force"])).exitCode).toBe(0);
    expect(statSync(book).mode & 0o7777).toBe(0o640);
    if (isRoot) expect([statSync(book).uid, statSync(book).gid]).toEqual([4321, 4321]);
    expect(readFileSync(book).subarray(0, 2).toString()).toBe("PK");
  });

  it("writes a device such as /dev/null in place instead of renaming a file over it", async () => {
    await writeFileAtomic("/dev/null", "report");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("a disk that fills half-way through the write (ENOSPC injected after the first chunk) leaves neither output nor temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-full-"));
    let calls = 0;
    const io: AtomicWriteIo = {
      ...realIo,
      writeSync: (fd, bytes, offset, length) => {
        if (calls++ > 0) throw enospc();
        return realWriteSync(fd, bytes, offset, Math.min(length, 1000));
      },
    };
    await expect(writeFileAtomic(join(dir, "out.xlsx"), new Uint8Array(5000), io)).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a failing rename (injected EACCES) leaves an existing output untouched and no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-rename-"));
    writeFileSync(join(dir, "out.xlsx"), "previous");
    const io: AtomicWriteIo = {
      ...realIo,
      renameSync: () => {
        throw Object.assign(new Error("EACCES: permission denied, rename"), { code: "EACCES" });
      },
    };
    await expect(writeFileAtomic(join(dir, "out.xlsx"), "new", io)).rejects.toThrow(/EACCES/);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("a file made at the target while the output is written (another run, another program) is kept: nothing replaced, no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-race-"));
    const target = join(dir, "out.xlsx");
    const io: AtomicWriteIo = {
      ...realIo,
      fsyncSync: (fd) => {
        writeFileSync(target, "made meanwhile");
        fsyncSync(fd);
      },
    };
    await expect(writeFileAtomic(target, "ours", io, { replace: false })).rejects.toThrow(/EEXIST/);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(readFileSync(target, "utf8")).toBe("made meanwhile");
  });

  it("fix into a new file that another program makes meanwhile: one line, that file kept; --force replaces it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-race-cmd-"));
    const target = join(dir, "fixed.xlsx");
    const atomic = await import("../../src/cli/atomic-write");
    const original = atomic.writeFileAtomic;
    const meanwhile: AtomicWriteIo = {
      ...realIo,
      fsyncSync: (fd) => {
        writeFileSync(target, "the other run's workbook");
        fsyncSync(fd);
      },
    };
    const spy = jest
      .spyOn(atomic, "writeFileAtomic")
      .mockImplementation((path, bytes, _io, options) => original(path, bytes, meanwhile, options));
    try {
      const fixed = await runCli(["fix", input, "--out", target]);
      expect(fixed.exitCode).toBe(2);
      expect(fixed.stderr).toMatch(
        /^Cannot write .*fixed\.xlsx: it was made by another program while cerdc wrote it, and is left as it is; choose a new file or add --force to replace it\.\n$/,
      );
      expect(readFileSync(target, "utf8")).toBe("the other run's workbook");
      expect(readdirSync(dir)).toEqual(["fixed.xlsx"]);
      rmSync(target);
      expect((await runCli(["fix", input, "--out", target, "--force"])).exitCode).toBe(0);
      expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
    } finally {
      spy.mockRestore();
    }
  });

  (isRoot ? it.skip : it)(
    "fix and template into a read-only folder (chmod 0555, not root) fail with one line and create nothing",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "atomic-ro-"));
      chmodSync(dir, 0o555);
      try {
        const fixed = await runCli(["fix", input, "--out", join(dir, "fixed.xlsx")]);
        expect(fixed.exitCode).toBe(2);
        expect(fixed.stderr).toMatch(/^Cannot write .*fixed\.xlsx: permission denied \(EACCES\)$/m);
        const template = await runCli(["template", "--out", join(dir, "t.xlsx")]);
        expect(template.exitCode).toBe(2);
        expect(readdirSync(dir)).toEqual([]);
      } finally {
        chmodSync(dir, 0o755);
      }
    },
  );

  // A device is written in place (no rename over it), so /dev/full gives a real ENOSPC from the
  // kernel: the command answers in one line and /dev/full is still the device.
  (existsSync("/dev/full") ? it : it.skip)("fix with --out /dev/full (a real ENOSPC) fails in one line", async () => {
    const result = await runCli(["fix", input, "--out", "/dev/full", "--force"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^Cannot write \/dev\/full: no space left on the device \(ENOSPC\)$/m);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });

  it("fix and template report an injected full disk in one line and leave the folder as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-cmd-"));
    const atomic = await import("../../src/cli/atomic-write");
    const original = atomic.writeFileAtomic;
    const full: AtomicWriteIo = {
      ...realIo,
      writeSync: () => {
        throw enospc();
      },
    };
    const spy = jest
      .spyOn(atomic, "writeFileAtomic")
      .mockImplementation((target, bytes, _io, options) => original(target, bytes, full, options));
    try {
      const fixed = await runCli(["fix", input, "--out", join(dir, "fixed.xlsx")]);
      expect(fixed).toMatchObject({ exitCode: 2 });
      expect(fixed.stderr).toMatch(/^Cannot write .*fixed\.xlsx: no space left on the device \(ENOSPC\)\n$/);
      const template = await runCli(["template", "--out", join(dir, "t.xlsx")]);
      expect(template.stderr).toMatch(/^Cannot write .*t\.xlsx: no space left on the device \(ENOSPC\)\n$/);
      expect(fixed.stderr + template.stderr).not.toMatch(/\.tmp|Unexpected/);
      expect(spy).toHaveBeenCalledTimes(2);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
