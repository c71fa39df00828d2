#!/usr/bin/env node
/**
 * nap1325: the command line. Commands share the pure core with the add-in.
 *   nap1325 build [--plan PLAN.json] [--lang en|fr] [--example] --out FILE.xlsx
 *   nap1325 to-json FILE.xlsx [--out PLAN.json]
 *   nap1325 prepare / submit / consolidate / approve: the TMU's annual cycle
 *   ... (nap1325 help)
 *
 * A closed standard output (`nap1325 ... | head -3`) is a quiet stop: what
 * would have been printed is dropped, no stack trace, and the command
 * finishes its work, so a file it writes is complete (src/cli/output.ts
 * writes whole or not at all); the exit code is the command's.
 */
import { runCli } from "./run";

/** A stream the reader has closed (EPIPE) takes no more writes, and says nothing. */
function quietWhenClosed(stream: NodeJS.WriteStream): (s: string) => void {
  let open = true;
  stream.on("error", () => {
    open = false;
  });
  return (s) => {
    if (open && !stream.destroyed) stream.write(s + "\n");
  };
}

const out = quietWhenClosed(process.stdout);
const err = quietWhenClosed(process.stderr);

runCli(process.argv.slice(2), { out, err, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    err(`nap1325: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  }
);
