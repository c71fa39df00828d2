/**
 * A blank plan's years, as the create use case accepts them: its own file so
 * the task pane's first screen can check them without loading the use case.
 */
export function validYears(c: { start: number; end: number }): boolean {
  return (
    Number.isInteger(c.start) &&
    Number.isInteger(c.end) &&
    c.start >= 1990 &&
    c.end <= 2100 &&
    c.end >= c.start
  );
}
