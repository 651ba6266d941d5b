/**
 * Serves a folder over http on 127.0.0.1 (an ephemeral port unless one is asked for): all the demo and
 * the browser tests' harness page need, with no dev server and nothing reachable beyond loopback.
 * "/" serves `index` when given.
 */
import fs from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

// Charsets are explicit so the pane's "·" and "…" cannot be decoded as Latin-1.
const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface StaticServer {
  /** e.g. "http://127.0.0.1:40123" */
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveFolder(
  folder: string,
  options: { port?: number; index?: string } = {},
): Promise<StaticServer> {
  const root = path.resolve(folder);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = path.join(
      root,
      decodeURIComponent(pathname === "/" && options.index !== undefined ? `/${options.index}` : pathname),
    );
    // Nothing outside the folder, whatever the path says.
    const inside = file.startsWith(root + path.sep);
    const reply = inside ? fs.readFile(file) : Promise.reject(new Error("outside the folder"));
    reply.then(
      (body) => {
        response.writeHead(200, {
          "Content-Type": contentTypes[path.extname(file)] ?? "application/octet-stream",
          "Cache-Control": "no-store",
        });
        response.end(body);
      },
      () => {
        response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
        response.end("not found");
      },
    );
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        // Chromium keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
