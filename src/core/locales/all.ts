/**
 * Both catalogues, registered as this module loads. Code that may speak
 * either language and loads on demand (the pane's actions, the custom
 * functions' implementations) imports it first, so its chunk brings both
 * before any of its modules runs; each merges over the first screen's texts
 * the pane started with (i18n.ts, addCatalogue). Under Node they are there
 * already (bundled.ts): nothing changes.
 */
import { addCatalogue } from "../i18n";
import { en } from "./en";
import { fr } from "./fr";

addCatalogue("en", en);
addCatalogue("fr", fr);
