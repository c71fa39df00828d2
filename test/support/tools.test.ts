/**
 * The rule for tests that need LibreOffice or Chromium: outside CI a missing
 * tool skips them with a warning; under `CI=true` it fails them.
 */
import { CHROMIUM, findTool, isCI, LIBREOFFICE, type Tool } from "./tools";
import { libreOfficeAvailable } from "./libreoffice";

const MISSING: Tool = {
  name: "Nothing",
  candidates: ["/nonexistent/nap1325-no-such-tool"],
  install: "apt-get install nothing",
};

describe("tools a test needs", () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  test("under CI=true a missing tool fails, naming it and how to install it", () => {
    expect(() => findTool(MISSING, { CI: "true" })).toThrow(
      /Nothing not found \(\/nonexistent\/nap1325-no-such-tool\).*fail instead of skipping.*apt-get install nothing/
    );
    expect(() => findTool(MISSING, { CI: "1" })).toThrow(/fail instead of skipping/);
  });

  test("outside CI a missing tool is skipped with a warning", () => {
    for (const env of [{}, { CI: "false" }, { CI: "" }, { CI: "0" }]) {
      expect(findTool(MISSING, env)).toBeUndefined();
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/Nothing not found.*skipped.*apt-get install nothing/);
  });

  test("LibreOffice's and Chromium's checks follow the rule", () => {
    const libreOffice = { ...LIBREOFFICE, candidates: ["/nonexistent/soffice"] };
    const chromium = { ...CHROMIUM, candidates: ["/nonexistent/chromium"] };
    expect(() => findTool(libreOffice, { CI: "true" })).toThrow(/LibreOffice not found/);
    expect(() => findTool(chromium, { CI: "true" })).toThrow(/Chromium not found/);
    // With the real paths: found, or (outside CI only) skipped.
    expect(libreOfficeAvailable({})).toBe(findTool(LIBREOFFICE, {}) !== undefined);
  });

  test("CI is CI=true or CI=1", () => {
    expect(isCI({ CI: "true" })).toBe(true);
    expect(isCI({ CI: "TRUE" })).toBe(true);
    expect(isCI({ CI: "1" })).toBe(true);
    expect(isCI({ CI: "false" })).toBe(false);
    expect(isCI({})).toBe(false);
  });
});
