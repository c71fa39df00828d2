/**
 * The recording Excel double (test/office/excel-double.ts) as an Excel host
 * in the browser: bundled by the browser test (webpack, into test-output/)
 * and installed before the app starts, so the built pane works on a
 * workbook that keeps what it is given, as the jest tests' double does.
 *
 * What the test reads and steers, on window:
 *   __wb           the workbook double (sheets, tables, each sheet's change handlers);
 *   __runs         Excel.run calls started;
 *   __hold()       later Excel.run calls wait until __release() (an action kept running);
 *   __held         Excel.run calls waiting.
 * Office's requirement sets come from requirement-sets.js, installed beside it.
 */
import { contextFor, WorkbookDouble } from "../office/excel-double";

type Batch = (context: Excel.RequestContext) => Promise<unknown>;
/** Excel.run(batch), or Excel.run(context, batch) in a context already made (how event handlers are removed). */
type Run = (a: Batch | Excel.RequestContext, b?: Batch) => Promise<unknown>;

const w = window as unknown as {
  __wb: WorkbookDouble;
  __runs: number;
  __held: number;
  __hold: () => void;
  __release: () => void;
  Excel: { run: Run };
};

const wb = new WorkbookDouble();
let gate: Promise<void> | null = null;
let open: () => void = () => undefined;
w.__wb = wb;
w.__runs = 0;
w.__held = 0;
w.__hold = () => {
  gate = new Promise<void>((r) => (open = r));
};
w.__release = () => {
  gate = null;
  open();
};
w.Excel = {
  run: async (a, b) => {
    w.__runs++;
    if (gate) {
      w.__held++;
      await gate;
      w.__held--;
    }
    return typeof a === "function" ? a(contextFor(wb).context) : b!(a);
  },
};
