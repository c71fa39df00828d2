/**
 * Webpack: the task pane (React, Fluent UI) and the custom functions, for one
 * shared runtime. office.js comes from Microsoft's CDN, the only place
 * Microsoft supports it from (taskpane.html); the browser tests route that
 * address to the @microsoft/office-js package's copy. The custom functions'
 * metadata is generated from their JSDoc at build; a malformed function fails
 * the build. The manifest is written for the production host
 * (scripts/addin-host.js: NAP1325_HOST or package.json config.host).
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { addinSettings, devServerHttps, productionManifest } = require("./scripts/addin-host");

/** Emits functions.fr.json: the generated metadata with French names and descriptions. */
class FrenchFunctionsMetadata {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FrenchFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FrenchFunctionsMetadata", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const en = compilation.getAsset("functions.json");
          if (!en) return; // the metadata plugin reported the error
          // Compiled by `npm run build:cli` (the build script runs it first).
          const { localize } = require("./dist/functions/fr");
          const fr = localize(JSON.parse(en.source.source().toString()));
          compilation.emitAsset("functions.fr.json", new sources.RawSource(JSON.stringify(fr)));
        }
      );
    });
  }
}

/** TypeScript, transpiled only (the type check is `npm run typecheck`), to ES modules for webpack. */
const typescript = (dev) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
  },
});

// The first screen's texts in each language (src/core/locales/first-screen-*.ts):
// evaluated at build, so their chunks hold the picked texts (a few KB), not
// the whole catalogue they are picked from (17 KB gzipped).
const firstScreenTexts = {
  test: /[\\/]src[\\/]core[\\/]locales[\\/]first-screen-(en|fr)\.ts$/,
  resourceQuery: { not: [/at-build/] },
  use: path.resolve(__dirname, "src/core/locales/at-build.js"),
};

// The pane and the custom functions run in one page (the shared runtime):
// one webpack runtime serves both, and everything the page runs as it
// loads (React, Fluent UI, i18next, the pane's components, the custom
// functions' thin wrappers) is one file, start.js: it gzips 8 KB smaller
// than the five shared chunks and the entries' code it replaces, and takes
// one connection of the six a browser opens to a host
// (bench/taskpane-payload.js). Beside it, the texts of the pane's first
// screen in its language (first-screen-en.js or first-screen-fr.js, which
// taskpane.html starts fetching at once; the whole catalogues,
// messages-en.js and messages-fr.js, come with the actions or when the
// planner picks the other language). The code behind the pane's buttons loads on the first click
// (src/taskpane/lazy.ts), the custom functions' implementations on the first
// call (functions-impl.js: the calculations, zod's model, both catalogues),
// in webpack's own chunks, which never repeat what start.js holds.
const optimization = {
  runtimeChunk: "single",
  splitChunks: {
    chunks: "all",
    cacheGroups: {
      start: {
        name: "start",
        chunks: "all",
        enforce: true,
        priority: 20,
        test: (module, { chunkGraph }) =>
          [...chunkGraph.getModuleChunksIterable(module)].some((c) => c.canBeInitial()),
      },
    },
  },
};

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  // A bad host setting stops the build here, naming the setting.
  const settings = addinSettings();
  if (!dev && settings.isDevHost && !process.env.WEBPACK_SERVE)
    console.warn(
      `\n*** dist/addin/manifest.xml points at ${settings.host} (development). To deploy, build with NAP1325_HOST=https://your.server/path (README, "Deploy to your organisation"). ***\n`
    );
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist/addin"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // xmlbuilder2's browser build (its Node build reaches for Node's "url" module).
      alias: {
        // The pane starts with no whole catalogue, only its first screen's texts
        // (src/core/i18n.ts, loadFirstScreen); the command line and the tests
        // keep both catalogues from the start (src/core/locales/bundled.ts).
        [path.resolve(__dirname, "src/core/locales/bundled")]: path.resolve(
          __dirname,
          "src/core/locales/on-demand.ts"
        ),
        xmlbuilder2$: require.resolve("xmlbuilder2/lib/xmlbuilder2.min.js"),
        // exceljs's browser build, loaded only when focal points' workbooks are imported.
        exceljs$: require.resolve("exceljs/dist/exceljs.min.js"),
      },
      // src/xlsx/workbook.ts reads and writes files for the command line; the
      // pane uses only its in-memory parts, so Node's "fs" is left out of the bundle.
      fallback: { fs: false },
    },
    module: {
      rules: [firstScreenTexts, typescript(dev)],
    },
    performance: { hints: false },
    optimization,
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (xml) => productionManifest(xml.toString(), settings),
          },
          { from: "src/taskpane/support.html", to: "support.html" },
        ],
      }),
      new FrenchFunctionsMetadata(),
    ],
    // Only `webpack serve` (npm run dev-server, npm start) asks for development certificates.
    devServer: process.env.WEBPACK_SERVE
      ? {
          static: { directory: path.resolve(__dirname, "dist/addin") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServerHttps(),
          port: 3000,
        }
      : undefined,
  };
};

// The same loader and chunking build the bench's bare pane (bench/bare-template/webpack.config.js).
module.exports.typescript = typescript;
module.exports.optimization = optimization;
