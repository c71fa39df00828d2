/**
 * Webpack loader (webpack.config.js): a module evaluated at build time, its
 * exports written into the bundle as JSON. The first-screen catalogues
 * (first-screen-en.ts, first-screen-fr.ts) pick their texts from the whole
 * catalogue; evaluated here, their chunks carry the picked texts alone.
 * A pitching loader: the module's own loaders (TypeScript) run only in the
 * build-time evaluation (the `?at-build` request, which this rule skips).
 */
module.exports = function () {
  throw new Error("at-build.js is a pitching loader");
};
module.exports.pitch = async function () {
  const exports = await this.importModule(`${this.resourcePath}?at-build`);
  return Object.entries(exports)
    .filter(([name]) => name !== "__esModule")
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join("\n");
};
