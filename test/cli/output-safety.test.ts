/**
 * The built command line never writes over what it must not (src/cli/output.ts):
 * no output onto an input, by its name, another spelling, a symbolic link or
 * a hard link; every output whole or absent, even when the process is killed
 * mid-write or its standard output is closed; every option checked before
 * anything is written.
 *
 * The kill tests wait for a state, never for a delay: the hook
 * NAP1325_TEST_PAUSE_BEFORE_RENAME makes a write stop with its temporary
 * file complete, announce it, and wait for the go-ahead.
 */
import { execFile, spawn } from "child_process";
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { parsePlan } from "../../src/core/model";
import { readPlan } from "../../src/core/template/read";
import { loadWorkbook, tablesOf, writeXlsx } from "../../src/xlsx/workbook";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { nationalPlan, stamped, submissions } from "../consolidate/fixtures";

const bin = path.resolve(__dirname, "../../dist/cli/main.js");
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "nap-out-")));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (name: string) => path.join(dir, name);
const sha = (file: string) =>
  crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
/** Temporary files left anywhere under the test folder. */
const leftovers = () =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((n) => /\.tmp$/.test(n));

const ENV = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LANG: "C" };

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile("node", [bin, ...args], { cwd: dir, env: { ...ENV, ...env } }, (e, stdout, stderr) =>
      resolve({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, stdout, stderr })
    );
  });
}

/** Wait until `ready()` holds (polling a state, not a guessed delay). */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((r) => setTimeout(r, 10));
}

/**
 * Start a command whose write pauses before its rename. Resolves once the
 * temporary file is complete and announced ("paused"), or once the process
 * has ended without pausing ("exited").
 */
async function startPaused(args: string[], hook: string) {
  const child = spawn("node", [bin, ...args], {
    cwd: dir,
    env: { ...ENV, NAP1325_TEST_PAUSE_BEFORE_RENAME: hook },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  child.stdout.resume();
  let ended = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => {
      ended = true;
      resolve({ code, signal });
    })
  );
  await until(() => ended || fs.existsSync(`${hook}.ready`));
  const state = fs.existsSync(`${hook}.ready`) ? "paused" : "exited";
  const temp = state === "paused" ? fs.readFileSync(`${hook}.ready`, "utf8") : "";
  return { child, exited, state, temp, stderr: () => stderr };
}

beforeAll(async () => {
  const tiny = parsePlan(TINY_PLAN);
  await writeXlsx(buildWorkbookPlan(tiny, "en"), f("tiny.xlsx"));
  fs.copyFileSync(f("tiny.xlsx"), f("tiny-copy.xlsx"));
  fs.writeFileSync(f("plan.json"), JSON.stringify(TINY_PLAN));
  const national = nationalPlan();
  await writeXlsx(buildWorkbookPlan(national, "en"), f("national.xlsx"));
  // A prepared copy: its stamp names its focal point (never its file name).
  await writeXlsx(buildWorkbookPlan(stamped(submissions(national)[0]), "en"), f("MPFEF-2020.xlsx"));
  fs.utimesSync(f("MPFEF-2020.xlsx"), new Date("2021-01-20"), new Date("2021-01-20"));
}, 120000);

