/**
 * The manifest, checked offline (the validation service cannot be reached here;
 * `npm run validate` asks it where there is network): well-formed, every resid
 * defined, a GUID id, HTTPS everywhere, icons present, requirement sets
 * declared, French overrides for what people read. Checked twice: the source
 * manifest.xml (development server) and the manifest `npm run build` writes
 * for a production host (scripts/addin-host.js); the built file itself too
 * when dist/addin holds one.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { create } from "xmlbuilder2";

const ROOT = path.resolve(__dirname, "../..");
const { addinSettings, productionManifest, devServerHttps, DEV_HOST } =
  require("../../scripts/addin-host") as {
    addinSettings: (
      env: Record<string, string | undefined>,
      config?: Record<string, string>
    ) => { host: string; supportUrl: string; isDevHost: boolean };
    productionManifest: (xml: string, s: { host: string; supportUrl: string }) => string;
    devServerHttps: (
      env: Record<string, string | undefined>,
      load: () => { getHttpsServerOptions: () => Promise<Record<string, string>> },
      warn?: (m: string) => void
    ) => Promise<unknown>;
    DEV_HOST: string;
  };

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const PROD = addinSettings({ NAP1325_HOST: "https://addin.example.org/nap1325/" }, {});
const built = productionManifest(source, PROD);

const attr = (e: Element, a: string) => e.getAttribute(a);

function manifestChecks(label: string, xml: string, file?: string) {
  describe(label, () => {
    const doc = create(xml);
    /** Every element with a given local name, anywhere. */
    function all(name: string): Element[] {
      const dom = doc.node as unknown as Document;
      return Array.from(dom.getElementsByTagNameNS("*", name.replace(/^.*:/, "")));
    }
    test("is well-formed (and xmllint agrees when installed)", () => {
      expect(all("OfficeApp")).toHaveLength(1);
      if (fs.existsSync("/usr/bin/xmllint")) {
        const f =
          file ??
          path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nap-manifest-")), "manifest.xml");
        if (!file) fs.writeFileSync(f, xml);
        execFileSync("xmllint", ["--noout", f]);
      }
    });

    test("its support URL is a support page, not the task pane", () => {
      const support = attr(all("SupportUrl")[0], "DefaultValue")!;
      expect(support).toMatch(/^https:\/\//);
      expect(support).not.toMatch(/taskpane\.html/);
    });

    test("has a GUID id and a four-part version", () => {
      expect(all("Id")[0].textContent).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
      );
      expect(all("Version")[0].textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    });

    test("every resid points to a resource, and every resource is used", () => {
      const ids = new Set(
        all("Image")
          .concat(all("Url"), all("String"))
          .map((e) => attr(e, "id"))
          .filter(Boolean)
      );
      const used = new Set<string>();
      for (const e of Array.from((doc.node as unknown as Document).getElementsByTagName("*"))) {
        const r = attr(e, "resid");
        if (r) {
          expect({ resid: r, defined: ids.has(r) }).toEqual({ resid: r, defined: true });
          used.add(r);
        }
      }
      for (const id of ids) expect({ id, used: used.has(id!) }).toEqual({ id, used: true });
    });

    test("every URL is HTTPS and on an app domain", () => {
      const domains = all("AppDomain").map((e) => e.textContent!.trim());
      // The support page may live anywhere (a helpdesk): HTTPS, but no app domain needed.
      const urls = [
        ...xml
          .replace(/<SupportUrl [^>]*>/, "")
          .matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g),
      ].map((m) => m[1]);
      expect(urls.length).toBeGreaterThan(8);
      for (const u of urls) {
        expect(u).toMatch(/^https:\/\//);
        expect(domains.some((d) => u.startsWith(d))).toBe(true);
      }
    });

    test("every icon exists under assets/ at the size its name says", () => {
      const icons = [...xml.matchAll(/https:\/\/[^"]*?\/(assets\/icon-(\d+)\.png)/g)];
      expect(icons.length).toBeGreaterThan(3);
      for (const [, rel, size] of icons) {
        const png = fs.readFileSync(path.resolve(ROOT, rel));
        expect(png.subarray(1, 4).toString()).toBe("PNG");
        expect(png.readUInt32BE(16)).toBe(Number(size));
      }
    });

    test("declares its requirements, a shared runtime and the custom functions", () => {
      const sets = (parent: Element) =>
        Array.from(parent.getElementsByTagNameNS("*", "Set")).map(
          (e) => `${attr(e, "Name")} ${attr(e, "MinVersion")}`
        );
      const [base, overrides] = all("Requirements");
      // The base asks only for ExcelApi 1.1: old Excel opens the pane and is told what it lacks.
      expect(base.parentElement!.localName).toBe("OfficeApp");
      expect(sets(base)).toEqual(["ExcelApi 1.1"]);
      // The shared runtime is required where it is used: by the overrides (ribbon, custom functions).
      expect(overrides.parentElement!.localName).toBe("VersionOverrides");
      expect(sets(overrides)).toEqual(["SharedRuntime 1.1"]);
      const runtime = all("Runtime")[0];
      expect(attr(runtime, "lifetime")).toBe("long");
      const cf = all("ExtensionPoint").find((e) => attr(e, "xsi:type") === "CustomFunctions")!;
      expect(cf).toBeDefined();
      // The page of the custom functions is the task pane: one runtime for both.
      const page = cf
        .getElementsByTagNameNS("*", "Page")[0]
        .getElementsByTagNameNS("*", "SourceLocation")[0];
      expect(attr(page, "resid")).toBe(attr(runtime, "resid"));
      const ns = all("String").find((e) => attr(e, "id") === "Functions.Namespace")!;
      expect(attr(ns, "DefaultValue")).toBe("NAP");
    });

    test("what people read has a French override", () => {
      for (const name of ["DisplayName", "Description"]) {
        const e = all(name)[0];
        expect(
          Array.from(e.getElementsByTagNameNS("*", "Override")).map((o) => attr(o, "Locale"))
        ).toContain("fr-FR");
      }
      for (const s of all("String").filter((e) => attr(e, "id") !== "Functions.Namespace")) {
        expect({
          id: attr(s, "id"),
          fr: Array.from(s.getElementsByTagNameNS("*", "Override")).some(
            (o) => attr(o, "Locale") === "fr-FR"
          ),
        }).toEqual({
          id: attr(s, "id"),
          fr: true,
        });
      }
      const metadata = all("Url").find((e) => attr(e, "id") === "Functions.Metadata.Url")!;
      expect(metadata.getElementsByTagNameNS("*", "Override")[0].getAttribute("Value")).toMatch(
        /functions\.fr\.json$/
      );
    });
  });
}

manifestChecks("manifest.xml (development server)", source, path.join(ROOT, "manifest.xml"));
manifestChecks(`the manifest built for ${PROD.host}`, built);
const DIST_MANIFEST = path.join(ROOT, "dist/addin/manifest.xml");
if (fs.existsSync(DIST_MANIFEST))
  manifestChecks(
    "dist/addin/manifest.xml as built",
    fs.readFileSync(DIST_MANIFEST, "utf8"),
    DIST_MANIFEST
  );

describe("the production host, from one setting", () => {
  test("every development URL is rewritten to the host; the app domain is its origin", () => {
    expect(source.match(/https:\/\/localhost:3000/g)!.length).toBeGreaterThan(10);
    expect(built).not.toContain("localhost");
    const urls = [...built.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u.startsWith("https://addin.example.org/nap1325/")).toBe(true);
    expect(built).toContain("<AppDomain>https://addin.example.org</AppDomain>");
    expect(built).toContain(
      '<SourceLocation DefaultValue="https://addin.example.org/nap1325/taskpane.html"/>'
    );
  });

  test("a real support page, not the pane: the built support.html, or the configured one", () => {
    expect(source).toContain('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>');
    expect(built).toContain(
      '<SupportUrl DefaultValue="https://addin.example.org/nap1325/support.html"/>'
    );
    const helpdesk = addinSettings(
      {
        NAP1325_HOST: "https://addin.example.org",
        NAP1325_SUPPORT_URL: "https://help.example.org/nap?x",
      },
      {}
    );
    expect(
      productionManifest(source, { ...helpdesk, supportUrl: "https://help.example.org/nap&1" })
    ).toContain('<SupportUrl DefaultValue="https://help.example.org/nap&amp;1"/>');
    expect(fs.existsSync(path.join(ROOT, "src/taskpane/support.html"))).toBe(true);
    const webpack = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    expect(webpack).toMatch(/support\.html/);
    expect(webpack).toMatch(/productionManifest/);
  });

  test("the setting: environment first, then package.json config, then the development server", () => {
    expect(addinSettings({}, {})).toMatchObject({ host: DEV_HOST, isDevHost: true });
    expect(addinSettings({}, { host: "https://cfg.example.org" }).host).toBe(
      "https://cfg.example.org"
    );
    expect(
      addinSettings(
        { NAP1325_HOST: "https://env.example.org" },
        { host: "https://cfg.example.org" }
      ).host
    ).toBe("https://env.example.org");
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.config).toHaveProperty("host");
    expect(pkg.config).toHaveProperty("supportUrl");
  });

  test("a host that is not HTTPS is refused, naming the setting", () => {
    expect(() => addinSettings({ NAP1325_HOST: "http://addin.example.org" }, {})).toThrow(
      /NAP1325_HOST: "http:\/\/addin.example.org" is not HTTPS/
    );
    expect(() => addinSettings({}, { host: "addin.example.org" })).toThrow(
      /package.json config.host: .* is not a URL/
    );
    expect(() => addinSettings({ NAP1325_SUPPORT_URL: "http://help.example.org" }, {})).toThrow(
      /NAP1325_SUPPORT_URL/
    );
  });

  test("npm run validate asks Microsoft's validation service (it needs network)", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.validate).toMatch(/^office-addin-manifest validate /);
    expect(pkg.scripts["validate:dist"]).toMatch(
      /office-addin-manifest validate dist\/addin\/manifest\.xml/
    );
  });
});

