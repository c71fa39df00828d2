/**
 * The English first-screen catalogue (first-screen.ts). Under Node it is
 * picked from en.ts as it loads; the pane's build evaluates this module at
 * build time (webpack.config.js, src/core/locales/at-build.js), so its chunk
 * holds only these texts, never en.ts.
 */
import { en } from "./en";
import { firstScreenOf } from "./first-screen";

export const texts = firstScreenOf(en);