describe("no output onto an input", () => {
  /** How the output names the input: itself, another spelling, a symbolic link, a hard link. */
  const ways: Record<string, (input: string) => string> = {
    "the same name": (input) => input,
    "another spelling": (input) => `./${path.basename(input)}`,
    "a symbolic link": (input) => {
      const link = f(`link-${crypto.randomUUID()}.xlsx`);
      fs.symlinkSync(path.basename(input), link);
      return link;
    },
    "a hard link": (input) => {
      const link = f(`hard-${crypto.randomUUID()}.xlsx`);
      fs.linkSync(input, link);
      return link;
    },
  };
  const cases: [string, string, (out: string) => string[], string][] = [
    ["to-json", "the same name", (o) => ["to-json", f("tiny.xlsx"), "--out", o], "tiny.xlsx"],
    ["to-json", "another spelling", (o) => ["to-json", "tiny.xlsx", "--out", o], "tiny.xlsx"],
    ["to-json", "a symbolic link", (o) => ["to-json", f("tiny.xlsx"), "--out", o], "tiny.xlsx"],
    ["to-json", "a hard link", (o) => ["to-json", f("tiny.xlsx"), "--out", o], "tiny.xlsx"],
    ["export-iati", "the same name", (o) => ["export-iati", "tiny.xlsx", "--out", o], "tiny.xlsx"],
    [
      "export-iati",
      "a symbolic link",
      (o) => ["export-iati", "tiny.xlsx", "--out", o],
      "tiny.xlsx",
    ],
    ["validate", "a symbolic link", (o) => ["validate", "tiny.xlsx", "--report", o], "tiny.xlsx"],
    ["validate", "a hard link", (o) => ["validate", "tiny.xlsx", "--report", o], "tiny.xlsx"],
    ["refresh", "a symbolic link", (o) => ["refresh", "tiny.xlsx", "--out", o], "tiny.xlsx"],
    ["refresh", "a hard link", (o) => ["refresh", "tiny.xlsx", "--out", o], "tiny.xlsx"],
    [
      "consolidate (the national file)",
      "a symbolic link",
      (o) => ["consolidate", "tiny.xlsx", "tiny-copy.xlsx", "--year", "2020", "--out", o],
      "tiny.xlsx",
    ],
    [
      "consolidate (a submission)",
      "another spelling",
      (o) => ["consolidate", "tiny.xlsx", "tiny-copy.xlsx", "--year", "2020", "--out", o],
      "tiny-copy.xlsx",
    ],
    ["settle", "a hard link", (o) => ["settle", "tiny.xlsx", "--out", o], "tiny.xlsx"],
    [
      "roll-forward",
      "a symbolic link",
      (o) => ["roll-forward", "tiny.xlsx", "--from", "2020", "--out", o],
      "tiny.xlsx",
    ],
    [
      "build (the plan file)",
      "a symbolic link",
      (o) => ["build", "--plan", "plan.json", "--out", o],
      "plan.json",
    ],
  ];

  test.each(cases)(
    "%s --out through %s is refused in one line, exit 2, nothing written",
    async (_command, way, args, input) => {
      const before = sha(f(input));
      const out = ways[way](f(input));
      const wasLink = fs.lstatSync(path.resolve(dir, out)).isSymbolicLink();
      const r = await run(args(out));
      expect(r.stderr).toMatch(
        /^nap1325: (cannot write .*: it is one of the input files|--report .* is the file checked)/
      );
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.code).toBe(2);
      expect(sha(f(input))).toBe(before);
      expect(fs.lstatSync(path.resolve(dir, out)).isSymbolicLink()).toBe(wasLink);
      expect(leftovers()).toEqual([]);
    },
    60000
  );
});

