#!/usr/bin/env node
/**
 * nap1325: the command line. Commands share the pure core with the add-in.
 *   nap1325 build [--plan PLAN.json] [--lang en|fr] [--example] --out FILE.xlsx
 *   nap1325 to-json FILE.xlsx [--out PLAN.json]
 */
import { runCli } from "./run";

runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`nap1325: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
);
