/**
 * What a chart draws, prepared on the server: a label, a value, and the words a tooltip or a
 * screen reader would need. Pure, so it can be tested without a browser.
 */
export type ChartDatum = { name: string; value: number; tooltip: string; others?: boolean };

/**
 * The largest `top` categories, then one "others" bar for the rest (so a long tail of provinces
 * or producers stays one readable bar instead of twenty illegible ones). When every row fits, the
 * input order is kept (stars stay 3, 4, 5); otherwise the largest come first.
 */
export function topWithOthers<T extends { name: string; value: number }>(
  rows: T[],
  top: number,
  others: (count: number, value: number) => { name: string; tooltip: string },
  tooltip: (row: T) => string,
): ChartDatum[] {
  if (rows.length <= top) return rows.map((r) => ({ name: r.name, value: r.value, tooltip: tooltip(r) }));
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  const head = sorted.slice(0, top).map((r) => ({ name: r.name, value: r.value, tooltip: tooltip(r) }));
  const tail = sorted.slice(top);
  if (tail.length === 0) return head;
  const rest = tail.reduce((sum, r) => sum + r.value, 0);
  return [...head, { ...others(tail.length, rest), value: rest, others: true }];
}

/**
 * A round top for a value axis with room for the value labels: the smallest 1, 2, 2.5 or 5 × 10ⁿ
 * at or above `max` × `headroom` (an axis ending at "15,3 tỷ ₫" reads as a mistake).
 */
export function niceCeil(max: number, headroom = 1): number {
  const target = Math.max(1, max * headroom);
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= target)!;
  return step * power;
}

/** The "others" bar is drawn in a quieter colour than the named ones. */
export const isOthers = (d: ChartDatum) => d.others === true;
