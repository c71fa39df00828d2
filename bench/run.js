#!/usr/bin/env node
/** Run every benchmark under bench/ (each prints its figures and fails over its budget). */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

execFileSync("npm", ["run", "build:cli"], { stdio: "inherit" });
const only = process.argv[2];
let failed = 0;
for (const f of fs.readdirSync(__dirname).sort()) {
  if (f === "run.js" || !f.endsWith(".js") || (only && !f.includes(only))) continue;
  console.log(`\n== ${f}`);
  try {
    execFileSync("node", [path.join(__dirname, f)], { stdio: "inherit" });
  } catch {
    failed++;
  }
}
process.exit(failed ? 1 : 0);
