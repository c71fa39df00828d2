/**
 * Where the add-in is served from, as one setting, and what follows from it.
 *
 * - The production host: NAP1325_HOST (environment), else package.json's
 *   `config.host`, else the development server (https://localhost:3000).
 *   `npm run build` writes dist/addin/manifest.xml with every development URL
 *   rewritten to it.
 * - The support page (the manifest's SupportUrl, shown by Office's add-in
 *   dialogs): NAP1325_SUPPORT_URL, else package.json's `config.supportUrl`,
 *   else the support page built with the add-in (`<host>/support.html`).
 * - The development server speaks HTTPS (the manifest says https, and Excel
 *   loads nothing else) or refuses to start, saying what to install.
 *
 * Used by webpack.config.js and by test/addin.
 */
const pkg = require("../package.json");

/** Where the source manifest.xml points: `npm run dev-server`. */
const DEV_HOST = "https://localhost:3000";

class SettingError extends Error {}

/** An HTTPS URL, or a loud refusal naming the setting. */
function httpsUrl(value, setting, folder = false) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new SettingError(`${setting}: "${value}" is not a URL (expected https://...)`);
  }
  if (url.protocol !== "https:")
    throw new SettingError(
      `${setting}: "${value}" is not HTTPS. Office loads add-ins only over HTTPS: serve dist/addin/ over HTTPS and give that address.`
    );
  if (folder && (url.search || url.hash))
    throw new SettingError(
      `${setting}: "${value}" has a query or fragment; give the folder's address only.`
    );
  return url;
}

/** The production host and support URL from the environment and package.json. */
function addinSettings(env = process.env, config = pkg.config || {}) {
  const hostSetting = env.NAP1325_HOST ? "NAP1325_HOST" : "package.json config.host";
  const host = httpsUrl(
    env.NAP1325_HOST || config.host || DEV_HOST,
    hostSetting,
    true
  ).href.replace(/\/+$/, "");
  const supportSetting = env.NAP1325_SUPPORT_URL
    ? "NAP1325_SUPPORT_URL"
    : "package.json config.supportUrl";
  const supportUrl = httpsUrl(
    env.NAP1325_SUPPORT_URL || config.supportUrl || `${host}/support.html`,
    supportSetting
  ).href;
  return { host, supportUrl, isDevHost: host === DEV_HOST };
}

const escapeXml = (s) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The manifest for `host`: every development URL rewritten, the app domain the
 * host's origin, the support URL the configured one.
 */
function productionManifest(xml, { host, supportUrl }) {
  const origin = new URL(host).origin;
  const support = /<SupportUrl DefaultValue="[^"]*"\s*\/>/;
  if (!support.test(xml)) throw new Error("manifest.xml has no <SupportUrl DefaultValue=.../>");
  return xml
    .replace(support, `<SupportUrl DefaultValue="${escapeXml(supportUrl)}"/>`)
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${escapeXml(origin)}</AppDomain>`)
    .split(`${DEV_HOST}/`)
    .join(`${escapeXml(host)}/`);
}

/**
 * The development server's HTTPS options, from office-addin-dev-certs (an
 * optional dependency). Without them the server refuses to start, loudly:
 * the manifest points Excel at https://localhost:3000, and a server that fell
 * back to http would leave Excel with a blank pane and no reason.
 * NAP1325_DEV_HTTP=1 serves plain http on purpose (a browser, not Excel).
 */
async function devServerHttps(
  env = process.env,
  load = () => require("office-addin-dev-certs"),
  warn = (m) => console.warn(m)
) {
  if (env.NAP1325_DEV_HTTP === "1") {
    warn(
      "\n*** NAP1325_DEV_HTTP=1: serving plain http on port 3000. Excel will NOT load the add-in from it (the manifest says https). ***\n"
    );
    return "http";
  }
  let cause;
  try {
    const options = await load().getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (e) {
    cause = e instanceof Error ? e.message : String(e);
  }
  throw new SettingError(
    [
      "",
      "*** The development server needs HTTPS and has no certificate. ***",
      `manifest.xml points Excel at ${DEV_HOST}; Excel loads add-ins only over HTTPS.`,
      "Install the development certificate, then start again:",
      "    npx office-addin-dev-certs install",
      "(office-addin-dev-certs is an optional dependency; on Linux it needs a desktop keyring.)",
      "To serve plain http to a browser anyway, set NAP1325_DEV_HTTP=1.",
      `Cause: ${cause}`,
      "",
    ].join("\n")
  );
}

module.exports = { DEV_HOST, SettingError, addinSettings, productionManifest, devServerHttps };
