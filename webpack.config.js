/**
 * Builds the task pane, the ribbon's function file and its message dialog into dist/: their bundles and HTML pages,
 * the icons. `npm run dev-server` serves them on the manifest's port over https with the
 * certificates of `npx office-addin-dev-certs install` when they exist, else over plain http (a
 * fresh machine still gets a server; Office itself needs the https one).
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");
const { config } = require("./package.json");

const assetsDir = path.join(__dirname, "assets");
const certsDir = path.join(os.homedir(), ".office-addin-dev-certs");

/** Copies assets/*.png into dist/assets (copy-webpack-plugin is not a dependency; this is all it would do). */
class CopyIconsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CopyIconsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CopyIconsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.contextDependencies.add(assetsDir);
          for (const file of fs.readdirSync(assetsDir).filter((name) => name.endsWith(".png"))) {
            compilation.emitAsset(`assets/${file}`, new sources.RawSource(fs.readFileSync(path.join(assetsDir, file))));
          }
        },
      );
    });
  }
}

/** https with the Office dev certificates when installed, plain http otherwise. */
function devServerTransport() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([option, file]) => [option, path.join(certsDir, file)]));
  if (!Object.values(paths).every((file) => fs.existsSync(file))) {
    if (process.env.WEBPACK_SERVE)
      console.warn(
        `No certificates in ${certsDir}: serving over http. Run "npx office-addin-dev-certs install" for https.`,
      );
    return "http";
  }
  return {
    type: "https",
    options: Object.fromEntries(Object.entries(paths).map(([option, file]) => [option, fs.readFileSync(file)])),
  };
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/dialog/dialog.ts",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `npm test` (tsc), so the bundler only transpiles; tsconfig's noEmit is lifted for it.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        // JSON (the seeds) is bundled by webpack itself.
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({ filename: "dialog.html", template: "./src/dialog/dialog.html", chunks: ["dialog"] }),
      new CopyIconsPlugin(),
    ],
    performance: { hints: production ? "warning" : false, maxEntrypointSize: 600_000, maxAssetSize: 600_000 },
    devServer: {
      port: config.dev_server_port,
      server: devServerTransport(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
