/**
 * How a cell wraps its text, for row heights written ahead of time (LibreOffice
 * and its PDF export do not fit rows on opening): lines at spaces, a word
 * longer than the line broken, for a column width in Excel's units.
 */

/** Points a line of wrapped text takes (Calibri 11), and the characters a width unit holds. */
export const LINE_HEIGHT = 15;
export const CHARS_PER_WIDTH = 1.1;

/** The lines a text takes in a column of `width`. */
export function wrappedLines(text: string, width: number): number {
  const cap = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split("\n").reduce((n, part) => {
    let count = 1;
    let used = 0;
    for (const word of part.split(/\s+/).filter(Boolean)) {
      if (used > 0 && used + 1 + word.length > cap) {
        count++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + word.length;
      while (used > cap) {
        count++;
        used -= cap;
      }
    }
    return n + count;
  }, 0);
}
