/** Serve a folder on 127.0.0.1 on a free port (browser tests and benchmarks). */
const fs = require("fs");
const http = require("http");
const path = require("path");
const zlib = require("zlib");

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "text/xml",
  ".css": "text/css",
};

/** `gzip`: compress text files for clients that accept it, as a production server would. */
function serve(dir, { gzip = false } = {}) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url || "/", "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] || "application/octet-stream";
    if (gzip && /gzip/.test(req.headers["accept-encoding"] || "") && type !== "image/png") {
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip" });
      res.end(zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
      return;
    }
    res.writeHead(200, { "content-type": type });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Chromium's flags here: headless, and no traffic of its own. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

module.exports = { serve, CHROMIUM_ARGS };
