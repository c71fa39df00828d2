/**
 * In the task pane's build, bundled.ts's stand-in (webpack.config.js): no
 * catalogue at start. The pane starts with its language's first-screen texts
 * (first-screen.ts; i18n.ts, loadFirstScreen); a whole catalogue loads in
 * its own chunk when a language is picked (i18n.ts, loadCatalogue), and both
 * with the code that needs them (all.ts).
 */
import type { Lang } from "../model";
import type { Catalogue } from "../i18n";

export const bundled: Partial<Record<Lang, Catalogue>> = {};
