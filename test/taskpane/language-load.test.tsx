/** @jest-environment jsdom */
/**
 * The pane's build starts with one message catalogue, its language's
 * (src/core/locales/on-demand.ts stands in for bundled.ts there): here too,
 * only English is there at start; French loads when the planner picks it,
 * and the pane speaks it once it has loaded.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { hasCatalogue, t } from "../../src/core/i18n";

jest.mock("../../src/core/locales/bundled", () => ({
  bundled: {
    en: (
      jest.requireActual("../../src/core/locales/en") as typeof import("../../src/core/locales/en")
    ).en,
  },
}));

test("starts with the English catalogue only; French loads when picked, then the pane speaks it", async () => {
  expect([hasCatalogue("en"), hasCatalogue("fr")]).toEqual([true, false]);
  // Before French is there, its keys fall back to English (i18next's fallback language).
  expect(t("fr", "pane.title")).toBe("NAP 1325 results workbook");
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        workbook={() => {
          throw new Error("no action is run here");
        }}
        openSubmission={() => Promise.reject(new Error("no import here"))}
        initialLang="en"
      />
    </FluentProvider>
  );
  expect(screen.getByRole("heading", { name: "NAP 1325 results workbook" })).toBeTruthy();
  fireEvent.change(screen.getByRole("combobox", { name: "Language of the workbook" }), {
    target: { value: "fr" },
  });
  expect(
    await screen.findByRole("heading", { name: "Classeur des résultats du PAN 1325" })
  ).toBeTruthy();
  expect(screen.getByRole("combobox", { name: "Langue du classeur" })).toBeTruthy();
  expect(hasCatalogue("fr")).toBe(true);
  expect(document.documentElement.lang).toBe("fr");
  // A text translated before the catalogue came is not kept in English.
  expect(t("fr", "pane.title")).toBe("Classeur des résultats du PAN 1325");
});
