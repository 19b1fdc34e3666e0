/**
 * The report half of `npm run bench`: on the national-scale database of `npm run bench:seed`,
 * times each report as the portal runs it (lib/reports through Prisma) and the equivalent
 * hand-written SQL (pg, no ORM), p50 and p95 over repeated runs, and the naive query over the
 * 2,000,000 result lines that the rollup replaces. Prints the figures and the ratios. Each report
 * is timed gross and net (of cancellations and refunds); the centre's order report and a
 * producer's own order figures read the 15 million order lines of bench:seed (through their rollup).
 * Then the two imports: a 100,000-line results file, and one shop's 200,000-line order export,
 * each a warm-up and three runs after a checkpoint, judged by the median (decision 0022).
 *   npm run bench:reports [-- --runs 20] [-- --only import | results | order]
 */
import pg from "pg";
import { connectionConfig } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { openBenchDatabase } from "./bench-db";
import { benchHeader, benchVerdict, budget, printRow } from "./lib/bench-report";

/** Budgets (issue "Reports … at national scale"): every report's p95, and the whole import. */
const REPORT_P95_MS = 200;
const IMPORT_SECONDS = 10;
/** The public search at national scale: p95 of each query (decision 0024). */
const SEARCH_P95_MS = 150;
/** Lines of the order export the benchmark imports (issue "Real sales data"). */
const ORDER_EXPORT_LINES = 200_000;
/** Each import is run this many times (every line changed each time) and judged by its median. */
const IMPORT_RUNS = 3;

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 20;
/** `--only <text>`: time only the cases whose name contains it ("import" for the import alone). */
const ONLY = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1]! : "";

async function time(run: () => Promise<unknown>, runs = RUNS): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 2; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}

const ROLLUP_SUMS = "sum(gmv), sum(orders), sum(units), count(DISTINCT session_id), count(DISTINCT producer_id)";

