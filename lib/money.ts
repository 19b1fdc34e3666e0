/**
 * Reads an amount of dong as people type it: "150.000", "150,000", "150 000", "150000",
 * "150.000 ₫" or "150000đ" are all 150000. Dong has no minor unit, so "150.5" and "150,50" are
 * refused (null) rather than guessed.
 */
export function parseVnd(raw: string): number | null {
  const text = raw.trim().replace(/\s*(₫|đ|d|vnd|vnđ)$/i, "").trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return safe(Number(text));
  // Thousands groups separated by one kind of separator: "1.234.567", "1,234,567", "1 234 567".
  const grouped = /^(\d{1,3})((?:([.,\s])\d{3})(?:\3\d{3})*)$/.exec(text);
  if (!grouped) return null;
  return safe(Number(text.replace(/[.,\s]/g, "")));
}

function safe(value: number): number | null {
  return Number.isSafeInteger(value) ? value : null;
}
