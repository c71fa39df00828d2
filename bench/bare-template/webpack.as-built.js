/**
 * Webpack for the bare task pane (bench/bare-template/src) built the way
 * Microsoft's React task-pane template builds itself
 * (OfficeDev/Office-Addin-TaskPane-React at commit 4abbd86, its
 * webpack.config.js, tsconfig.json and package-lock.json read, not copied):
 * `webpack --mode production` over three entries the page loads in order,
 *   - polyfill: core-js/stable and regenerator-runtime/runtime,
 *   - react: react and react-dom,
 *   - taskpane: the pane, depending on the react entry,
 * TypeScript at target ES2015 (the template's "es6"), and every `Promise`
 * taken from es6-promise (the template's ProvidePlugin). The versions are
 * the template's lock file's, pinned in our devDependencies: core-js
 * 3.49.0, regenerator-runtime 0.14.1, es6-promise 4.2.8 (React 18.3.1 and
 * Fluent UI v9 are ours, the same major versions as the template's).
 *
 * This is what issue 17 measured as "the bare template" (165,543 B gzipped).
 * Left out, each making the template smaller or no slower, never ours
 * slower: its Babel pass over its .ts files (preset-env to ES5), its source
 * maps (a browser fetches them only with its tools open) and its commands
 * page. bench/taskpane-payload.js measures ours beside this build and beside
 * webpack.config.js's (the same page built with our own loader and
 * chunking, the stricter comparison).
 *   npx webpack --mode production --config bench/bare-template/webpack.as-built.js
 */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const ROOT = path.resolve(__dirname, "../..");

module.exports = (env, argv) => ({
  context: __dirname,
  mode: argv.mode || "production",
  devtool: false,
  entry: {
    polyfill: ["core-js/stable", "regenerator-runtime/runtime"],
    react: ["react", "react-dom"],
    taskpane: { import: "./src/index.tsx", dependOn: "react" },
  },
  output: {
    path: path.join(ROOT, "dist/template-as-built"),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { target: "es2015", module: "es2020", sourceMap: false },
          },
        },
      },
    ],
  },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane.html",
      chunks: ["polyfill", "taskpane", "react"],
    }),
    new webpack.ProvidePlugin({ Promise: ["es6-promise", "Promise"] }),
    new CopyWebpackPlugin({
      patterns: [{ from: path.join(ROOT, "assets/icon-80.png"), to: "assets/logo.png" }],
    }),
  ],
});