async function main() {
  benchHeader("npm run bench:reports");
  const database = await openBenchDatabase();
  // A seed made before the latest migrations gets them (they keep its data).
  await migrate(database.url);
  const client = new pg.Client(connectionConfig(database.url));
  await client.connect();
  try {
    const { rows } = await client.query<{ lines: string; max: string | null }>("SELECT count(*) AS lines, max(day)::text AS max FROM result_rollups");
    if (!rows[0]?.max) {
      budget(false, "nothing measured: the benchmark database is empty; run `npm run bench:seed` first (a few minutes)");
      return;
    }
    // A previous run's import rewrote 100,000 lines and their rollups: vacuum first, as autovacuum
    // would have by then, so that index-only scans are measured in their steady state.
    await client.query("VACUUM (ANALYZE) product_results, live_sessions, result_rollups, result_product_totals, result_days, order_lines, order_rollups, order_totals");
    const lines = (await client.query<{ n: string }>("SELECT count(*) AS n FROM product_results")).rows[0]!.n;
    const orderLines = (await client.query<{ n: string }>("SELECT count(*) AS n FROM order_lines")).rows[0]!.n;
    process.env.DATABASE_URL = database.url;
    const { parseReportFilters } = await import("@/lib/reports/filters");
    const { breakdownRows, getHeadlines, getProducerGrowth } = await import("@/lib/reports/queries");
    const { db } = await import("@/lib/db/client");
    const staff = { id: "00000000-0000-0000-0000-000000000000", email: "bench@chophien.test", name: "Bench", role: "STAFF" as const, producerIds: [] };
    const to = rows[0].max;
    const from = new Date(Date.parse(to) - 364 * 86_400_000).toISOString().slice(0, 10);
    const year = parseReportFilters({ from, to });
    const yearProvince = parseReportFilters({ from, to, province: "12" });
    const yearGroup = parseReportFilters({ from, to, group: "3" });
    const all = parseReportFilters({ from: "2000-01-01", to });
    // A year from the middle of a month to the middle of one: the most days at both edges.
    const { addDays, addMonths, monthStart } = await import("@/lib/time");
    const midTo = addDays(monthStart(to), -17);
    const midYear = parseReportFilters({ from: addDays(addMonths(midTo, -12), 1), to: midTo });
    await db.$queryRaw`SELECT 1`;

    const range = [from, to];
    const sql = (group: string, where = "") => `SELECT ${group} AS key, ${ROLLUP_SUMS} FROM result_rollups WHERE day BETWEEN $1 AND $2 ${where} GROUP BY 1`;
    // Unfiltered reports read the per-day sums: the same query, written by hand.
    // Like the portal's, it returns the labelled rows in the page's order.
    const days = (dim: string, group = "key", label = "g.key") =>
      `WITH g AS (SELECT ${group} AS key, sum(gmv) AS gmv, sum(orders), sum(units), sum(sessions) FROM result_days WHERE dim = '${dim}' AND day BETWEEN $1 AND $2 GROUP BY 1)
       SELECT g.*, ${label} FROM g ORDER BY ${group === "key" && dim !== "stars" ? "gmv DESC, key" : "key"}`;
    const headline = `SELECT sum(gmv), sum(orders), sum(units), sum(sessions), (SELECT count(*) FROM (SELECT DISTINCT key FROM result_days WHERE dim = 'producer' AND day BETWEEN $1 AND $2) p)
                      FROM result_days WHERE dim = 'all' AND day BETWEEN $1 AND $2`;
    const growth = `WITH agg AS (SELECT key, sum(sessions) AS n, sum(gmv) AS total, min(day) AS d0, max(day) AS d1 FROM result_days
                                 WHERE dim = 'producer' AND day BETWEEN $1 AND $2 GROUP BY key HAVING sum(sessions) > 1)
                    SELECT a.*, fi.first_gmv, la.last_gmv FROM agg a
                    JOIN result_days fi ON fi.dim = 'producer' AND fi.day = a.d0 AND fi.key = a.key
                    JOIN result_days la ON la.dim = 'producer' AND la.day = a.d1 AND la.key = a.key
                    ORDER BY la.last_gmv - fi.first_gmv DESC LIMIT 20`;
    // The whole months of a product ranking from the running totals (no edge days), by hand.
    const totalsRanking = `
      WITH h AS (SELECT max(month) AS latest FROM result_product_totals)
      SELECT e.product_id, e.gmv - coalesce(s.gmv, 0) AS gmv, e.orders - coalesce(s.orders, 0), e.units - coalesce(s.units, 0), e.sessions - coalesce(s.sessions, 0) AS sessions
      FROM h JOIN result_product_totals e ON e.month = least(date_trunc('month', $2::date)::date, h.latest)
      LEFT JOIN result_product_totals s ON s.product_id = e.product_id AND s.month = (date_trunc('month', $1::date) - interval '1 month')::date
      ORDER BY 2 DESC LIMIT 50`;
    const gross: { name: string; app: () => Promise<unknown>; raw: () => Promise<unknown> }[] = [
      { name: "headlines (3 periods × 2)", app: () => getHeadlines(staff, year), raw: async () => {
          // One client runs one query at a time (pg warns, and pg 9 refuses, a second one queued on it).
          for (let i = 0; i < 6; i++) await client.query(headline, range);
        } },
      { name: "by month", app: () => breakdownRows("period", year), raw: () => client.query(days("all", "date_trunc('month', day)"), range) },
      { name: "by week", app: () => breakdownRows("period", { ...year, period: "week" }), raw: () => client.query(days("all", "date_trunc('week', day)"), range) },
      { name: "by province", app: () => breakdownRows("province", year), raw: () => client.query(days("province", "key", "(SELECT name FROM provinces WHERE id = g.key::int)"), range) },
      { name: "by region", app: () => breakdownRows("region", year), raw: () => client.query(days("region"), range) },
      { name: "by group", app: () => breakdownRows("group", year), raw: () => client.query(days("group"), range) },
      { name: "by stars", app: () => breakdownRows("stars", year), raw: () => client.query(days("stars"), range) },
      { name: "by producer (top 50)", app: () => breakdownRows("producer", year), raw: () => client.query(`${days("producer", "key", "(SELECT name FROM producers WHERE id = g.key::uuid)")} LIMIT 50`, range) },
      { name: "by host", app: () => breakdownRows("host", year), raw: () => client.query(days("host", "key", "(SELECT name FROM hosts WHERE id = g.key::uuid)"), range) },
      { name: "by channel", app: () => breakdownRows("channel", year), raw: () => client.query(days("channel", "key", "(SELECT name FROM channels WHERE id = g.key::uuid)"), range) },
      {
        name: "top products (lines)",
        app: () => breakdownRows("product", year),
        raw: () =>
          client.query(
            `SELECT r.product_id, sum(r.gmv_vnd), sum(r.orders), sum(r.units_sold), count(DISTINCT r.session_id) FROM product_results r JOIN live_sessions s ON s.id = r.session_id
             WHERE s.status <> 'CANCELLED' AND s.starts_at >= $1::date - interval '7 hours' AND s.starts_at < $2::date + interval '17 hours' GROUP BY 1 ORDER BY 2 DESC LIMIT 50`,
            range,
          ),
      },
      { name: "top products, mid-month", app: () => breakdownRows("product", midYear), raw: () => client.query(totalsRanking, [monthStart(midYear.from), monthStart(midYear.to)]) },
      { name: "top products, 5 years", app: () => breakdownRows("product", all), raw: () => client.query(totalsRanking, ["2000-01-01", to]) },
      { name: "producer growth", app: () => getProducerGrowth(staff, year), raw: () => client.query(growth, range) },
      { name: "by month, one province", app: () => breakdownRows("period", yearProvince), raw: () => client.query(sql("date_trunc('month', day)", "AND province_id = 12"), range) },
      { name: "by host, one group", app: () => breakdownRows("host", yearGroup), raw: () => client.query(sql("host_id", "AND group_id = 3"), range) },
      { name: "growth, one province", app: () => getProducerGrowth(staff, yearProvince), raw: () => client.query(`SELECT producer_id, session_id, min(day), sum(gmv) FROM result_rollups WHERE day BETWEEN $1 AND $2 AND province_id = 12 GROUP BY 1, 2`, range) },
      { name: "by province, 5 years", app: () => breakdownRows("province", all), raw: () => client.query(days("province", "key", "(SELECT name FROM provinces WHERE id = g.key::int)"), ["2000-01-01", to]) },
    ];
    // The same reports net of cancellations and refunds (gmv=net): the same rows, one more
    // subtraction. The hand-written SQL stays the gross one: the ratio shows what net costs.
    const net = (f: typeof year) => ({ ...f, measure: "net" as const });
    const sqlOf = (name: string) => gross.find((c) => c.name === name)!.raw;
    const nets = [
      { name: "net: headlines", app: () => getHeadlines(staff, net(year)), raw: sqlOf("headlines (3 periods × 2)") },
      { name: "net: by month", app: () => breakdownRows("period", net(year)), raw: sqlOf("by month") },
      { name: "net: by province", app: () => breakdownRows("province", net(year)), raw: sqlOf("by province") },
      { name: "net: by producer (top 50)", app: () => breakdownRows("producer", net(year)), raw: sqlOf("by producer (top 50)") },
      { name: "net: top products (lines)", app: () => breakdownRows("product", net(year)), raw: sqlOf("top products (lines)") },
      { name: "net: top products, 5 years", app: () => breakdownRows("product", net(all)), raw: sqlOf("top products, 5 years") },
      { name: "net: month, one province", app: () => breakdownRows("period", net(yearProvince)), raw: sqlOf("by month, one province") },
      { name: "net: host, one group", app: () => breakdownRows("host", net(yearGroup)), raw: sqlOf("by host, one group") },
    ];
    // The order exports' own reports: the centre's (by province, damage list, shops in and out of
    // sessions) from the order rollup, and the producer with the most order lines' own page.
    const { getOrderReport, getOwnOrderFigures } = await import("@/lib/orders/queries");
    const busiest = (await client.query<{ producer_id: string }>("SELECT producer_id FROM order_rollups GROUP BY 1 ORDER BY sum(lines) DESC LIMIT 1")).rows[0]?.producer_id;
    const producer = { ...staff, role: "PRODUCER" as const, producerIds: busiest ? [busiest] : [] };
    const orderCases = [
      {
        name: "orders: centre's report",
        app: () => getOrderReport(staff),
        raw: () => client.query("SELECT p.province_id, sum(r.gross), sum(r.cancelled), sum(r.refunded), sum(r.damage) FROM order_totals r JOIN producers p ON p.id = r.producer_id GROUP BY 1"),
      },
      {
        name: "orders: a producer's own",
        app: () => getOwnOrderFigures(producer),
        raw: () => client.query("SELECT session_id, sum(gross_vnd), sum(cancelled_vnd), sum(refunded_vnd) FROM order_lines WHERE producer_id = $1 GROUP BY 1", [busiest]),
      },
    ];
    const cases = [...gross, ...nets, ...orderCases];

    const buffers = (await client.query<{ shared_buffers: string }>("SHOW shared_buffers")).rows[0]!.shared_buffers;
    console.log(
      `\nReports on ${Number(lines).toLocaleString("en")} result lines and ${Number(orderLines).toLocaleString("en")} order lines (server shared_buffers ${buffers}); ` +
        `range ${from} – ${to} unless said; ${RUNS} runs after 2 warm-ups; ms\n`,
    );
    const row = (cells: (string | number)[]) => printRow(cells, 26);
    row(["report", "app p50", "app p95", "SQL p50", "SQL p95", "p95 ratio", "≤200 ms"]);
    for (const c of cases.filter((c) => c.name.includes(ONLY))) {
      const app = await time(c.app);
      const raw = await time(c.raw);
      const met = budget(app.p95 <= REPORT_P95_MS, `${c.name}: p95 ${app.p95.toFixed(0)} ms > ${REPORT_P95_MS} ms`);
      row([c.name, app.p50.toFixed(1), app.p95.toFixed(1), raw.p50.toFixed(1), raw.p95.toFixed(1), (app.p95 / raw.p95).toFixed(2), met ? "yes" : "NO"]);
    }
    if ("results import".includes(ONLY)) await benchImport(client);
    if ("order import".includes(ONLY)) await benchOrderImport(client);
    if ("search".includes(ONLY)) await benchSearch();
    if ("catalogue".includes(ONLY)) await benchCatalogue();
    if (ONLY) return;

    const naive = await time(
      () =>
        client.query(
          `SELECT pr.province_id, date_trunc('month', s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh'), sum(r.gmv_vnd), sum(r.orders)
           FROM product_results r JOIN live_sessions s ON s.id = r.session_id JOIN products p ON p.id = r.product_id JOIN producers pr ON pr.id = p.producer_id
           WHERE s.status <> 'CANCELLED' GROUP BY 1, 2`,
        ),
      3,
    );
    console.log(`\nWithout the rollup (before): province × month over all ${Number(lines).toLocaleString("en")} lines, p50 ${naive.p50.toFixed(0)} ms.`);
    await db.$disconnect();
  } finally {
    await client.end();
    await database.stop();
    benchVerdict();
  }
}

