/** Run the command line in-process, as a person would from a shell: exit code, stdout, stderr. */
import { runCli } from "../../src/cli/run";

export async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), env });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
