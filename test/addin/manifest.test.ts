/**
 * The manifest, checked offline (the validation service cannot be reached here):
 * well-formed, every resid defined, a GUID id, HTTPS everywhere, icons present,
 * requirement sets declared, French overrides for what people read.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { create } from "xmlbuilder2";

const file = path.resolve(__dirname, "../../manifest.xml");
const xml = fs.readFileSync(file, "utf8");
const doc = create(xml);

/** Every element with a given local name, anywhere. */
function all(name: string): Element[] {
  const dom = doc.node as unknown as Document;
  return Array.from(dom.getElementsByTagNameNS("*", name.replace(/^.*:/, "")));
}
const attr = (e: Element, a: string) => e.getAttribute(a);

describe("manifest.xml", () => {
  test("is well-formed (and xmllint agrees when installed)", () => {
    expect(all("OfficeApp")).toHaveLength(1);
    if (fs.existsSync("/usr/bin/xmllint")) execFileSync("xmllint", ["--noout", file]);
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
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) {
      expect(u).toMatch(/^https:\/\//);
      expect(domains.some((d) => u.startsWith(d))).toBe(true);
    }
  });

  test("every icon exists under assets/ at the size its name says", () => {
    const icons = [...xml.matchAll(/https:\/\/[^/]+\/(assets\/icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThan(3);
    for (const [, rel, size] of icons) {
      const png = fs.readFileSync(path.resolve(__dirname, "../..", rel));
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
