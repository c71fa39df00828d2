/*
 * Every Office requirement set reported as supported, once office.js has set
 * up Office.context: installed before the app starts, beside either Excel host
 * double (excel-host-double.js, or the workbook double of calm.ts).
 */
(() => {
  const patch = setInterval(() => {
    if (window.Office && window.Office.context) {
      window.Office.context.requirements = { isSetSupported: () => true };
      clearInterval(patch);
    }
  }, 5);
})();
