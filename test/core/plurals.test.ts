/**
 * Counts agree with their number inside longer messages (issue 17: "1 errors"
 * reached planners): each count is its own plural key, nested by i18next.
 * The expected texts are written out here, in both languages.
 */
import { t } from "../../src/core/i18n";

const NNBSP = "\u202f";

describe("counts inside longer messages", () => {
  test("the consolidation's summary, one file and two", () => {
    expect(t("en", "consolidate.summary", { files: 1, refused: 0, conflicts: 1 })).toBe(
      "1 file read, 0 refused; 1 new conflict for the TMU to settle"
    );
    expect(t("en", "consolidate.summary", { files: 2, refused: 1, conflicts: 0 })).toBe(
      "2 files read, 1 refused; 0 new conflicts for the TMU to settle"
    );
    // French: 0 and 1 take the singular.
    expect(t("fr", "consolidate.summary", { files: 1, refused: 0, conflicts: 1 })).toBe(
      `1 fichier lu, 0 refusé${NNBSP}; 1 nouveau conflit à trancher par l’UGT`
    );
    expect(t("fr", "consolidate.summary", { files: 3, refused: 2, conflicts: 5 })).toBe(
      `3 fichiers lus, 2 refusés${NNBSP}; 5 nouveaux conflits à trancher par l’UGT`
    );
  });

  test("a file's line of the import", () => {
    const one = {
      file: "a.xlsx",
      focalPoint: "MJ",
      added: 1,
      filled: 1,
      unchanged: 1,
      conflicts: 0,
      ignored: 1,
    };
    expect(t("en", "consolidate.file", one)).toBe(
      "a.xlsx (MJ): 1 added, 1 blank filled, 1 unchanged, 0 in conflict, 1 left alone"
    );
    expect(t("fr", "consolidate.file", one)).toBe(
      `a.xlsx (MJ)${NNBSP}: 1 ajouté, 1 case vide remplie, 1 inchangé, 0 en conflit, 1 laissé de côté`
    );
    const two = { ...one, added: 2, filled: 2, unchanged: 2, ignored: 2 };
    expect(t("fr", "consolidate.file", two)).toBe(
      `a.xlsx (MJ)${NNBSP}: 2 ajoutés, 2 cases vides remplies, 2 inchangés, 0 en conflit, 2 laissés de côté`
    );
  });

  test("a prepared copy's line", () => {
    const v = {
      file: "c.xlsx",
      code: "MJ",
      year: 2021,
      copyId: "X",
      actions: 1,
      indicators: 0,
      otherActions: 2,
      otherIndicators: 1,
    };
    expect(t("en", "cycle.prepared", v)).toBe(
      "c.xlsx: MJ's copy for 2021 (copy X): 1 own action, 0 own indicators open; 2 others' actions marked, 1 other's indicator locked"
    );
    expect(t("fr", "cycle.prepared", v)).toBe(
      `c.xlsx${NNBSP}: copie de MJ pour 2021 (copie X)${NNBSP}: 1 action propre ouverte, 0 indicateur propre ouvert${NNBSP}; 2 actions d’autres marquées, 1 indicateur d’autres verrouillé`
    );
  });

  test("findings", () => {
    expect(t("en", "v.errorCount", { count: 1 })).toBe("1 error");
    expect(t("fr", "v.warningCount", { count: 0 })).toBe("0 avertissement");
    expect(t("fr", "v.warningCount", { count: 2 })).toBe("2 avertissements");
  });
});