/**
 * Runs an import once to warm up (the benchmark's freshly started server reads every page cold, as
 * the reports' two warm-ups do for them), then IMPORT_RUNS times, and judges the median of preview
 * + confirmation. Every run, the warm-up included, is printed. Each run is preceded by a
 * checkpoint, so every run writes each page's first change in full, as an import on a production
 * server does (checkpoints come every few minutes; an import touches pages nothing else has since):
 * no run is cheaper because the one before left its pages logged.
 */
async function importRuns(client: pg.Client, name: string, run: (n: number) => Promise<{ preview: number; confirm: number; line: string }>) {
  const totals: number[] = [];
  for (let n = 0; n <= IMPORT_RUNS; n++) {
    await client.query("CHECKPOINT");
    const { preview, confirm, line } = await run(n);
    if (n > 0) totals.push((preview + confirm) / 1000);
    console.log(`  ${n === 0 ? "warm-up" : `run ${n}`}: ${line}`);
  }
  const median = [...totals].sort((a, b) => a - b)[Math.floor(IMPORT_RUNS / 2)]!;
  console.log(`  ${name}, preview + confirmation: median ${median.toFixed(1)} s of ${totals.map((t) => t.toFixed(1)).join(", ")} s (budget ${IMPORT_SECONDS} s)`);
  budget(median <= IMPORT_SECONDS, `${name}: preview + confirmation, median of ${IMPORT_RUNS} runs ${median.toFixed(1)} s > ${IMPORT_SECONDS} s`);
}

