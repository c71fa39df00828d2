/** The one Excel call behind the bare pane's button: the given text into the active sheet's first cell. */
export async function writeToFirstCell(text: string): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      cell.values = [[text]];
      cell.format.autofitColumns();
      await context.sync();
    });
  } catch (e) {
    console.error(e);
  }
}
