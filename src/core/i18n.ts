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

/**
 * Languages whose whole catalogue is there: both under Node (bundled.ts); in
 * the pane, none at start (it starts with its first screen's texts).
 */
const whole = new Set<Lang>(Object.keys(bundled) as Lang[]);

/** Whether a language's whole catalogue is there (always under Node; in the pane once loaded). */
export function hasCatalogue(lang: Lang): boolean {
  return whole.has(lang);
}

/** Merge texts into a language's (deep, a text already there replaced): nothing there is lost. */
function merge(lang: Lang, texts: Partial<Catalogue>): void {
  get().addResourceBundle(lang, "translation", texts, true, true);
  plain[lang].clear(); // nothing translated before stays as its key
}

/**
 * Add a language's whole catalogue (once), over its first screen's texts if
 * the pane started with them.
 */
export function addCatalogue(lang: Lang, catalogue: Catalogue): void {
  if (whole.has(lang)) return;
  merge(lang, catalogue);
  whole.add(lang);
}

/**
 * Load a language's whole catalogue if it is not there: the task pane loads
 * the other language's when the planner picks it (each is its own chunk);
 * both also come with the code behind the buttons (locales/all.ts). Under
 * Node both are there.
 */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (hasCatalogue(lang)) return;
  const catalogue =
    lang === "fr"
      ? (await import(/* webpackChunkName: "messages-fr" */ "./locales/fr")).fr
      : (await import(/* webpackChunkName: "messages-en" */ "./locales/en")).en;
  addCatalogue(lang, catalogue);
}

/**
 * Load the texts of the pane's first screen in its language, unless that
 * language has texts already: a few KB (its own chunk, made at build time
 * from the whole catalogue: locales/first-screen.ts).
 */
export async function loadFirstScreen(lang: Lang): Promise<void> {
  if (get().hasResourceBundle(lang, "translation")) return;
  const texts =
    lang === "fr"
      ? (await import(/* webpackChunkName: "first-screen-fr" */ "./locales/first-screen-fr")).texts
      : (await import(/* webpackChunkName: "first-screen-en" */ "./locales/first-screen-en")).texts;
  merge(lang, texts);
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
