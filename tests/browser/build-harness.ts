/**
 * Bundles the harness page (tests/browser/harness) with webpack's Node API into a folder: the
 * REAL pane behind a fake Office, on the pane's own HTML template. Loaders and resolution come from
 * the add-in's webpack.config.js, so the page is transpiled exactly as the add-in is.
 */
import { createRequire } from "node:module";
import path from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";

const root = path.resolve(__dirname, "../..");

type AppConfig = (env: unknown, argv: { mode: "development" | "production" }) => webpack.Configuration;

/** The add-in's config (CommonJS, outside TypeScript's project), loaded through Node's own require. */
function appConfig(): webpack.Configuration {
  const load = createRequire(__filename);
  const makeConfig = load(path.join(root, "webpack.config.js")) as AppConfig;
  return makeConfig(undefined, { mode: "development" });
}

export async function buildHarness(outputDir: string): Promise<void> {
  const { module, resolve } = appConfig();
  const compiler = webpack({
    mode: "development",
    // No eval-wrapped modules or source maps: a plain bundle, quicker to build and to read in a stack.
    devtool: false,
    context: root,
    entry: { harness: "./tests/browser/harness/harness.tsx" },
    output: { path: outputDir, filename: "[name].js", clean: true },
    module,
    resolve,
    plugins: [new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html" })],
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats>((done, fail) => {
    compiler.run((error, result) => (error ? fail(error) : result === undefined ? fail(new Error("webpack gave no stats")) : done(result)));
  });
  await new Promise<void>((done, fail) => compiler.close((error) => (error ? fail(error) : done())));
  if (stats.hasErrors()) throw new Error(`The harness did not build:\n${stats.toString("errors-only")}`);
}