/**
 * A 100,000-line results file (the figures of the latest 5,000 sessions, each GMV one dong up on
 * every run, so that every run changes every line) through the same path as the import page:
 * stage, preview, confirm. A warm-up and three runs, with memory.
 */
async function benchImport(client: pg.Client) {
  const { stageImport, previewImport } = await import("@/lib/results/import");
  const { writeStagedImport } = await import("@/lib/results/manage");
  const { writeAudit } = await import("@/lib/audit/log");
  const { db } = await import("@/lib/db/client");
  await client.query(
    `INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES (md5('bench-staff')::uuid, 'bench@chophien.test', 'Bench', '-', 'STAFF', now())
     ON CONFLICT (id) DO NOTHING`,
  );
  const staffId = (await client.query<{ id: string }>("SELECT md5('bench-staff')::uuid AS id")).rows[0]!.id;
  console.log(`\nImport of a 100,000-line results file (5,000 sessions, every line changed), a warm-up and ${IMPORT_RUNS} runs:`);
  await importRuns(client, "results import", async () => {
    const { rows } = await client.query<{ session_id: string; slug: string; orders: number; units_sold: number; gmv: string }>(
      `SELECT r.session_id, p.slug, r.orders, r.units_sold, (r.gmv_vnd + 1)::text AS gmv
       FROM product_results r JOIN products p ON p.id = r.product_id
       WHERE r.session_id IN (SELECT id FROM live_sessions ORDER BY starts_at DESC LIMIT 5000)`,
    );
    const text = `session_id;sku;orders;units;gmv\n${rows.map((r) => `${r.session_id};${r.slug};${r.orders};${r.units_sold};${r.gmv}`).join("\n")}\n`;
    const rss = () => process.memoryUsage().rss / 1024 / 1024;
    const before = rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rss())), 50);
    const t0 = performance.now();
    const { sha256 } = await stageImport(new File([text], "bench.csv", { type: "text/csv" }));
    const t1 = performance.now();
    const plan = await previewImport(sha256);
    const t2 = performance.now();
    // The confirmation's own work and transaction, as the import page's action runs it (outside
    // Next there is no session to act in, nor a cache to revalidate).
    await db.$transaction(
      (tx) => writeStagedImport(tx, { sha256, fileName: "bench.csv", userId: staffId, audit: (entry) => writeAudit(tx, { ...entry, actorId: entry.actorId === undefined ? staffId : entry.actorId }) }),
      { timeout: 300_000 },
    );
    const t3 = performance.now();
    clearInterval(sampler);
    budget(plan.problemCount === 0 && plan.updated === rows.length, `results import: ${plan.updated} of ${rows.length} lines changed, ${plan.problemCount} problems`);
    return {
      preview: t2 - t1,
      confirm: t3 - t2,
      line:
        `${rows.length.toLocaleString("en")} lines (${(text.length / 1024 / 1024).toFixed(1)} MB, ${plan.updated.toLocaleString("en")} changed): ` +
        `stage ${((t1 - t0) / 1000).toFixed(1)} s, preview ${((t2 - t1) / 1000).toFixed(1)} s, confirm ${((t3 - t2) / 1000).toFixed(1)} s; ` +
        `memory ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB RSS`,
    };
  });
}