describe("the development server: HTTPS or a loud refusal", () => {
  const certs = {
    getHttpsServerOptions: async () => ({ ca: "CA", key: "KEY", cert: "CERT", extra: "x" }),
  };

  test("with the development certificate: HTTPS", async () => {
    await expect(devServerHttps({}, () => certs)).resolves.toEqual({
      type: "https",
      options: { ca: "CA", key: "KEY", cert: "CERT" },
    });
  });

  test("without it: the server refuses to start, saying what to install (never a silent http)", async () => {
    const missing = () => {
      throw new Error("Cannot find module 'office-addin-dev-certs'");
    };
    await expect(devServerHttps({}, missing)).rejects.toThrow(
      /needs HTTPS[\s\S]*npx office-addin-dev-certs install/
    );
    const noKeyring = { getHttpsServerOptions: () => Promise.reject(new Error("no keyring")) };
    await expect(devServerHttps({}, () => noKeyring)).rejects.toThrow(/Cause: no keyring/);
  });

  test("plain http only when asked for by name, and said loudly", async () => {
    const warned: string[] = [];
    await expect(
      devServerHttps(
        { NAP1325_DEV_HTTP: "1" },
        () => certs,
        (m) => warned.push(m)
      )
    ).resolves.toBe("http");
    expect(warned.join("")).toMatch(/Excel will NOT load the add-in/);
  });
});
