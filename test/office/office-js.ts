/**
 * Office.js's own request serialiser, run beside the recording double: the
 * request Excel on the web would receive is measured, not estimated.
 *
 * The @microsoft/office-js package's Excel library (excel-web-16.00.debug.js,
 * unmodified) is loaded into a Node sandbox. Its RequestContext builds every
 * request as it would in Excel; a request executor put in place of Excel
 * records each request body's JSON size and answers with what Office.js needs
 * to go on (a reference for each object it instantiated, an empty value for
 * each query).
 *
 * `measured(context)` wraps the double's context: every property set, method
 * call and load is applied to both the double (which keeps the workbook and
 * answers reads) and Office.js's context (which serialises the request); each
 * sync syncs both. Responses are measured on the double's side: the JSON of
 * what each load asked for, as the double answers it.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

const LIBRARY = path.join(
  path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
  "excel-web-16.00.debug.js"
);

let excel: any;

/** Office.js's Excel namespace, loaded once per process. */
function officeExcel(): any {
  if (excel) return excel;
  const g: any = { console, setTimeout, clearTimeout, setInterval, clearInterval };
  g.window = g;
  g.self = g;
  g.navigator = { userAgent: "node" };
  g.document = {
    getElementsByTagName: () => [],
    createElement: () => ({ style: {}, setAttribute() {} }),
    addEventListener() {},
    readyState: "complete",
  };
  g.location = { href: "https://localhost/", search: "", hash: "", protocol: "https:" };
  g.addEventListener = () => {};
  vm.createContext(g);
  vm.runInContext(fs.readFileSync(LIBRARY, "utf8"), g, { filename: LIBRARY });
  excel = g.Excel;
  if (typeof excel?.RequestContext !== "function")
    throw new Error("Office.js's Excel library did not load");
  return excel;
}

/** Sizes of each sync's request (Office.js's serialised body) and response (the loaded values' JSON). */
export interface Sizes {
  requests: number[];
  responses: number[];
  /** Office.js actions in each request. */
  actions: number[];
  /** Errors Office.js raised on its side (must stay empty: every operation was serialised). */
  errors: string[];
  /** Bytes of each request by what its actions set or call ("Values", "NumberFormat"...; object paths apart). */
  breakdown: Record<string, number>[];
}

const PAIR = Symbol("pair");

/** The double's context, with Office.js's serialiser beside it; `sizes` fills as it syncs. */
export function measured<C>(doubleContext: C): { context: C; sizes: Sizes } {
  const Excel = officeExcel();
  const real = new Excel.RequestContext();
  const sizes: Sizes = { requests: [], responses: [], actions: [], errors: [], breakdown: [] };
  real._requestExecutor = {
    executeAsync(
      _custom: unknown,
      _flags: unknown,
      message: {
        Body: { Actions: { Id: number; ActionType: number; Name: string }[]; ObjectPaths: object };
      }
    ) {
      sizes.requests.push(JSON.stringify(message.Body).length);
      sizes.actions.push(message.Body.Actions.length);
      const by: Record<string, number> = {
        "(object paths)": JSON.stringify(message.Body.ObjectPaths ?? {}).length,
      };
      for (const a of message.Body.Actions) {
        const k = a.Name || `(action type ${a.ActionType})`;
        by[k] = (by[k] ?? 0) + JSON.stringify(a).length + 1;
      }
      sizes.breakdown.push(by);
      const Results: unknown[] = [];
      for (const a of message.Body.Actions) {
        // Instantiate: a reference, so the object stays usable across syncs (as Excel answers).
        if (a.ActionType === 1)
          Results.push({ ActionId: a.Id, Value: { _ReferenceId: `ref${a.Id}` } });
        // Query: the double answers reads; Office.js's side only needs a value.
        else if (a.ActionType === 2) Results.push({ ActionId: a.Id, Value: {} });
      }
      return Promise.resolve({
        ErrorCode: null,
        ErrorMessage: null,
        Headers: {},
        Body: { Results },
      });
    },
  };

  // What each pending load asked for, read from the double after its sync.
  let loads: (() => unknown)[] = [];
  const loadedOf = (d: any, props: string | string[]) => {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    return () =>
      Object.fromEntries(
        list.map((p) => {
          if (p.startsWith("items/")) {
            const sub = p.slice("items/".length);
            return [p, (d.items as any[]).map((i) => i[sub])];
          }
          return [p, d[p]];
        })
      );
  };

  const pairs = new WeakMap<object, { d: any; r: any }>();
  const unwrapDouble = (x: any) =>
    x && typeof x === "object" && pairs.has(x) ? pairs.get(x)!.d : x;
  const unwrapReal = (x: any) => (x && typeof x === "object" && pairs.has(x) ? pairs.get(x)!.r : x);
  const realGet = (r: any, prop: PropertyKey) => {
    try {
      return r?.[prop];
    } catch {
      return undefined; // a property Office.js has not loaded: read from the double only
    }
  };
  const onReal = (what: string, f: () => unknown) => {
    try {
      return f();
    } catch (e) {
      sizes.errors.push(`${what}: ${(e as Error).message}`);
      return undefined;
    }
  };

  const tee = (d: any, r: any): any => {
    if (d === null || typeof d !== "object" || Array.isArray(d)) return d;
    const proxy: any = new Proxy(d, {
      get(target, prop) {
        if (prop === PAIR) return true;
        if (prop === "then") return undefined;
        const dv = target[prop];
        if (typeof dv === "function") {
          if (prop === "sync") return sync;
          return (...args: any[]) => {
            if (prop === "load") loads.push(loadedOf(target, args[0]));
            const rf = realGet(r, prop);
            const rv =
              typeof rf === "function"
                ? onReal(String(prop), () => rf.apply(r, args.map(unwrapReal)))
                : (sizes.errors.push(`no ${String(prop)}() in Office.js`), undefined);
            const out = dv.apply(target, args.map(unwrapDouble));
            return out === target ? proxy : tee(out, rv);
          };
        }
        return tee(dv, realGet(r, prop));
      },
      set(target, prop, value) {
        target[prop] = unwrapDouble(value);
        if (r) onReal(`set ${String(prop)}`, () => (r[prop] = unwrapReal(value)));
        else sizes.errors.push(`set ${String(prop)} on an object Office.js does not have`);
        return true;
      },
    });
    pairs.set(proxy, { d, r });
    return proxy;
  };

  const doubleSync = (doubleContext as any).sync.bind(doubleContext);
  async function sync(): Promise<void> {
    try {
      await real.sync();
    } catch (e) {
      sizes.errors.push(`sync: ${(e as Error).message}`);
    }
    const pending = loads;
    loads = [];
    await doubleSync();
    sizes.responses.push(JSON.stringify(pending.map((f) => f())).length);
  }

  return { context: tee(doubleContext, real) as C, sizes };
}
