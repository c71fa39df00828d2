/**
 * The French first-screen catalogue (first-screen.ts). Under Node it is
 * picked from fr.ts as it loads; the pane's build evaluates this module at
 * build time (webpack.config.js, src/core/locales/at-build.js), so its chunk
 * holds only these texts, never fr.ts.
 */
import { fr } from "./fr";
import { firstScreenOf } from "./first-screen";

export const texts = firstScreenOf(fr);
