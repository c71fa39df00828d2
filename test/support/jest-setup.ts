/**
 * Jest setup for every test file. Tests wait for states, never for time:
 * testing-library's `findBy*` and `waitFor` poll until the state arrives, so
 * their timeout only matters when it never does. Its default (1 s) failed on
 * a loaded 2-core machine; 30 s holds at load 8 and still fails a state that
 * never comes well inside jest's own test timeout (120 s, jest.config.js).
 */
export const ASYNC_UTIL_TIMEOUT_MS = 30000;

// Only the jsdom test files render components; node test files need none of it.
if (typeof document !== "undefined") {
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({ asyncUtilTimeout: ASYNC_UTIL_TIMEOUT_MS });
}