describe("every output whole or absent", () => {
  test("refresh in place through a symbolic link: the link stays a link, its target is replaced with its mode, the temporary file beside the target", async () => {
    fs.mkdirSync(f("real"));
    fs.copyFileSync(f("tiny.xlsx"), f("real/tiny.xlsx"));
    fs.chmodSync(f("real/tiny.xlsx"), 0o640);
    fs.symlinkSync("real/tiny.xlsx", f("linked.xlsx"));
    const before = sha(f("real/tiny.xlsx"));
    const hook = f("go-linked");
    const p = await startPaused(["refresh", "linked.xlsx"], hook);
    expect(p.state).toBe("paused");
    expect(path.dirname(p.temp)).toBe(f("real"));
    expect(fs.existsSync(p.temp)).toBe(true);
    expect(sha(f("real/tiny.xlsx"))).toBe(before); // nothing replaced yet
    fs.writeFileSync(hook, "");
    const end = await p.exited;
    expect(p.stderr()).toBe("");
    expect(end.code).toBe(0);
    expect(fs.lstatSync(f("linked.xlsx")).isSymbolicLink()).toBe(true);
    expect(fs.statSync(f("real/tiny.xlsx")).mode & 0o777).toBe(0o640);
    expect(sha(f("real/tiny.xlsx"))).not.toBe(before);
    expect(readPlan(tablesOf(await loadWorkbook(f("linked.xlsx")))).plan).toEqual(
      parsePlan(TINY_PLAN)
    );
    expect(fs.existsSync(p.temp)).toBe(false);
    expect(leftovers()).toEqual([]);
  }, 60000);

  test.each([
    ["SIGTERM", "a new --out file", false],
    ["SIGINT", "a file refreshed in place", true],
  ] as const)(
    "%s while %s is written: no temporary file left, the output absent or as it was",
    async (signal, _what, inPlace) => {
      fs.copyFileSync(f("tiny.xlsx"), f(`kill-${signal}.xlsx`));
      const input = f(`kill-${signal}.xlsx`);
      const out = inPlace ? input : f(`killed-${signal}.xlsx`);
      const before = sha(input);
      const hook = f(`go-${signal}`);
      const args = inPlace ? ["refresh", input] : ["refresh", input, "--out", out];
      const p = await startPaused(args, hook);
      expect(p.state).toBe("paused");
      expect(fs.existsSync(p.temp)).toBe(true);
      p.child.kill(signal);
      const end = await p.exited;
      expect(end.signal).toBe(signal);
      expect(fs.existsSync(p.temp)).toBe(false);
      if (inPlace) expect(sha(out)).toBe(before);
      else expect(fs.existsSync(out)).toBe(false);
      expect(sha(input)).toBe(before);
      expect(leftovers()).toEqual([]);
    },
    60000
  );

  test("a closed standard output is a quiet stop: no stack trace, the command's exit code, the output complete", async () => {
    const args = [
      "consolidate",
      "national.xlsx",
      "MPFEF-2020.xlsx",
      "--year",
      "2020",
      "--now",
      "2021-02-15T00:00:00Z",
    ];
    const ref = await run([...args, "--out", "piped-ref.xlsx"]);
    expect(ref.code).toBe(0);
    const child = spawn("node", [bin, ...args, "--out", "piped.xlsx"], {
      cwd: dir,
      env: ENV,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy(); // as `| head -0` would: every line the command prints meets EPIPE
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const plan = (file: string) => loadWorkbook(f(file)).then((wb) => readPlan(tablesOf(wb)).plan);
    expect(await plan("piped.xlsx")).toEqual(await plan("piped-ref.xlsx"));
    expect(leftovers()).toEqual([]);
  }, 120000);
});

describe("every option checked before anything is written", () => {
  test("consolidate --deadline takes the French JJ/MM/AAAA and stores the ISO date", async () => {
    const r = await run([
      "consolidate",
      "national.xlsx",
      "MPFEF-2020.xlsx",
      "--year",
      "2020",
      "--deadline",
      "31/01/2021",
      "--now",
      "2021-02-15T00:00:00Z",
      "--out",
      "deadline.xlsx",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const back = readPlan(tablesOf(await loadWorkbook(f("deadline.xlsx")))).plan;
    expect(back.submissions.map((s) => [s.focalPoint, s.deadline])).toEqual([
      ["MPFEF", "2021-01-31"],
    ]);
  }, 120000);

  const consolidate = (...extra: string[]) => [
    "consolidate",
    "tiny.xlsx",
    "tiny-copy.xlsx",
    "--now",
    "2021-02-15T00:00:00Z",
    "--out",
    "refused.xlsx",
    ...extra,
  ];
  /** A case's name: its arguments, a long one cut short. */
  const named = (rows: [string[], RegExp][]) =>
    rows.map(([args, message]) => {
      const shown = args.map((a) => (a.length > 24 ? `${a.slice(0, 8)}…(${a.length} chars)` : a));
      // Direction and control characters spelled out, so the name reads as typed.
      const name = JSON.stringify(shown).replace(
        /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
      );
      return [name, args, message] as const;
    });
  test.each(
    named([
      [
        consolidate("--year", "2020", "--deadline", "soon"),
        /--deadline takes a date .* not "soon"/,
      ],
      [consolidate("--year", "2020", "--deadline", "2021-02-30"), /--deadline takes a date/],
      [consolidate("--year", "2020", "--deadline", "31/13/2021"), /--deadline takes a date/],
      [consolidate("--year", "2020.0"), /--year takes a year from 2020 to 2022, not "2020.0"/],
      [consolidate("--year", "0x7e4"), /--year takes a year/],
      [consolidate("--year", "2030"), /--year takes a year from 2020 to 2022, not "2030"/],
      [
        ["consolidate", "tiny.xlsx", "tiny-copy.xlsx", "--now", "yesterday", "--out", "r.xlsx"],
        /--now takes a date and time/,
      ],
      [
        ["settle", "tiny.xlsx", "--out", "refused.xlsx", "--by", "x".repeat(201)],
        /--by takes a name of at most 200 characters/,
      ],
      [
        ["settle", "tiny.xlsx", "--out", "refused.xlsx", "--by", "Awa\u001b[2JTraoré"],
        /--by takes a name .* without control characters/,
      ],
      [
        ["settle", "tiny.xlsx", "--out", "refused.xlsx", "--by", "Awa\u202eeroarT"],
        /--by takes a name/,
      ],
      [
        ["roll-forward", "tiny.xlsx", "--from", "20x0", "--out", "refused.xlsx"],
        /--from takes a year/,
      ],
      [
        ["roll-forward", "tiny.xlsx", "--from", "2018", "--out", "refused.xlsx"],
        /--from takes a year from 2020 to 2022/,
      ],
      [
        ["export-iati", "tiny.xlsx", "--out", "refused.xlsx", "--lang", "de"],
        /language must be "en" or "fr", not "de"/,
      ],
    ])
  )(
    "%s: one line, exit 2, nothing written",
    async (_name, args, message) => {
      const before = sha(f("tiny.xlsx"));
      const r = await run(args);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.code).toBe(2);
      expect(fs.existsSync(f("refused.xlsx"))).toBe(false);
      expect(fs.existsSync(f("r.xlsx"))).toBe(false);
      expect(sha(f("tiny.xlsx"))).toBe(before);
    },
    60000
  );
});
