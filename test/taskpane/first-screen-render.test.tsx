/** @jest-environment jsdom */
/**
 * The pane's first screen with its first-screen texts alone, as the pane's
 * build starts it (src/core/locales/on-demand.ts stands in for bundled.ts:
 * no whole catalogue at start; index.tsx loads the first screen's texts):
 * in French and in English, every text shown is translated (no key shows
 * raw, every t() call found its text), before any click, with the blank
 * plan's year fields and their error, and through the busy and failed
 * states of a first click whose code never came. Then the whole catalogue
 * merges over the first screen's texts: nothing is lost, French typography
 * and plurals hold on both.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as i18n from "../../src/core/i18n";
import { App } from "../../src/taskpane/App";
import { en } from "../../src/core/locales/en";
import { fr } from "../../src/core/locales/fr";
import type { Lang } from "../../src/core/model";

jest.mock("../../src/core/locales/bundled", () => ({ bundled: {} }));
// The code behind the buttons never comes (the connection dropped): the first click fails in words.
jest.mock("../../src/taskpane/actions", () => {
  throw new Error("the actions' chunk did not come");
});

// jsdom has no ResizeObserver (Fluent's MessageBar watches its size): a no-op one.
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const { addCatalogue, hasCatalogue, loadFirstScreen, t } = i18n;
const KEYS = Object.keys(en);

/** Every t() call's key whose text did not come (i18next gives the key back). */
const untranslated: string[] = [];
const realT = i18n.t;
beforeAll(() => {
  jest.spyOn(i18n, "t").mockImplementation((lang, key, values) => {
    const text = realT(lang, key, values);
    if (text === key || text.includes(key)) untranslated.push(`${lang}:${key}`);
    return text;
  });
});
afterAll(() => jest.restoreAllMocks());

/** Catalogue keys showing in the page, text or attributes (the dotted ones: "yes" and "no" are words too). */
function rawKeys(): string[] {
  const html = document.body.innerHTML;
  return KEYS.filter((k) => k.includes(".") && html.includes(k));
}

async function firstScreen(lang: Lang, said: Record<"title" | "create" | "working" | "failed" | "unknown" | "years", string>) {
  untranslated.length = 0;
  await loadFirstScreen(lang);
  expect(hasCatalogue(lang)).toBe(false); // the first screen's texts only
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <App
        workbook={() => {
          throw new Error("no action runs here");
        }}
        openSubmission={() => Promise.reject(new Error("no import here"))}
        initialLang={lang}
      />
    </FluentProvider>
  );
  expect(screen.getByRole("heading", { name: said.title })).toBeTruthy();
  // The blank plan shows its year fields; a period the wrong way round, its error.
  fireEvent.click(screen.getAllByRole("radio")[2]);
  const [start] = screen.getAllByRole("spinbutton");
  fireEvent.change(start, { target: { value: "2040" } });
  expect(await screen.findByText(said.years)).toBeTruthy();
  fireEvent.change(start, { target: { value: "2024" } });
  expect(rawKeys()).toEqual([]);
  // The first click: busy while its code loads (the load fails a microtask
  // later, after this synchronous look), then failed in words.
  fireEvent.click(screen.getByRole("button", { name: said.create }));
  expect(screen.getByText(said.working)).toBeTruthy();
  expect(rawKeys()).toEqual([]);
  expect(await screen.findByText(said.failed)).toBeTruthy();
  expect(screen.getByText(said.unknown)).toBeTruthy();
  expect(screen.queryByText(said.working)).toBeNull();
  expect(rawKeys()).toEqual([]);
  expect(untranslated).toEqual([]);
  unmount();
}

test("French first screen, its busy and failed states, from the first-screen texts alone", async () => {
  await firstScreen("fr", {
    title: fr["pane.title"],
    create: fr["pane.create"],
    working: fr["pane.working"],
    failed: fr["pane.error.title"],
    unknown: fr["pane.error.unknown"],
    years: fr["pane.badYears"],
  });
  expect([hasCatalogue("en"), hasCatalogue("fr")]).toEqual([false, false]);
});

test("English first screen, its busy and failed states, from the first-screen texts alone", async () => {
  await firstScreen("en", {
    title: en["pane.title"],
    create: en["pane.create"],
    working: en["pane.working"],
    failed: en["pane.error.title"],
    unknown: en["pane.error.unknown"],
    years: en["pane.badYears"],
  });
});

test("the whole catalogue merges over the first screen's texts: nothing lost, typography and plurals hold", () => {
  // Before: a key outside the first screen is not there (it would show raw).
  expect(t("fr", "sheet.framework")).toBe("sheet.framework");
  // On the first-screen texts already: French typography and plurals.
  expect(t("fr", "pane.import.chosen", { count: 2 })).toBe("Classeurs choisis\u202f: 2");
  expect(t("fr", "consolidate.settled", { count: 1, ids: "C1" })).toBe("1 conflit réglé\u202f: C1");
  expect(t("fr", "consolidate.settled", { count: 3, ids: "C1, C2, C3" })).toBe(
    "3 conflits réglés\u202f: C1, C2, C3"
  );
  addCatalogue("fr", fr);
  addCatalogue("en", en);
  expect([hasCatalogue("en"), hasCatalogue("fr")]).toEqual([true, true]);
  // A text asked for before the catalogue came is not kept as its key.
  expect(t("fr", "sheet.framework")).toBe("Cadre stratégique");
  // Every key, in both languages, is there once merged (first-screen ones included).
  for (const key of KEYS as (keyof typeof en)[]) {
    expect(realT("en", key)).not.toBe(key);
    expect(realT("fr", key)).not.toBe(key);
  }
  expect(t("fr", "pane.title")).toBe(fr["pane.title"]);
  expect(t("fr", "pane.import.chosen", { count: 2 })).toBe("Classeurs choisis\u202f: 2");
  expect(t("fr", "consolidate.settled", { count: 1, ids: "C1" })).toBe("1 conflit réglé\u202f: C1");
  expect(t("en", "consolidate.settled", { count: 1, ids: "C1" })).toBe("1 conflict settled: C1");
  // A first screen's texts arriving after the whole catalogue change nothing.
  void loadFirstScreen("fr");
  expect(t("fr", "sheet.framework")).toBe("Cadre stratégique");
});
