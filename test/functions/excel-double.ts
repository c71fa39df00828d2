/** The bits of the custom-functions runtime the functions use, as Excel provides them. */
export class CFError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

export function installCustomFunctionsDouble(displayLanguage = "en-US"): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.CustomFunctions = {
    Error: CFError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: () => undefined,
  };
  g.Office = { context: { displayLanguage } };
}

/** Call a custom function as Excel would; return its value or the error it raised. */
export function call<T>(f: () => T): T | { error: string; message?: string } {
  try {
    return f();
  } catch (e) {
    if (e instanceof CFError) return { error: e.code, message: e.message };
    throw e;
  }
}

/** Call a registered custom function (async) as Excel would: its value, or the error it raised. */
export async function callAsync<T>(
  f: () => Promise<T>
): Promise<T | { error: string; message?: string }> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof CFError) return { error: e.code, message: e.message };
    throw e;
  }
}
