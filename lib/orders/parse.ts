import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { parseCsvBatches } from "@/lib/results/csv";
import { decodeChunks } from "@/lib/results/encoding";
import { isDamageReason, mapOrderHeaders, parseOrderStatus, type OrderColumn } from "./columns";

/** A cell as a file gives it: text from a CSV; text, a number or a date from a spreadsheet. */
export type Cell = string | number | Date | null;

export type OrderFileFormat = "csv" | "xlsx";

export type OrderProblemKey =
  | "missingColumns"
  | "noHeader"
  | "unreadable"
  | "orderIdInvalid"
  | "skuMissing"
  | "skuInvalid"
  | "statusUnknown"
  | "numberInvalid"
  | "timeInvalid"
  | "paidBeforeCreated"
  | "otherShop";

export type OrderProblem = { line: number; key: OrderProblemKey; detail?: string };

/** One order line as the portal keeps it: no buyer data, times as instants, amounts in whole dong. */
export type OrderRow = {
  line: number;
  orderId: string;
  skuId: string;
  sellerSku: string | null;
  productName: string;
  variation: string | null;
  status: OrderStatus;
  substatus: string | null;
  cancelReturnType: string | null;
  reason: string | null;
  damage: boolean;
  quantity: number;
  returnedQuantity: number;
  unitPrice: number;
  subtotal: number;
  orderAmount: number;
  orderRefund: number;
  createdTime: Date;
  paidTime: Date | null;
};

/** An XLSX file is a ZIP archive: it starts with "PK\3\4". */
export function formatOf(first: Buffer): OrderFileFormat {
  return first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04 ? "xlsx" : "csv";
}

/** A spreadsheet cell's value as text, a number or a date (rich text, formulas and links unwrapped). */
function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || value instanceof Date) return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return xlsxCell(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
  }
  return String(value);
}

/**
 * The rows of an export, one at a time with their line (row) number: a CSV (",", ";" or tab;
 * UTF-8 with or without a BOM, UTF-16, Windows-1258) or the first sheet of an XLSX workbook,
 * streamed either way so that a large export is never held whole.
 */
