/**
 * The first-screen catalogue cannot drift from the first screen: this reads
 * every module the pane's first screen runs (what the pane's and the custom
 * functions' entries import, statically and for their values, as webpack
 * bundles them into start.js, with the build's alias of bundled.ts to
 * on-demand.ts; code behind a dynamic import() loads later and is not
 * followed) and collects every catalogue key written in them. The list in
 * src/core/locales/first-screen.ts must be exactly those keys: a key the
 * first screen uses and the list lacks would show raw in the pane; a key the
 * list holds and no module uses is weight for nothing.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";
import { en } from "../../src/core/locales/en";
import { fr } from "../../src/core/locales/fr";
import { FIRST_SCREEN_KEYS, firstScreenOf } from "../../src/core/locales/first-screen";
import { texts as enTexts } from "../../src/core/locales/first-screen-en";
import { texts as frTexts } from "../../src/core/locales/first-screen-fr";

const ROOT = path.resolve(__dirname, "../..");
const SRC = path.join(ROOT, "src");
const ENTRIES = ["src/taskpane/index.tsx", "src/functions/functions.ts"].map((f) =>
  path.join(ROOT, f)
);
/** webpack.config.js's resolve.alias, as the pane's build applies it. */
const ALIAS: Record<string, string> = {
  [path.join(SRC, "core/locales/bundled.ts")]: path.join(SRC, "core/locales/on-demand.ts"),
};
/** Where `t` is defined (it passes keys it is given, none of its own). */
const I18N = path.join(SRC, "core/i18n.ts");

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined; // a package: none holds our keys
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ])
    if (fs.existsSync(f)) return ALIAS[f] ?? f;
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${spec}`);
}

/** Whether an import or export brings values (not only types: those leave no code). */
function bringsValues(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return false;
    const c = node.exportClause;
    return !c || !ts.isNamedExports(c) || c.elements.some((e) => !e.isTypeOnly);
  }
  const c = node.importClause;
  if (!c) return true; // a side-effect import
  if (c.isTypeOnly) return false;
  if (c.name) return true;
  const b = c.namedBindings;
  return (
    !b ||
    ts.isNamespaceImport(b) ||
    b.elements.length === 0 ||
    b.elements.some((e) => !e.isTypeOnly)
  );
}

interface Scan {
  modules: string[];
  keys: Set<string>;
  /** t(...) calls whose key is not written out (the scan could not see it). */
  hidden: string[];
}

function scanFirstScreen(known: ReadonlySet<string>): Scan {
  const seen = new Set<string>();
  const keys = new Set<string>();
  const hidden: string[] = [];
  const queue = [...ENTRIES];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      true
    );
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
        const target = resolve(file, (node.moduleSpecifier as ts.StringLiteral).text);
        if (target && bringsValues(node)) queue.push(target);
        return;
      }
      if (
        (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
        known.has(node.text)
      )
        keys.add(node.text);
      if (
        file !== I18N &&
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "t" &&
        node.arguments.length >= 2
      ) {
        const key = node.arguments[1];
        const literal = (n: ts.Expression): boolean =>
          ts.isStringLiteral(n) ||
          ts.isNoSubstitutionTemplateLiteral(n) ||
          (ts.isConditionalExpression(n) && literal(n.whenTrue) && literal(n.whenFalse)) ||
          (ts.isParenthesizedExpression(n) && literal(n.expression));
        if (!literal(key)) hidden.push(`${path.relative(ROOT, file)}: ${node.getText(source)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { modules: [...seen].map((f) => path.relative(ROOT, f)).sort(), keys, hidden };
}

/** Every key of the catalogue, plural forms folded into their general key. */
const known = new Set(Object.keys(en).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, "")));
const scan = scanFirstScreen(known);

test("the scan reads the first screen's modules and only them", () => {
  expect(scan.modules).toEqual(
    expect.arrayContaining([
      "src/taskpane/App.tsx",
      "src/taskpane/index.tsx",
      "src/taskpane/lazy.ts",
      "src/taskpane/components/PlanPicker.tsx",
      "src/taskpane/components/Failed.tsx",
      "src/core/i18n.ts",
      "src/core/locales/on-demand.ts",
      "src/functions/functions.ts",
    ])
  );
  // The code behind the buttons and the whole catalogues come later.
  for (const later of [
    "src/taskpane/actions.ts",
    "src/core/locales/all.ts",
    "src/core/locales/bundled.ts",
    "src/core/locales/en.ts",
    "src/core/locales/fr.ts",
    "src/functions/impl.ts",
  ])
    expect(scan.modules).not.toContain(later);
  // Some keys are found, each one is a catalogue key, and every key is written out.
  expect(scan.keys.size).toBeGreaterThan(20);
  expect(scan.hidden).toEqual([]);
});

test("the first-screen list is exactly the keys the first screen's modules use", () => {
  const listed = [...FIRST_SCREEN_KEYS].sort();
  expect(new Set(listed).size).toBe(listed.length);
  expect(listed).toEqual([...scan.keys].sort());
});

test("the first-screen catalogues hold those keys, with their plural forms, in each language", () => {
  for (const [whole, texts] of [
    [en, enTexts],
    [fr, frTexts],
  ] as const) {
    expect(texts).toEqual(firstScreenOf(whole));
    for (const key of FIRST_SCREEN_KEYS) expect(texts[key]).toBe(whole[key]);
    // A plural form comes with its key (consolidate.settled has one).
    expect(texts["consolidate.settled_one"]).toBe(whole["consolidate.settled_one"]);
    expect(Object.keys(texts).every((k) => k.replace(/_one$/, "") in texts)).toBe(true);
    // A small part of the whole.
    expect(Object.keys(texts).length).toBeLessThan(Object.keys(whole).length / 8);
  }
});
