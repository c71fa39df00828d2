/**
 * Every string a person reads that the tool itself adds (sheet names,
 * headers, list labels, messages), in English and French, through i18next.
 * The plan's own text is never translated.
 */
import i18next, { type i18n as I18n, type TOptions } from "i18next";
import type { Lang } from "./model";
import type { en } from "./locales/en";
// Both catalogues under Node; none in the task pane's build, which loads them by language.
import { bundled } from "./locales/bundled";

export type MessageKey = keyof typeof en;
/** One language's texts, by key. */
export type Catalogue = Record<MessageKey, string>;

let instance: I18n | undefined;

/**
 * French typography, as an i18next post-processor: a narrow no-break space
 * before : ; ? ! and inside « », whatever space the catalogue or a value put
 * there (so a line never breaks before the colon).
 */
const frenchTypography = {
  type: "postProcessor" as const,
  name: "frenchTypography",
  process(value: string, _key: string | string[], options: TOptions): string {
    if (options.lng !== "fr") return value;
    return value
      .replace(/[ \u00a0]([:;?!])(?=\s|$|["»)])/g, "\u202f$1")
      .replace(/«[ \u00a0]?/g, "«\u202f")
      .replace(/[ \u00a0]?»/g, "\u202f»");
  },
};

function get(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    instance.use(frenchTypography);
    // Resources are in memory: initialisation is synchronous.
    const resources: Record<string, { translation: Catalogue }> = {};
    for (const [lang, catalogue] of Object.entries(bundled))
      resources[lang] = { translation: catalogue };
    void instance.init({
      postProcess: ["frenchTypography"],
      resources,
      lng: "en",
      fallbackLng: "en",
      initImmediate: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/**
 * Texts without values, once translated (values bench: the check of 27,720
 * value rows spent most of its time in i18next, a label per row and code).
 */
const plain = { en: new Map<string, string>(), fr: new Map<string, string>() };

/** Whether a language's texts are there (always under Node; in the pane once loaded). */
export function hasCatalogue(lang: Lang): boolean {
  return get().hasResourceBundle(lang, "translation");
}

/** Add a language's texts (once; a language already there is kept). */
export function addCatalogue(lang: Lang, catalogue: Catalogue): void {
  if (hasCatalogue(lang)) return;
  get().addResourceBundle(lang, "translation", catalogue);
  plain[lang].clear(); // nothing translated before stays as its key
}

/**
 * Load a language's texts if they are not there: the task pane loads its
 * language's catalogue before its first screen shows, the other when the
 * language changes (each is its own chunk). Under Node both are there.
 */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (hasCatalogue(lang)) return;
  const catalogue =
    lang === "fr"
      ? (await import(/* webpackChunkName: "messages-fr" */ "./locales/fr")).fr
      : (await import(/* webpackChunkName: "messages-en" */ "./locales/en")).en;
  addCatalogue(lang, catalogue);
}

/** Translate a key into a language, with {{named}} values. */
export function t(lang: Lang, key: MessageKey, values?: TOptions): string {
  if (values === undefined) {
    const cache = plain[lang];
    let text = cache?.get(key);
    if (text === undefined) {
      text = get().t(key, { lng: lang }) as string;
      cache?.set(key, text);
    }
    return text;
  }
  return get().t(key, { lng: lang, ...values }) as string;
}

/** Both languages' texts for a key (readers accept either). */
export function both(key: MessageKey, values?: TOptions): [string, string] {
  return [t("en", key, values), t("fr", key, values)];
}

/** Pick the language from a locale such as "fr-FR" (Office display language). */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** Fold case and accents, trim and squeeze spaces: how headers and labels are compared. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2019']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
