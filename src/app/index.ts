/** The use cases, over the workbook port both adapters implement. */
export * from "./port";
export * from "./errors";
export * from "./create";
export * from "./check";
export * from "./donors";
export * from "./consolidate";
