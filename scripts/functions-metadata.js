#!/usr/bin/env node
/**
 * Generate the custom functions' metadata from the JSDoc of
 * src/functions/functions.ts: functions.json (English) and functions.fr.json
 * (French names and descriptions). A malformed function fails with exit 1.
 * Usage: node scripts/functions-metadata.js [OUT_DIR]   (default dist/functions)
 */
const fs = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const { localize } = require("../dist/functions/fr");

(async () => {
  const out = path.resolve(process.argv[2] || "dist/functions");
  const r = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../src/functions/functions.ts"),
    false
  );
  if (r.errors.length) {
    for (const e of r.errors) console.error(`functions.ts: ${e}`);
    process.exit(1);
  }
  const en = JSON.parse(r.metadataJson);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "functions.json"), JSON.stringify(en, null, 2));
  fs.writeFileSync(path.join(out, "functions.fr.json"), JSON.stringify(localize(en), null, 2));
  console.log(
    `custom functions metadata: ${en.functions.length} functions -> ${path.relative(process.cwd(), out)}/functions{,.fr}.json`
  );
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
