/**
 * Numbers as planners type them in text cells, in either convention:
 * "250,000" and "250 000" and "1 500 000 FCFA" (thousands), "12,5" and
 * "250.000,50" (decimal comma), "1,234.5", "45%". A number is read exactly
 * or not at all: a text that could mean two numbers ("1,500": one and a half
 * in French, fifteen hundred in English; "2.500") is refused as ambiguous,
 * never silently scaled. The one parser: the reader, the check and the
 * consolidation all read text numbers through it.
 */
import type { CellValue } from "./template/types";

export type ParsedNumber =
  { ok: true; value: number | null } | { ok: false; why: "not-a-number" | "ambiguous" };

const SPACES = /[\s\u00a0\u202f\u2009]/g;
/** Currency marks a planner may type with an amount. */
const CURRENCY = /^(?:F\s?CFA|FCFA|CFA|XOF|EUR|USD|€|\$)|(?:F\s?CFA|FCFA|CFA|XOF|EUR|USD|€|\$|F)$/i;

const grouped = (s: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s);

export function parseTypedNumber(v: CellValue): ParsedNumber {
  if (v === null || v === "") return { ok: true, value: null };
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, value: v } : bad();
  if (typeof v === "boolean") return bad();
  let s = v.trim();
  if (s === "") return { ok: true, value: null };
  s = s.replace(CURRENCY, "").trim();
  if (s.endsWith("%")) s = s.slice(0, -1).trim();
  let sign = "";
  if (/^[+-]/.test(s)) {
    sign = s[0] === "-" ? "-" : "";
    s = s.slice(1).trim();
  }
  // Spaces only ever group thousands: "1 500 000".
  if (SPACES.test(s)) {
    const parts = s.split(/[.,]/);
    const intPart = parts[0];
    if (!grouped(intPart.replace(SPACES, " ").replace(/ /g, "_"), "_")) return bad();
    s = s.replace(SPACES, "");
  }
  if (/^\d+(e[+-]?\d+)?$/i.test(s) || /^\d*\.\d+(e[+-]?\d+)?$/i.test(s) || /^\d+\.\d*$/.test(s)) {
    // Plain digits, or a dot decimal; but "2.500" could be French thousands.
    if (/^[1-9]\d{0,2}\.\d{3}$/.test(s)) return { ok: false, why: "ambiguous" };
    return num(sign + s);
  }
  const comma = s.includes(",");
  const dot = s.includes(".");
  if (comma && dot) {
    const decimalSep = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const groupSep = decimalSep === "," ? "." : ",";
    const [intPart, frac, ...rest] = s.split(decimalSep);
    if (rest.length || !/^\d+$/.test(frac) || !grouped(intPart, groupSep)) return bad();
    return num(`${sign}${intPart.split(groupSep).join("")}.${frac}`);
  }
  if (comma || dot) {
    const sep = comma ? "," : ".";
    const parts = s.split(sep);
    if (parts.length > 2) return grouped(s, sep) ? num(sign + parts.join("")) : bad();
    const [intPart, frac] = parts;
    if (!/^\d*$/.test(intPart) || !/^\d+$/.test(frac)) return bad();
    // "1,500" and "250,000": thousands in English, a decimal in French.
    if (frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart)) return { ok: false, why: "ambiguous" };
    return num(`${sign}${intPart || "0"}.${frac}`);
  }
  return bad();
}

function bad(): ParsedNumber {
  return { ok: false, why: "not-a-number" };
}

function num(s: string): ParsedNumber {
  const n = Number(s);
  return Number.isFinite(n) ? { ok: true, value: n } : bad();
}

/** The number a cell holds: null when blank, undefined when it holds no number (or two). */
export function parseNumber(v: CellValue): number | null | undefined {
  const p = parseTypedNumber(v);
  return p.ok ? p.value : undefined;
}
