/**
 * Every string a person reads that the tool itself adds (sheet names,
 * headers, list labels, messages), in English and French, through i18next.
 * The plan's own text is never translated.
 */
import i18next, { type i18n as I18n, type TOptions } from "i18next";
import type { Lang } from "./model";
import { en } from "./locales/en";
import { fr } from "./locales/fr";

export type MessageKey = keyof typeof en;

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
    // Resources are bundled: initialisation is synchronous.
    void instance.init({
      postProcess: ["frenchTypography"],
      resources: { en: { translation: en }, fr: { translation: fr } },
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