/**
 * One shop's order export of 200,000 lines (its Saturday: the latest day with sessions, paid from
 * 06:00 to 22:00, some in its sessions' windows and most outside), through the upload's path:
 * stage, preview, confirm. The amounts move on every run, so each run writes every line
 * (inserted the first time, updated after). A warm-up and three runs, with memory.
 */
async function benchOrderImport(client: pg.Client) {
  const { stageOrderFile, previewOrderImport, confirmStagedOrders } = await import("@/lib/orders/import");
  const { db } = await import("@/lib/db/client");
  const { appendFile, mkdtemp, writeFile, rm } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const path = await import("node:path");
  const { rows } = await client.query<{ producer_id: string; day: string }>(
    `SELECT p.producer_id, (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS day
     FROM live_sessions s JOIN product_results r ON r.session_id = s.id JOIN products p ON p.id = r.product_id
     ORDER BY s.starts_at DESC LIMIT 1`,
  );
  if (!rows[0]) return;
  const shop = rows[0].producer_id;
  // That day's line-ups (a seed older than its line-ups has only result lines): attribution needs them.
  await client.query(
    `INSERT INTO session_products (session_id, product_id)
     SELECT r.session_id, r.product_id FROM product_results r JOIN live_sessions s ON s.id = r.session_id
     WHERE (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = $1::date ON CONFLICT DO NOTHING`,
    [rows[0].day],
  );
  const skus = (await client.query<{ value: string }>("SELECT value FROM product_skus WHERE producer_id = $1 ORDER BY value", [shop])).rows.map((r) => r.value);
  const [y, m, d] = rows[0].day.split("-");
  // Amounts a few dong up from the shop's last run (read, not guessed), so that every run changes every line.
  const held = (await client.query<{ shift: number | null }>("SELECT max(subtotal_vnd % 1000)::int AS shift FROM order_lines WHERE producer_id = $1 AND order_id BETWEEN '9000000000000000' AND '9000000000199999'", [shop])).rows[0]?.shift ?? 0;
  const header = "Order ID,Order Status,SKU ID,Product Name,Quantity,SKU Subtotal After Discount,Order Amount,Order Refund Amount,Created Time,Paid Time,Cancel Reason,Recipient,Phone #";
  console.log(`\nOne shop's order export of ${ORDER_EXPORT_LINES.toLocaleString("en")} lines (every line changed on each run), a warm-up and ${IMPORT_RUNS} runs:`);
  await importRuns(client, "order import", async (run) => {
    const shift = 1 + ((held + run) % 997);
    // Written to the file 10,000 lines at a time: the whole export never sits in this process's
    // memory (a 200,000-line array and its 26 MB join left a heap the next run's preview had to
    // collect around, 1–2 s of its time).
    const dir = await mkdtemp(path.join(tmpdir(), "ocop-bench-orders-"));
    const file = path.join(dir, "orders.csv");
    await writeFile(file, `${header}\n`);
    for (let from = 0; from < ORDER_EXPORT_LINES; from += 10_000) {
      let chunk = "";
      for (let n = from; n < Math.min(from + 10_000, ORDER_EXPORT_LINES); n++) {
        const minute = 360 + (n % 960);
        const time = `${d}/${m}/${y} ${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}`;
        const amount = (1 + (n % 3)) * (60_000 + (n % 40) * 5_000) + shift;
        const status = n % 20 === 0 ? "Cancelled" : "Completed";
        chunk += `${9_000_000_000_000_000 + n},${status},${skus[n % skus.length]},Sản phẩm,${1 + (n % 3)},${amount},${amount},${n % 25 === 1 ? amount : 0},${time},${time},${n % 50 === 1 ? "Hàng bị vỡ" : ""},Người mua ${n},0900000000\n`;
      }
      await appendFile(file, chunk);
    }
    const rss = () => process.memoryUsage().rss / 1024 / 1024;
    const before = rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rss())), 50);
    const t0 = performance.now();
    const { sha256, size } = await stageOrderFile(file);
    const t1 = performance.now();
    const plan = await previewOrderImport(shop, sha256);
    const t2 = performance.now();
    const outcome = await db.$transaction((tx) => confirmStagedOrders(tx, { producerId: shop, sha256, fileName: "bench-orders.csv", actorId: null }), { timeout: 300_000 });
    const t3 = performance.now();
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
    budget(
      plan.problemCount === 0 && plan.rows === ORDER_EXPORT_LINES && plan.created + plan.updated === ORDER_EXPORT_LINES,
      `order import: ${plan.problemCount} problems, ${plan.created + plan.updated} of ${plan.rows} lines written`,
    );
    return {
      preview: t2 - t1,
      confirm: t3 - t2,
      line:
        `${plan.rows.toLocaleString("en")} lines (${(size / 1024 / 1024).toFixed(1)} MB; ${plan.created.toLocaleString("en")} new, ${plan.updated.toLocaleString("en")} updated, ` +
        `${plan.attributed.toLocaleString("en")} in sessions, ${plan.problemCount} problems): stage ${((t1 - t0) / 1000).toFixed(1)} s, preview ${((t2 - t1) / 1000).toFixed(1)} s, ` +
        `confirm ${((t3 - t2) / 1000).toFixed(1)} s (${outcome.sessionsChanged} sessions' figures); memory ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB RSS`,
    };
  });
}