export async function* readOrderRows(source: Readable, format: OrderFileFormat): AsyncGenerator<{ line: number; cells: Cell[] }[]> {
  if (format === "csv") {
    // The rows of each chunk together (see parseCsvBatches).
    yield* parseCsvBatches(decodeChunks(source as AsyncIterable<Buffer>));
    return;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(source, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  for await (const sheet of workbook) {
    for await (const row of sheet) {
      // row.values is 1-based: index 0 is empty.
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      const cells = Array.from({ length: values.length }, (_, i) => xlsxCell(values[i]));
      if (cells.some((c) => c !== null && String(c).trim() !== "")) yield [{ line: row.number, cells }];
    }
    // The first sheet only: exports have one.
    return;
  }
}

const text = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
};

/**
 * An id the platform writes as a long string of digits. A spreadsheet that read it as a number
 * has already lost its last digits ("5.77e+17", "577…0.0", or a number above 2^53): refused,
 * since guessing would merge different orders. A leading apostrophe or tab (Excel's "as text") is dropped.
 */
export function parseId(cell: Cell | undefined): string | null {
  if (typeof cell === "number") return Number.isSafeInteger(cell) && cell >= 0 ? String(cell) : null;
  const value = text(cell).replace(/^['\t]+/, "");
  return /^\d{1,30}$/.test(value) ? value : null;
}

/**
 * An amount of dong as exports write it: 150000, "150000", "150.000", "150,000", "₫150.000",
 * "150000.00" or "150.000,00" (cents of a whole amount). Null when it is not one.
 */
export function parseAmount(cell: Cell | undefined): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) && cell >= 0 ? Math.round(cell) : null;
  // Plain digits, as most exports write amounts: no cleaning needed.
  if (typeof cell === "string" && /^\d{1,15}$/.test(cell)) return Number(cell);
  let value = text(cell).replace(/\s|₫|đ|vnd|vnđ/gi, "");
  if (value === "") return 0;
  // Decimal cents at the end ("150000.00", "150.000,00"): dong have none worth keeping.
  const cents = /^(.*\d)[.,](\d{1,2})$/.exec(value);
  if (cents) value = cents[1]!;
  if (/^\d+$/.test(value)) return Number.isSafeInteger(Number(value)) ? Number(value) : null;
  if (/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(value)) return Number(value.replace(/[.,]/g, ""));
  return null;
}

function parseCount(cell: Cell | undefined): number | null {
  const n = parseAmount(cell);
  return n !== null && n <= 2_147_483_647 ? n : null;
}

/** Vietnam is UTC+7 all year. */
const VN_OFFSET_MS = 7 * 3600_000;

type TimeParts = [number, number, number, number, number, number];

/** The digits of `value` from `from`, `n` of them, as a number; -1 when one is not a digit. */
function digitsAt(value: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** "DD/MM/YYYY HH:MM:SS", as the seller centre writes every time of an export: read by position, without a regular expression. */
function sellerCentreTime(value: string): TimeParts | null {
  if (value.length !== 19 || value[2] !== "/" || value[5] !== "/" || value[10] !== " " || value[13] !== ":" || value[16] !== ":") return null;
  const parts: TimeParts = [digitsAt(value, 6, 4), digitsAt(value, 3, 2), digitsAt(value, 0, 2), digitsAt(value, 11, 2), digitsAt(value, 14, 2), digitsAt(value, 17, 2)];
  return parts.includes(-1) ? null : parts;
}

/** The other ways a time may be written (see parseLocalTime). */
function otherTime(value: string): TimeParts | null {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (dmy) return [+dmy[3]!, +dmy[2]!, +dmy[1]!, +dmy[4]!, +dmy[5]!, +(dmy[6] ?? 0)];
  const ymd = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  return ymd ? [+ymd[1]!, +ymd[2]!, +ymd[3]!, +ymd[4]!, +ymd[5]!, +(ymd[6] ?? 0)] : null;
}

/**
 * A local Vietnam time as exports write it: "DD/MM/YYYY HH:MM:SS" (the seller centre's), also
 * "DD/MM/YYYY HH:MM", "YYYY-MM-DD HH:MM[:SS]" or "YYYY/MM/DD HH:MM[:SS]", or a spreadsheet date
 * (whose clock reading is the local time). Empty is null; anything else is invalid.
 */
export function parseLocalTime(cell: Cell | undefined): Date | null | "invalid" {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "invalid" : new Date(cell.getTime() - VN_OFFSET_MS);
  let value = text(cell);
  if (value.charCodeAt(0) === 39 || value.charCodeAt(0) === 9) value = value.replace(/^['\t]+/, "");
  if (!value) return null;
  const parts = sellerCentreTime(value) ?? otherTime(value);
  if (!parts) return "invalid";
  const [y, mo, d, h, mi, s] = parts;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(utc);
  // 31/02 or 25:00 roll over in Date.UTC: refuse them instead.
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59 || y < 2000) return "invalid";
  return new Date(utc - VN_OFFSET_MS);
}

const optional = (value: string) => (value ? value.slice(0, 500) : null);

/**
 * One row of the export checked and turned into an order line, or the row's first problem. The
 * description row that follows the headers in seller-centre exports ("Platform unique order ID.")
 * is `skip`.
 */
export function toOrderRow(line: number, cells: Cell[], index: Partial<Record<OrderColumn, number>>, first: boolean): OrderRow | OrderProblem | "skip" {
  const cell = (c: OrderColumn) => (index[c] === undefined ? null : (cells[index[c]!] ?? null));
  const orderId = parseId(cell("orderId"));
  if (!orderId) {
    const raw = text(cell("orderId"));
    // The description row: words where an id should be, right after the headers.
    if (first && /[a-zà-ỹ]{3,}/i.test(raw) && !/e\+?\d/i.test(raw)) return "skip";
    return { line, key: "orderIdInvalid", detail: raw || "—" };
  }
  const skuText = text(cell("skuId")).replace(/^['\t]+/, "");
  // SKU ids are digits in real exports; any other text is kept as written, but not a number a
  // spreadsheet rounded ("1.73e+18", "1729…0.0").
  const skuId = !skuText ? "" : /^\d+(\.\d+)?e\+?\d+$|^\d+\.0+$/i.test(skuText) || typeof cell("skuId") === "number" ? parseId(cell("skuId")) : skuText.slice(0, 64);
  const sellerSku = optional(text(cell("sellerSku")).replace(/^['\t]+/, ""));
  if (skuId === null) return { line, key: "skuInvalid", detail: skuText };
  if (!skuId && !sellerSku) return { line, key: "skuMissing" };
  const statusText = text(cell("status"));
  const status = parseOrderStatus(statusText);
  if (!status) return { line, key: "statusUnknown", detail: statusText || "—" };
  const numbers = {
    quantity: parseCount(cell("quantity")),
    returnedQuantity: parseCount(cell("returnedQuantity")),
    unitPrice: parseAmount(cell("unitPrice")),
    subtotal: parseAmount(cell("subtotal")),
    orderAmount: parseAmount(cell("orderAmount")),
    orderRefund: parseAmount(cell("orderRefund")),
  };
  for (const key in numbers) {
    const column = key as keyof typeof numbers;
    if (numbers[column] === null) return { line, key: "numberInvalid", detail: `${column}: ${text(cell(column))}` };
  }
  const createdTime = parseLocalTime(cell("createdTime"));
  const paidTime = parseLocalTime(cell("paidTime"));
  if (createdTime === "invalid" || createdTime === null) return { line, key: "timeInvalid", detail: text(cell("createdTime")) || "—" };
  if (paidTime === "invalid") return { line, key: "timeInvalid", detail: text(cell("paidTime")) };
  if (paidTime && paidTime.getTime() < createdTime.getTime()) return { line, key: "paidBeforeCreated" };
  const reason = optional(text(cell("returnReason")) || text(cell("cancelReason")));
  return {
    line,
    orderId,
    // No SKU ID: the Seller SKU identifies the line within its order.
    skuId: skuId || `seller:${sellerSku}`,
    sellerSku,
    productName: text(cell("productName")).slice(0, 300),
    variation: optional(text(cell("variation"))),
    status,
    substatus: optional(text(cell("substatus"))),
    cancelReturnType: optional(text(cell("cancelReturnType"))),
    reason,
    damage: isDamageReason(reason),
    quantity: numbers.quantity!,
    returnedQuantity: numbers.returnedQuantity!,
    unitPrice: numbers.unitPrice!,
    subtotal: numbers.subtotal!,
    orderAmount: numbers.orderAmount!,
    orderRefund: numbers.orderRefund!,
    createdTime,
    paidTime,
  };
}

/**
 * Every row of an export as order lines and problems, the header found on the first non-empty
 * row; in batches, as the file's chunks complete them.
 */
export async function* parseOrderFile(
  source: Readable,
  format: OrderFileFormat,
): AsyncGenerator<(OrderRow | OrderProblem)[]> {
  let index: Partial<Record<OrderColumn, number>> | null = null;
  let first = true;
  for await (const batch of readOrderRows(source, format)) {
    const out: (OrderRow | OrderProblem)[] = [];
    for (const { line, cells } of batch) {
      if (!index) {
        const mapped = mapOrderHeaders(cells.map(text));
        if (mapped.missing.length) {
          source.destroy();
          yield [{ line, key: "missingColumns", detail: mapped.missing.join(", ") }];
          return;
        }
        index = mapped.index;
        continue;
      }
      const row = toOrderRow(line, cells, index, first);
      first = false;
      if (row !== "skip") out.push(row);
    }
    if (out.length) yield out;
  }
  if (!index) yield [{ line: 1, key: "noHeader" }];
}

export const isProblem = (row: OrderRow | OrderProblem): row is OrderProblem => "key" in row;
