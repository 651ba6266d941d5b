/**
 * Security, read from the files that ship:
 * - the manifest asks for ReadWriteDocument and nothing broader, and every URL in it is https (or
 *   the localhost dev server); the XML namespaces are identifiers, not fetched, and are left out;
 * - the task pane, dialog and ribbon-function pages carry a Content Security Policy that allows
 *   only the page's own origin and Office.js, with style-src 'unsafe-inline' because Fluent UI's
 *   griffel injects <style> tags (and Excel on the web's Office.js sets inline styles);
 * - no network calls at run time: no fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon or
 *   dynamic script URLs anywhere in src/, other than Office.js in the HTML pages and the demo page
 *   loading its own sample workbook from the loopback server that serves it (a relative URL).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "../support/framework-text";

// Comments dropped: they may mention origins in prose.
const manifest = readFileSync(join(repoRoot, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
const pages = ["src/taskpane/taskpane.html", "src/dialog/dialog.html", "src/commands/commands.html"];
const OFFICE_JS = "https://appsforoffice.microsoft.com";

function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (meta === null) throw new Error("no Content-Security-Policy meta element");
  return new Map(
    (meta[1] ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== "")
      .map(([name = "", ...values]) => [name, values]),
  );
}

describe("manifest.xml", () => {
  it("asks for ReadWriteDocument and nothing broader", () => {
    const permissions = [...manifest.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
    expect(permissions).toEqual(["ReadWriteDocument"]);
    expect(manifest).not.toMatch(/ReadWriteMailbox|ReadWriteItem|<AppDomains?>|<Permissions>(?!ReadWriteDocument<)/);
  });

  it("points only at https URLs (localhost in development) outside XML namespaces", () => {
    const urls = [
      ...manifest.replace(/xmlns(:\w+)?="[^"]*"/g, "").matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^"'<>\s]+/gi),
    ].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/(localhost(:\d+)?\/|[a-z0-9.-]+\/)/);
    expect(urls.filter((url) => !url.startsWith("https://localhost:"))).toEqual([]);
  });
});

describe.each(pages)("%s", (page) => {
  const html = readFileSync(join(repoRoot, page), "utf8");
  const csp = cspOf(html);

  it("allows scripts only from itself and Office.js", () => {
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", OFFICE_JS]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
  });

  it("allows styles from itself and inline (Fluent's griffel injects style tags), nothing remote", () => {
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("connects only to itself, and nothing allows a remote origin but Office.js", () => {
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    for (const [directive, values] of csp)
      for (const value of values)
        expect([directive, value]).toEqual([
          directive,
          expect.stringMatching(/^('self'|'none'|'unsafe-inline'|data:|https:\/\/appsforoffice\.microsoft\.com)$/),
        ]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("loads no script but Office.js from the network", () => {
    const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.every((src) => src?.startsWith(`${OFFICE_JS}/lib/1/hosted/office.js`))).toBe(true);
  });
});

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe("no network calls at run time", () => {
  it("no source file in src/ calls fetch, XMLHttpRequest, WebSocket, EventSource or sendBeacon", () => {
    const network =
      /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bsendBeacon\b|\bimportScripts\b|https?:\/\/(?!localhost)[a-z0-9.-]+\.[a-z]{2,}\/[^\s"'`]*\.js\b/;
    // The demo's one request: its sample, by a relative URL, from the server that served the page.
    const sameOrigin = (path: string, line: string) =>
      path === join("src", "demo", "index.tsx") && /\bfetch\(sampleFile\)/.test(line);
    const offenders = sourceFiles(join(repoRoot, "src"))
      .map((path) => ({ path: relative(repoRoot, path), lines: readFileSync(path, "utf8").split("\n") }))
      .flatMap(({ path, lines }) =>
        lines.flatMap((line, i) =>
          network.test(line) && !sameOrigin(path, line) && !/^\s*(\/\/|\*|\/\*)/.test(line)
            ? [`${path}:${i + 1}: ${line.trim()}`]
            : [],
        ),
      );
    expect(offenders).toEqual([]);
  });
});
