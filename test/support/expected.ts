/** Table names the template promises (stable whatever the language): written out here, not taken from the code. */
export const ENTRY_TABLES = [
  "tblActions",
  "tblBudget",
  "tblChanges",
  "tblConflicts",
  "tblFramework",
  "tblFunding",
  "tblImports",
  "tblIndicators",
  // refsheets (issue 14): the indicators' reference sheets.
  "tblIndicatorRefs",
  "tblNapMeta",
  "tblRegions",
  "tblExchangeRate",
  "tblPartnerChoice",
  "tblRisks",
  "tblStakeholders",
  "tblSubmissions",
  "tblValues",
];
export const SUMMARY_TABLES = [
  "tblCompleteness",
  "tblDonorOutputs",
  "tblDonorPartners",
  "tblDonorPillars",
  "tblDonorSources",
  // donorprint (issue 18): the partner page, in the plan currency and the donor's (a rate is set).
  "tblPartnerPage",
  "tblPartnerPageDonor",
  "tblReportGlobal1325",
  "tblReportSdg",
  "tblSumFunding",
  "tblSumIndicators",
  "tblSumPillars",
  "tblSumRegions",
  "tblSumStakeholders",
  "tblSumYears",
];
export const ALL_TABLES = [...ENTRY_TABLES, ...SUMMARY_TABLES].sort();
