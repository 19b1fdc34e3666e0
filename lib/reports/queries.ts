import "server-only";
import { assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { addDays, addMonths, daysBetween, monthStart, vnDateOf, vnInstant, weekday, type LocalDate } from "@/lib/time";
import { previousSpan, type Period, type ReportFilters } from "./filters";

export const BREAKDOWNS = ["period", "province", "region", "group", "stars", "producer", "host", "channel", "product"] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/**
 * `gmv` is the report's measure (gross, or net of cancellations and refunds); cancelled, refunded
 * and damage (refunds for damaged goods) are the amounts behind the rates, from order exports.
 */
export type Figures = { gmv: string; cancelled: string; refunded: string; damage: string; orders: number; units: number; sessions: number; producers: number };
/** A breakdown row: distinct producers are counted in the headline figures only (they do not add up across rows cheaply). */
export type BreakdownRow = Omit<Figures, "producers"> & { key: string; label: string };

/** At most this many rows in a ranked breakdown (producers, products). */
export const TOP = 50;

type Span = { from: LocalDate; to: LocalDate };

type Dimensions = Omit<ReportFilters, "from" | "to" | "period">;

/** The GMV column of a fact row for the report's measure: as recorded, or less what was cancelled or refunded. */
const measured = (f: Dimensions, prefix = "") =>
  Prisma.raw(f.measure === "net" ? `${prefix}gmv - ${prefix}cancelled - ${prefix}refunded` : `${prefix}gmv`);

/**
 * The figures in [from, to] (Vietnam dates) matching the filters, summed per session, producer,
 * group and stars, with every dimension a report groups by. Read from `result_rollups`, which
 * triggers keep equal to the result lines (see the migration): province is the producer's current
 * unit (a producer registered under an old name was resolved to its new unit), stars those of the
 * certificate in force on the session's day. Cancelled sessions have no rows.
 */
export function factsSql(span: Span, f: Dimensions): Prisma.Sql {
  return Prisma.sql`
    SELECT session_id, day, host_id, channel_id, producer_id, group_id, province_id, region, nullif(stars, 0) AS stars, orders, units,
           ${measured(f)} AS gmv, cancelled, refunded, damage, first_of_session, first_of_province, first_of_region, first_of_group, first_of_stars, first_of_producer
    FROM result_rollups
    WHERE day BETWEEN ${span.from}::date AND ${span.to}::date ${dimensionFilters(f)}`;
}

/** True when no dimension is filtered: the report can read the per-day sums of `result_days`. */
const unfiltered = (f: Dimensions) => !f.province && !f.group && !f.host && !f.channel;

/** The `result_days` dimension behind each breakdown that has one. */
const DAY_DIMENSION: Partial<Record<Breakdown | "total", string>> = {
  total: "all",
  period: "all",
  province: "province",
  region: "region",
  group: "group",
  stars: "stars",
  host: "host",
  channel: "channel",
  producer: "producer",
};

/**
 * Unfiltered figures in [from, to], summed per Vietnam day and value of one dimension (see the
 * migration of `result_days`): a few hundred rows a day instead of every session's rollup rows.
 * Sessions there are already the sessions of that day with that value.
 */
function dayFactsSql(span: Span, dim: string, f: Dimensions): Prisma.Sql {
  return Prisma.sql`
    SELECT day, key, orders, units, ${measured(f)} AS gmv, cancelled, refunded, damage, sessions, first_gmv, last_gmv
    FROM result_days WHERE dim = ${dim} AND day BETWEEN ${span.from}::date AND ${span.to}::date`;
}

function dimensionFilters(f: Dimensions): Prisma.Sql {
  const conditions = [
    f.province ? Prisma.sql`AND province_id = ${f.province}` : Prisma.empty,
    f.group ? Prisma.sql`AND group_id = ${f.group}` : Prisma.empty,
    f.host ? Prisma.sql`AND host_id = ${f.host}::uuid` : Prisma.empty,
    f.channel ? Prisma.sql`AND channel_id = ${f.channel}::uuid` : Prisma.empty,
  ];
  return Prisma.join(conditions, " ");
}

/**
 * The same, one row per product line: only the product ranking needs it (filtered by host or
 * channel, or for the days at the edges of its range). Read from the lines of the sessions in
 * range (index on live_sessions.starts_at), filtered like the rollup.
 */
export function lineFactsSql(span: Span, f: Dimensions): Prisma.Sql {
  return Prisma.sql`
    SELECT r.session_id, r.product_id, r.orders, r.units_sold AS units,
           ${Prisma.raw(f.measure === "net" ? "r.gmv_vnd - r.cancelled_vnd - r.refunded_vnd" : "r.gmv_vnd")} AS gmv,
           r.cancelled_vnd AS cancelled, r.refunded_vnd AS refunded, r.damage_vnd AS damage, 1 AS sessions
    FROM live_sessions s
    -- Each session's lines through the primary key (OFFSET 0 keeps the planner from scanning all lines).
    CROSS JOIN LATERAL (SELECT * FROM product_results r WHERE r.session_id = s.id OFFSET 0) r
    ${f.province || f.group ? Prisma.sql`JOIN products p ON p.id = r.product_id` : Prisma.empty}
    ${f.province ? Prisma.sql`JOIN producers pr ON pr.id = p.producer_id AND pr.province_id = ${f.province}` : Prisma.empty}
    WHERE s.status <> 'CANCELLED' AND s.starts_at >= ${vnInstant(span.from)} AND s.starts_at < ${vnInstant(addDays(span.to, 1))}
      ${f.group ? Prisma.sql`AND p.group_id = ${f.group}` : Prisma.empty}
      ${f.host ? Prisma.sql`AND s.host_id = ${f.host}::uuid` : Prisma.empty}
      ${f.channel ? Prisma.sql`AND s.channel_id = ${f.channel}::uuid` : Prisma.empty}`;
}

const nextMonth = (d: LocalDate): LocalDate => addMonths(monthStart(d), 1);

/**
 * The product ranking without a host or channel filter: whole months from the products' running
 * totals (`wholeMonthsSql`), and only a few days from the lines. A partial month at either end of
 * the range is read from the lines of its days in range, or — when fewer days are outside the
 * range — as the whole month less the lines of the days outside (rows with a minus sign). So at
 * most about half a month of lines is read at each end.
 */
function productFactsSql(span: Span, f: Dimensions): Prisma.Sql {
  const line = (edge: Span, sign: 1 | -1 = 1) => {
    const k = Prisma.raw(sign === 1 ? "" : "-");
    return Prisma.sql`SELECT product_id, ${k}orders AS orders, ${k}units AS units, ${k}gmv AS gmv, ${k}cancelled AS cancelled, ${k}refunded AS refunded,
                             ${k}damage AS damage, ${k}sessions AS sessions FROM (${lineFactsSql(edge, f)}) e`;
  };
  const lastMonth = monthStart(span.to);
  if (monthStart(span.from) === lastMonth && !(span.from.endsWith("-01") && nextMonth(span.to) === addDays(span.to, 1))) return line(span);
  const parts: Prisma.Sql[] = [];
  let fromMonth = monthStart(span.from);
  if (!span.from.endsWith("-01")) {
    const inside = daysBetween(span.from, nextMonth(span.from));
    const outside = daysBetween(fromMonth, span.from);
    if (outside < inside) parts.push(line({ from: fromMonth, to: addDays(span.from, -1) }, -1));
    else {
      parts.push(line({ from: span.from, to: addDays(nextMonth(span.from), -1) }));
      fromMonth = nextMonth(span.from);
    }
  }
  let toMonth = lastMonth;
  if (nextMonth(span.to) !== addDays(span.to, 1)) {
    const inside = daysBetween(lastMonth, span.to) + 1;
    const outside = daysBetween(span.to, nextMonth(span.to)) - 1;
    if (outside < inside) parts.push(line({ from: addDays(span.to, 1), to: addDays(nextMonth(span.to), -1) }, -1));
    else {
      parts.push(line({ from: lastMonth, to: span.to }));
      toMonth = addDays(lastMonth, -1);
    }
  }
  if (fromMonth <= toMonth) parts.push(wholeMonthsSql(fromMonth, toMonth, f));
  return Prisma.join(parts, " UNION ALL ");
}

/**
 * What each product sold in the whole months from `fromMonth` to the month of `toMonth`, from its running
 * totals: the total at the last month (or at the latest month with results, when the range goes
 * past it) minus the total at the month before the first. Two rows per product whatever the
 * range's length (a year or five cost the same). A product without a total before the range
 * started selling in it; a range starting after the latest month has nothing.
 */
function wholeMonthsSql(fromMonth: LocalDate, toMonth: LocalDate, f: Dimensions): Prisma.Sql {
  return Prisma.sql`
    SELECT e.product_id, e.orders - coalesce(s.orders, 0) AS orders, e.units - coalesce(s.units, 0) AS units,
           ${measured(f, "e.")} - coalesce(${measured(f, "s.")}, 0) AS gmv, e.cancelled - coalesce(s.cancelled, 0) AS cancelled,
           e.refunded - coalesce(s.refunded, 0) AS refunded, e.damage - coalesce(s.damage, 0) AS damage, e.sessions - coalesce(s.sessions, 0) AS sessions
    FROM (SELECT max(month) AS latest FROM result_product_totals) h
    JOIN result_product_totals e ON e.month = least(${monthStart(toMonth)}::date, h.latest) AND ${fromMonth}::date <= h.latest
    -- The month before as one set, hashed (OFFSET 0): a lookup per product cost 20,000 index probes.
    LEFT JOIN (SELECT * FROM result_product_totals WHERE month = ${addMonths(fromMonth, -1)}::date OFFSET 0) s ON s.product_id = e.product_id
    ${f.province || f.group ? Prisma.sql`JOIN products p ON p.id = e.product_id` : Prisma.empty}
    ${f.province ? Prisma.sql`JOIN producers pr ON pr.id = p.producer_id AND pr.province_id = ${f.province}` : Prisma.empty}
    ${f.group ? Prisma.sql`WHERE p.group_id = ${f.group}` : Prisma.empty}`;
}

const FIGURES = Prisma.sql`coalesce(sum(gmv), 0)::text AS gmv, coalesce(sum(cancelled), 0)::text AS cancelled, coalesce(sum(refunded), 0)::text AS refunded,
  coalesce(sum(damage), 0)::text AS damage, coalesce(sum(orders), 0)::int AS orders, coalesce(sum(units), 0)::int AS units`;

/**
 * Sessions per row. Each rollup row flags whether it is the first of its session for the
 * breakdown's dimension, so the count is a sum; a province or group filter drops some of a
 * session's rows, and then the (smaller) filtered set is counted with DISTINCT.
 */
function sessionCount(breakdown: Breakdown | "total", f: Dimensions): Prisma.Sql {
  if (breakdown === "product") return Prisma.sql`coalesce(sum(sessions), 0)::int AS sessions`;
  if (f.province || f.group) return Prisma.sql`count(DISTINCT session_id)::int AS sessions`;
  const flag: Record<Exclude<Breakdown, "product"> | "total", Prisma.Sql> = {
    total: Prisma.sql`first_of_session`,
    period: Prisma.sql`first_of_session`,
    host: Prisma.sql`first_of_session`,
    channel: Prisma.sql`first_of_session`,
    province: Prisma.sql`first_of_province`,
    region: Prisma.sql`first_of_region`,
    group: Prisma.sql`first_of_group`,
    stars: Prisma.sql`first_of_stars`,
    producer: Prisma.sql`first_of_producer`,
  };
  return Prisma.sql`coalesce(sum(${flag[breakdown]}), 0)::int AS sessions`;
}

function keyOf(breakdown: Breakdown, period: Period): Prisma.Sql {
  switch (breakdown) {
    case "period":
      return Prisma.sql`to_char(date_trunc(${period}, day::timestamp), 'YYYY-MM-DD')`;
    case "province":
      return Prisma.sql`province_id::text`;
    case "region":
      return Prisma.sql`region`;
    case "group":
      return Prisma.sql`group_id::text`;
    case "stars":
      return Prisma.sql`coalesce(stars::text, '-')`;
    case "producer":
      return Prisma.sql`producer_id::text`;
    case "host":
      return Prisma.sql`host_id::text`;
    case "channel":
      return Prisma.sql`channel_id::text`;
    case "product":
      // Grouped by the uuid itself (20,000 products: a text key made the grouping spill to disk), as text after.
      return Prisma.sql`product_id`;
  }
}

/** Names for the keys that are ids of rows (the others are labelled by the page). */
const LABELS: Partial<Record<Breakdown, Prisma.Sql>> = {
  province: Prisma.sql`(SELECT name FROM provinces WHERE id = g.key::int)`,
  producer: Prisma.sql`(SELECT name FROM producers WHERE id = g.key::uuid)`,
  host: Prisma.sql`(SELECT name FROM hosts WHERE id = g.key::uuid)`,
  channel: Prisma.sql`(SELECT name FROM channels WHERE id = g.key::uuid)`,
  product: Prisma.sql`(SELECT name FROM products WHERE id = g.key::uuid)`,
};

/** One breakdown of the figures, aggregated in SQL: by period in time order, the others by GMV. */
export async function getBreakdown(user: CurrentUser | null, breakdown: Breakdown, f: ReportFilters): Promise<BreakdownRow[]> {
  assertRole(user, STAFF_ROLES);
  return breakdownRows(breakdown, f);
}

export async function breakdownRows(breakdown: Breakdown, f: ReportFilters): Promise<BreakdownRow[]> {
  const order = breakdown === "period" || breakdown === "stars" ? Prisma.sql`g.key` : Prisma.sql`g.gmv::numeric DESC, g.key`;
  const limit = breakdown === "producer" || breakdown === "product" ? Prisma.sql`LIMIT ${TOP}` : Prisma.empty;
  const label = LABELS[breakdown] ?? Prisma.sql`g.key`;
  const dim = unfiltered(f) ? DAY_DIMENSION[breakdown] : undefined;
  if (dim) {
    return db.$queryRaw<BreakdownRow[]>`
      WITH g AS (SELECT ${breakdown === "period" ? keyOf("period", f.period) : Prisma.sql`key`} AS key, ${FIGURES}, coalesce(sum(sessions), 0)::int AS sessions
                 FROM (${dayFactsSql(f, dim, f)}) f GROUP BY 1)
      SELECT g.key, ${label} AS label, g.gmv, g.cancelled, g.refunded, g.damage, g.orders, g.units, g.sessions
      FROM g ORDER BY ${order} ${limit}`;
  }
  return db.$queryRaw<BreakdownRow[]>`
    WITH f AS (${breakdown !== "product" ? factsSql(f, f) : f.host || f.channel ? lineFactsSql(f, f) : productFactsSql(f, f)}),
    g AS (SELECT ${keyOf(breakdown, f.period)} AS key, ${FIGURES}, ${sessionCount(breakdown, f)} FROM f GROUP BY 1
          ${breakdown === "product" ? Prisma.sql`HAVING sum(sessions) > 0` : Prisma.empty})
    SELECT g.key::text AS key, ${label} AS label, g.gmv, g.cancelled, g.refunded, g.damage, g.orders, g.units, g.sessions
    FROM g ORDER BY ${order} ${limit}`;
}

export type Headline = { current: Figures & Span; previous: Figures & Span };

/**
 * Headline figures of this week (Monday to today), the last 4 weeks and the year so far, each
 * with the same span just before it. Ignores the date filter, keeps the others.
 */
export async function getHeadlines(user: CurrentUser | null, f: ReportFilters, now = new Date()): Promise<Record<"week" | "fourWeeks" | "year", Headline>> {
  assertRole(user, STAFF_ROLES);
  const today = vnDateOf(now);
  const spans = {
    week: { from: addDays(today, -((weekday(today) + 6) % 7)), to: today },
    fourWeeks: { from: addDays(today, -27), to: today },
    year: { from: `${today.slice(0, 4)}-01-01`, to: today },
  };
  const entries = await Promise.all(
    (Object.entries(spans) as [keyof typeof spans, Span][]).map(async ([name, span]) => {
      const previous = name === "year" ? { from: `${Number(today.slice(0, 4)) - 1}-01-01`, to: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}` } : previousSpan(span.from, span.to);
      const [current, before] = await Promise.all([totals(span, f), totals(previous, f)]);
      return [name, { current: { ...current, ...span }, previous: { ...before, ...previous } }] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<"week" | "fourWeeks" | "year", Headline>;
}

async function totals(span: Span, f: Dimensions): Promise<Figures> {
  // Unfiltered: the per-day sums, and distinct producers from a hash aggregate of the per-day
  // producer rows (a sort for count(DISTINCT) over a year of rows costs several times more).
  if (unfiltered(f)) {
    const [row] = await db.$queryRaw<Figures[]>`
      SELECT ${FIGURES}, coalesce(sum(sessions), 0)::int AS sessions,
             (SELECT count(*) FROM (SELECT key FROM (${dayFactsSql(span, "producer", f)}) p GROUP BY key) p)::int AS producers
      FROM (${dayFactsSql(span, "all", f)}) f`;
    return row!;
  }
  if (!f.province && !f.group) {
    const [row] = await db.$queryRaw<Figures[]>`
      WITH f AS (${factsSql(span, f)}),
      per AS (SELECT producer_id, sum(gmv) AS gmv, sum(cancelled) AS cancelled, sum(refunded) AS refunded, sum(damage) AS damage,
                     sum(orders) AS orders, sum(units) AS units, sum(first_of_session) AS sessions FROM f GROUP BY producer_id)
      SELECT ${FIGURES}, coalesce(sum(sessions), 0)::int AS sessions, count(*)::int AS producers FROM per`;
    return row!;
  }
  const [row] = await db.$queryRaw<Figures[]>`
    WITH f AS (${factsSql(span, f)}) SELECT ${FIGURES}, ${sessionCount("total", f)}, count(DISTINCT producer_id)::int AS producers FROM f`;
  return row!;
}

export type GrowthRow = { producerId: string; name: string; sessions: number; firstDay: string; firstGmv: string; lastDay: string; lastGmv: string; totalGmv: string };

/**
 * "0 đồng → trăm triệu": each producer's first session in the range against its latest, largest
 * growth first.
 */
export async function getProducerGrowth(user: CurrentUser | null, filters: ReportFilters): Promise<GrowthRow[]> {
  assertRole(user, STAFF_ROLES);
  // Gross whatever the report's measure: the per-day rows keep a session's first and last GMV as recorded.
  const f: ReportFilters = { ...filters, measure: "gross" };
  if (unfiltered(f)) {
    // One pass over the per-day producer rows for the counts and the first and last days, then the
    // rows of those two days by primary key (each holds the GMV of the producer's first and last
    // session of the day).
    return db.$queryRaw<GrowthRow[]>`
      WITH agg AS (
        SELECT key, sum(sessions) AS sessions, sum(gmv) AS total, min(day) AS first_day, max(day) AS last_day
        FROM (${dayFactsSql(f, "producer", f)}) f GROUP BY key HAVING sum(sessions) > 1)
      SELECT a.key AS "producerId", pr.name, a.sessions::int AS sessions,
             to_char(a.first_day, 'YYYY-MM-DD') AS "firstDay", fi.first_gmv::text AS "firstGmv",
             to_char(a.last_day, 'YYYY-MM-DD') AS "lastDay", la.last_gmv::text AS "lastGmv", a.total::text AS "totalGmv"
      FROM agg a
      JOIN result_days fi ON fi.dim = 'producer' AND fi.day = a.first_day AND fi.key = a.key
      JOIN result_days la ON la.dim = 'producer' AND la.day = a.last_day AND la.key = a.key
      JOIN producers pr ON pr.id = a.key::uuid
      ORDER BY la.last_gmv - fi.first_gmv DESC, pr.name
      LIMIT 20`;
  }
  // Filtered: one pass per producer for the counts and the first and last days, then the GMV of the session
  // on each of those days (earliest / latest session id on a tie): no window sorts over every row.
  return db.$queryRaw<GrowthRow[]>`
    WITH f AS (${factsSql(f, f)}),
    per AS (SELECT producer_id, session_id, min(day) AS day, sum(gmv) AS gmv FROM f GROUP BY producer_id, session_id),
    agg AS (SELECT producer_id, count(*) AS sessions, sum(gmv) AS total, min(day) AS first_day, max(day) AS last_day
            FROM per GROUP BY producer_id HAVING count(*) > 1),
    firsts AS (SELECT DISTINCT ON (p.producer_id) p.producer_id, p.gmv FROM per p JOIN agg a ON a.producer_id = p.producer_id AND p.day = a.first_day
               ORDER BY p.producer_id, p.session_id),
    lasts AS (SELECT DISTINCT ON (p.producer_id) p.producer_id, p.gmv FROM per p JOIN agg a ON a.producer_id = p.producer_id AND p.day = a.last_day
              ORDER BY p.producer_id, p.session_id DESC)
    SELECT a.producer_id::text AS "producerId", pr.name, a.sessions::int AS sessions,
           to_char(a.first_day, 'YYYY-MM-DD') AS "firstDay", fi.gmv::text AS "firstGmv",
           to_char(a.last_day, 'YYYY-MM-DD') AS "lastDay", la.gmv::text AS "lastGmv", a.total::text AS "totalGmv"
    FROM agg a JOIN firsts fi USING (producer_id) JOIN lasts la USING (producer_id) JOIN producers pr ON pr.id = a.producer_id
    ORDER BY la.gmv - fi.gmv DESC, pr.name
    LIMIT 20`;
}
