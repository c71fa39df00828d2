/**
 * Webpack for the bare task pane (bench/bare-template/src): the page equivalent
 * to Microsoft's React task-pane template that bench/taskpane-payload.js
 * measures beside ours. The same loader rule and chunking as ours (taken
 * from our webpack.config.js), from our own node_modules; production mode.
 *   npx webpack --mode production --config bench/bare-template/webpack.config.js
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const ROOT = path.resolve(__dirname, "../..");
// Our loader rule and chunking, as our build uses them.
const { typescript, optimization } = require("../../webpack.config.js");

module.exports = (env, argv) => ({
  context: __dirname,
  mode: argv.mode || "production",
  devtool: false,
  entry: { taskpane: "./src/index.tsx" },
  output: {
    path: path.join(ROOT, "dist/bare-template"),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [typescript(false)] },
  performance: { hints: false },
  optimization,
  plugins: [
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane.html" }),
    // The header's image (the template shows its logo there): one of our icons.
    new CopyWebpackPlugin({
      patterns: [{ from: path.join(ROOT, "assets/icon-80.png"), to: "assets/logo.png" }],
    }),
  ],
});
