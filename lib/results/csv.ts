import { parseVnd } from "@/lib/money";
import { foldVietnamese } from "@/lib/text";

/** The separator a header line uses most: ",", ";" or a tab (Excel's "Unicode text"). */
function separatorOf(header: string): "," | ";" | "\t" {
  const count = (c: string) => header.split(c).length - 1;
  const tabs = count("\t");
  const semicolons = count(";");
  if (tabs > semicolons && tabs > count(",")) return "\t";
  return semicolons > count(",") ? ";" : ",";
}

/**
 * CSV as the TikTok Shop seller centre and Excel write it: ",", ";" or a tab (whichever the header
 * line uses most), quoted fields with "" escapes and line breaks inside quotes, CRLF or LF, UTF-8 with
 * or without a BOM. Rows come out one at a time with their line number, so a large file is never
 * held as one string.
 */
export async function* parseCsv(chunks: AsyncIterable<string>): AsyncGenerator<CsvRow> {
  for await (const rows of parseCsvBatches(chunks)) yield* rows;
}

export type CsvRow = { line: number; cells: string[] };

/**
 * The same rows, as the rows each chunk of text completes: one step of the iteration per chunk
 * rather than per row (an export of 200,000 lines spent a second passing rows one by one through
 * the readers stacked on it).
 */
export async function* parseCsvBatches(chunks: AsyncIterable<string>): AsyncGenerator<CsvRow[]> {
  let out: CsvRow[] = [];
  let separator: "," | ";" | "\t" | null = null;
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let pending = "";
  let first = true;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]!.trim() === "")) out.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };
  for await (let chunk of chunks) {
    if (first) {
      chunk = chunk.replace(/^\uFEFF/, "");
      first = false;
    }
    if (separator === null) {
      pending += chunk;
      const end = pending.indexOf("\n");
      if (end === -1) continue;
      const header = pending.slice(0, end);
      separator = separatorOf(header);
      chunk = pending;
      pending = "";
    }
    // The next quote in the chunk, found once and moved forward (a search per line would be quadratic).
    let nextQuote = -1;
    for (let i = 0; i < chunk.length; i++) {
      // A whole line without quotes at the start of a row (most lines of an export): split at once
      // rather than character by character, several times faster on large files.
      if (!quoted && !afterQuote && cell === "" && cells.length === 0) {
        const end = chunk.indexOf("\n", i);
        if (nextQuote !== Infinity && nextQuote < i) {
          const q = chunk.indexOf('"', i);
          nextQuote = q === -1 ? Infinity : q;
        }
        if (end !== -1 && nextQuote > end) {
          const text = chunk.charCodeAt(end - 1) === 13 && end > i ? chunk.slice(i, end - 1) : chunk.slice(i, end);
          const row = text.split(separator);
          if (!(row.length === 1 && row[0]!.trim() === "")) out.push({ line: rowLine, cells: row });
          line++;
          rowLine = line;
          i = end;
          continue;
        }
      }
      const ch = chunk[i]!;
      if (quoted) {
        if (ch === '"') {
          if (chunk[i + 1] === '"') {
            cell += '"';
            i++;
          } else if (i + 1 === chunk.length) {
            // A quote at the end of a chunk: decide with the next chunk.
            quoted = false;
            afterQuote = true;
          } else {
            quoted = false;
          }
        } else {
          if (ch === "\n") line++;
          cell += ch;
        }
        continue;
      }
      if (afterQuote) {
        afterQuote = false;
        if (ch === '"') {
          cell += '"';
          quoted = true;
          continue;
        }
      }
      if (ch === '"' && cell.trim() === "") {
        cell = "";
        quoted = true;
      } else if (ch === separator) {
        cells.push(cell);
        cell = "";
      } else if (ch === "\n") {
        if (cell.endsWith("\r")) cell = cell.slice(0, -1);
        endRow();
        line++;
        rowLine = line;
      } else {
        cell += ch;
      }
    }
    if (out.length) {
      yield out;
      out = [];
    }
  }
  if (separator === null && pending) {
    // One line and no line break: read it as a line.
    yield* parseCsvBatches((async function* () { yield `${pending}\n`; })());
    return;
  }
  if (cell.endsWith("\r")) cell = cell.slice(0, -1);
  if (cell !== "" || cells.length > 0) endRow();
  if (out.length) yield out;
}

/** The columns of a results file, each with the headers accepted for it (compared without case, accents or punctuation). */
export const RESULT_COLUMNS = {
  sessionId: ["session_id", "session id", "session", "mã phiên", "ma phien", "id phiên", "phiên"],
  date: ["date", "ngày", "ngày phát", "ngay"],
  channel: ["channel", "kênh", "tài khoản", "shop"],
  startTime: ["start_time", "start time", "start", "giờ bắt đầu", "giờ", "bắt đầu"],
  product: ["sku", "mã sku", "mã sản phẩm", "slug", "product", "product name", "sản phẩm", "tên sản phẩm"],
  orders: ["orders", "số đơn", "đơn hàng", "số đơn hàng"],
  units: ["units", "units sold", "số lượng", "số lượng bán", "sản phẩm bán ra"],
  gmv: ["gmv", "gmv (vnd)", "doanh số", "doanh thu", "gmv (₫)"],
  viewers: ["viewers", "views", "lượt xem", "người xem"],
} as const;

export type ResultColumn = keyof typeof RESULT_COLUMNS;

/** A column as a person knows it: its header in the template (public/templates/ket-qua-phien.csv) and in English. */
export const COLUMN_TITLES: Record<ResultColumn, string> = {
  sessionId: "Mã phiên (session_id)",
  date: "Ngày (date)",
  channel: "Kênh (channel)",
  startTime: "Giờ bắt đầu (start_time)",
  product: "Mã SKU (sku)",
  orders: "Số đơn (orders)",
  units: "Số lượng bán (units)",
  gmv: "Doanh số (gmv)",
  viewers: "Lượt xem (viewers)",
};

const headerKey = (h: string) => foldVietnamese(h).replace(/[^a-z0-9]/g, "");

/** Which cell holds which column; `missing` lists what a file must have and lacks. */
export function mapHeaders(header: string[]): { index: Partial<Record<ResultColumn, number>>; missing: ResultColumn[] } {
  const index: Partial<Record<ResultColumn, number>> = {};
  header.forEach((h, i) => {
    const key = headerKey(h);
    for (const [column, names] of Object.entries(RESULT_COLUMNS) as [ResultColumn, readonly string[]][]) {
      if (index[column] === undefined && names.some((n) => headerKey(n) === key)) index[column] = i;
    }
  });
  const missing: ResultColumn[] = [];
  if (index.sessionId === undefined && (index.date === undefined || index.channel === undefined || index.startTime === undefined)) missing.push("sessionId");
  for (const column of ["product", "orders", "units", "gmv"] as const) if (index[column] === undefined) missing.push(column);
  return { index, missing };
}

/** A non-negative whole number as people type it ("1.234.567", "1234567", "1 234 567"); null otherwise. */
export function parseFigure(raw: string | undefined): number | null {
  const text = (raw ?? "").trim();
  if (!text || text.startsWith("-")) return null;
  return parseVnd(text);
}

/**
 * A cell safe to open in Excel: text starting with =, +, -, @, a tab or a carriage return would be
 * read as a formula, so it gets a leading apostrophe. Numbers are written as plain integers.
 */
export function csvCell(value: string | number | bigint | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint") return value.toString();
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document with a BOM, so that Excel opens Vietnamese text correctly. */
export function toCsv(header: string[], rows: (string | number | bigint | null)[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
