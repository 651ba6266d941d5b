/**
 * `npm run demo`: builds the browser demo (the real task pane beside a spreadsheet view, over the
 * in-memory Excel) and serves it on 127.0.0.1, printing its URL. Nothing leaves this machine.
 * PORT picks the port (default 3100; another free one when that is taken).
 */
import path from "node:path";
import { buildDemo } from "./build-demo";
import { serveFolder, type StaticServer } from "./static-server";

async function main(): Promise<void> {
  const started = performance.now();
  const folder = path.resolve(__dirname, "../.tmp/demo");
  console.log("Building the demo…");
  await buildDemo(folder);
  const port = Number(process.env.PORT ?? 3100);
  let server: StaticServer;
  try {
    server = await serveFolder(folder, { port, index: "index.html" });
  } catch {
    server = await serveFolder(folder, { index: "index.html" });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Demo ready in ${seconds} s: ${server.origin}/  (dark theme: ${server.origin}/?theme=dark)`);
  console.log("Press Ctrl+C to stop.");
  process.on("SIGINT", () => void server.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
