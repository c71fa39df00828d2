/**
 * Where the tables were declared before each got its own file: kept so that
 * imports from here go on working. The tables are in src/core/tables/, the
 * lists and labels in src/core/vocabulary.ts.
 */
export {
  TABLES,
  TABLE_BY_KEY,
  tableSpecs,
  header,
  headerMatches,
  codeListName,
  enumListName,
  type CodeListKey,
  type ColumnKind,
  type ColumnSpec,
  type FormulaContext,
  type TableKey,
  type TableSpec,
} from "../tables";
export { LISTS, listLabel, listLabelKey, listValue, type ListKey } from "../vocabulary";
