/**
 * Office's display language, where Office is there (undefined outside it):
 * the one Office.js call the custom functions need, kept in src/office and
 * small enough not to bring the adapter into the functions' bundle.
 */
export function displayLanguage(): string | undefined {
  return typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
}