/**
 * The public search (/search?q=…) over the national data: 20,400 products, 3,400 shops, the
 * sessions of the last 60 days and their line-ups. Names are as bench:seed makes them: a kind and
 * a place ("Mật ong rừng Hà Giang – hộp quà", shop "HTX Mật ong rừng Hà Giang 412").
 */
async function benchSearch() {
  const { search } = await import("@/lib/search/queries");
  const queries: [string, string][] = [
    ["a kind and a place", "ca phe buon ma thuot"],
    ["a kind, 1,100 products", "mat ong"],
    ["a short word, 1,100 products", "gao"],
    ["a kind in a province", "che thai nguyen"],
    ["a former province", "bac kan"],
    ["a shop", "htx tieu den dien bien"],
    ["a host (sessions)", "nguoi dan 12"],
    ["a misspelling", "mat onh rung"],
    ["nothing of that name", "sau rieng"],
  ];
  console.log(`\nSearch at national scale; ${RUNS} runs after 2 warm-ups; ms`);
  const row = (cells: (string | number)[]) => printRow(cells, 48);
  row(["query", "p50", "p95", `≤${SEARCH_P95_MS} ms`]);
  for (const [what, q] of queries) {
    const t = await time(() => search(q));
    const met = budget(t.p95 <= SEARCH_P95_MS, `search "${q}": p95 ${t.p95.toFixed(0)} ms > ${SEARCH_P95_MS} ms`);
    row([`${what}: "${q}"`, t.p50.toFixed(1), t.p95.toFixed(1), met ? "yes" : "NO"]);
  }
}

