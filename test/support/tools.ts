/**
 * The external tools some tests need (LibreOffice, Chromium). Outside CI a
 * missing tool skips those tests with a warning; under CI (`CI=true`, as
 * GitHub Actions and `.ci/run`-style jobs set it) it fails them: a green CI
 * never hides a suite that did not run.
 */
import { existsSync } from "fs";

export interface Tool {
  /** What the tool is, as a person reads it ("LibreOffice"). */
  name: string;
  /** Executables to try, first found wins. */
  candidates: string[];
  /** How to install it on Debian. */
  install: string;
}

export const LIBREOFFICE: Tool = {
  name: "LibreOffice",
  candidates: ["/usr/bin/soffice", "/usr/bin/libreoffice"],
  install: "apt-get install -y --no-install-recommends libreoffice-calc-nogui",
};

export const CHROMIUM: Tool = {
  name: "Chromium",
  candidates: ["/usr/bin/chromium"],
  install: "apt-get install -y --no-install-recommends chromium",
};

export const PDFTOTEXT: Tool = {
  name: "pdftotext (poppler-utils)",
  candidates: ["/usr/bin/pdftotext"],
  install: "apt-get install -y --no-install-recommends poppler-utils",
};

export const XMLLINT: Tool = {
  name: "xmllint",
  candidates: ["/usr/bin/xmllint", "/usr/local/bin/xmllint"],
  install: "apt-get install -y --no-install-recommends libxml2-utils",
};

/** True when the environment says this is a CI run (`CI=true` or `CI=1`). */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(true|1)$/i.test((env.CI ?? "").trim());
}

const warned = new Set<string>();

/**
 * The tool's executable, or undefined (with a warning, once) when it is
 * missing outside CI. Under CI a missing tool throws: call it where jest
 * decides between `describe` and `describe.skip`, so the suite fails.
 */
export function findTool(tool: Tool, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const found = tool.candidates.find((p) => existsSync(p));
  if (found) return found;
  const what = `${tool.name} not found (${tool.candidates.join(", ")})`;
  if (isCI(env))
    throw new Error(
      `${what}: under CI the tests that need it fail instead of skipping. ${tool.install}`
    );
  if (!warned.has(tool.name)) {
    warned.add(tool.name);
    console.warn(`${what}: the tests that need it are skipped (${tool.install})`);
  }
  return undefined;
}
