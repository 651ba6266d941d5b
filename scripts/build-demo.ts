/**
 * Bundles the browser demo (src/demo) with webpack's Node API into a folder: index.html, its
 * bundle, and the sample workbook it opens on. Loaders and resolution come from the add-in's
 * webpack.config.js, so the real task pane is transpiled exactly as the add-in is; the add-in's own
 * bundles are untouched (the demo is its own build).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";

const root = path.resolve(__dirname, "..");

/**
 * Minifies the emitted scripts with esbuild (tsx's own, so no new dependency): a few seconds where
 * webpack's terser takes most of a minute, and a third of the bytes for the browser to parse.
 * Target es2022, as the source is: lowering class fields to es2020 here broke the fake Excel's
 * classes at run time ("Property description must be an object"), and Chromium runs es2022 as it is.
 */
class EsbuildMinifyPlugin {
  apply(compiler: webpack.Compiler): void {
    const fromTsx = createRequire(createRequire(__filename).resolve("tsx/package.json"));
    const esbuild = fromTsx("esbuild") as typeof import("esbuild");
    compiler.hooks.thisCompilation.tap("EsbuildMinifyPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "EsbuildMinifyPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        async (assets) => {
          await Promise.all(
            Object.keys(assets)
              .filter((name) => name.endsWith(".js"))
              .map(async (name) => {
                const source = compilation.getAsset(name)?.source.source().toString() ?? "";
                const { code } = await esbuild.transform(source, {
                  minify: true,
                  target: "es2022",
                  legalComments: "none",
                });
                compilation.updateAsset(name, new webpack.sources.RawSource(code));
              }),
          );
        },
      );
    });
  }
}

type AppConfig = (env: unknown, argv: { mode: "development" | "production" }) => webpack.Configuration;

/** The add-in's config (CommonJS, outside TypeScript's project), loaded through Node's own require. */
function appConfig(mode: "development" | "production"): webpack.Configuration {
  const load = createRequire(__filename);
  const makeConfig = load(path.join(root, "webpack.config.js")) as AppConfig;
  return makeConfig(undefined, { mode });
}

export interface PageBundle {
  /** Entry module, relative to the project root. */
  entry: string;
  outputDir: string;
  template: string;
  /** The page's file name in outputDir. */
  page: string;
  /**
   * production: React's production build, no minifying (served from loopback, so build time matters
   * more than bytes); development: a plain bundle, quickest to build and to read in a stack.
   */
  mode: "development" | "production";
}

/** Bundles one page with its entry; loaders and resolution are the add-in's. */
export async function bundlePage({ entry, outputDir, template, page, mode }: PageBundle): Promise<void> {
  const { module, resolve } = appConfig(mode);
  const compiler = webpack({
    mode,
    devtool: false,
    context: root,
    entry: { [path.basename(page, ".html")]: entry },
    output: { path: outputDir, filename: "[name].js", clean: true },
    module,
    resolve,
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: page, template }),
      ...(mode === "production" ? [new EsbuildMinifyPlugin()] : []),
    ],
    // Rebuilds (the next `npm run demo`, the next test run) reuse what did not change.
    cache: {
      type: "filesystem",
      cacheDirectory: path.join(root, ".tmp/webpack-cache"),
      name: `${path.basename(page, ".html")}-${mode}`,
    },
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats>((done, fail) => {
    compiler.run((error, result) =>
      error ? fail(error) : result === undefined ? fail(new Error("webpack gave no stats")) : done(result),
    );
  });
  await new Promise<void>((done, fail) => compiler.close((error) => (error ? fail(error) : done())));
  if (stats.hasErrors()) throw new Error(`${entry} did not build:\n${stats.toString("errors-only")}`);
}

/** The demo: index.html, demo.js and the sample workbook it opens on. */
export async function buildDemo(outputDir: string): Promise<void> {
  await bundlePage({
    entry: "./src/demo/index.tsx",
    outputDir,
    template: "./src/demo/demo.html",
    page: "index.html",
    mode: "production",
  });
  fs.copyFileSync(path.join(root, "seeds/sample-workbook.xlsx"), path.join(outputDir, "sample-workbook.xlsx"));
}
