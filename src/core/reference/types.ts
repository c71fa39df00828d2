/** An item of a reference list: its official code and wording, and where they come from. */
export interface ReferenceItem {
  /** The official code ("5.5.1", "16.7"). */
  code: string;
  /** A target or an indicator (SDG); an indicator (global 1325). */
  kind: "target" | "indicator";
  /** The official wording in English and in French. */
  en: string;
  fr: string;
  /** The document the wording is taken from. */
  source: string;
  /**
   * The French is the tool's working translation of the English, not an
   * official text (none found): every place that shows it says so
   * ("(traduction de travail)").
   */
  frWorkingTranslation?: true;
}
