/*
 * An Excel host double for the browser test, installed before the app starts.
 * Every Office.js proxy is a recording Proxy: calls and assignments are logged
 * in window.__excelLog; collections load as empty; sync resolves at once.
 */
(() => {
  const log = [];
  window.__excelLog = log;
  let syncs = 0;
  const proxy = (path) =>
    new Proxy(function () {}, {
      get(_t, prop) {
        if (prop === "then") return undefined;
        if (prop === "items") return [];
        if (prop === "protected") return false;
        if (prop === "toJSON") return () => path;
        return proxy(`${path}.${String(prop)}`);
      },
      set(_t, prop, value) {
        log.push({ op: "set", path: `${path}.${String(prop)}`, value });
        return true;
      },
      apply(_t, _this, args) {
        log.push({
          op: "call",
          path,
          args: args.map((a) => (typeof a === "function" ? "fn" : a && a.toJSON ? a.toJSON() : a)),
        });
        return proxy(`${path}()`);
      },
    });
  const context = proxy("context");
  window.Excel = {
    run: async (f) => {
      const ctx = new Proxy(context, {
        get(t, prop) {
          if (prop === "sync")
            return async () => {
              syncs++;
              window.__excelSyncs = syncs;
            };
          return t[prop];
        },
      });
      return f(ctx);
    },
  };
  // Office's requirement sets: requirement-sets.js, installed beside this file.
})();
