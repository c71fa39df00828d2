/**
 * The catalogues i18n.ts starts with: both, synchronously (the command line,
 * the tests, anything under Node). The task pane's build replaces this
 * module with on-demand.ts (webpack.config.js), so its first screen carries
 * only its language's first-screen texts (first-screen.ts).
 */
import type { Lang } from "../model";
import type { Catalogue } from "../i18n";
import { en } from "./en";
import { fr } from "./fr";

export const bundled: Partial<Record<Lang, Catalogue>> = { en, fr };