/**
 * The public catalogue (/products) over the same data, uncached (what a page costs when staff just
 * changed a product): the first page, one far down, and the filters a visitor sets.
 */
async function benchCatalogue() {
  const { loadCatalogue } = await import("@/lib/products/catalogue");
  const cases: [string, Parameters<typeof loadCatalogue>[0]][] = [
    ["every product, page 1", { page: 1 }],
    ["every product, page 400", { page: 400 }],
    ["a province (Thái Nguyên)", { page: 1, provinceId: 7 }],
    ["5★ only", { page: 1, minStars: 5 }],
    ["a group and 4★ in a province", { page: 1, provinceId: 7, group: 2, minStars: 4 }],
  ];
  console.log(`\nThe product catalogue at national scale, uncached; ${RUNS} runs after 2 warm-ups; ms`);
  const row = (cells: (string | number)[]) => printRow(cells, 48);
  row(["page", "p50", "p95", `≤${SEARCH_P95_MS} ms`]);
  for (const [what, query] of cases) {
    const t = await time(() => loadCatalogue(query));
    const met = budget(t.p95 <= SEARCH_P95_MS, `catalogue "${what}": p95 ${t.p95.toFixed(0)} ms > ${SEARCH_P95_MS} ms`);
    row([what, t.p50.toFixed(1), t.p95.toFixed(1), met ? "yes" : "NO"]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
