/**
 * `npm run bench:seed`: a national-scale history for the report benchmark, in its own database
 * (BENCH_DATABASE_URL, or an embedded cluster in .data/postgres-bench-reports on port 54379):
 * 3,400 producers over the 34 provinces, 20,400 products in the 6 groups with certificates
 * (as OCOP producers are, each producer's 6 products are in one group, 5 of them with the same stars),
 * 300 hosts, 80 channels, 100,000 completed sessions over the 5 years to today (about 55 a day)
 * and 2,000,000 product result lines (20 per session: 4 products from each of 5 producers).
 * Then order exports at programme scale: every 13th session (about 1,500 a year) has 2,000 order
 * lines (15 million in all), 5 % of them cancelled and 4 % refunded (half for damaged goods); those
 * sessions' results become their lines' sums (source ORDERS, as the order import writes them) and
 * the order rollup is built from the lines.
 * Generated in SQL with deterministic ids, so two runs give the same data. The triggers fill
 * the report rollup as the lines go in, exactly as they do for imports.
 *   npm run bench:seed [-- --sessions 100000] [-- --order-lines 2000]
 */
import pg from "pg";
import { connectionConfig } from "@/lib/db/connection";
import { recreateDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { openBenchDatabase } from "./bench-db";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SESSIONS = arg("sessions", 100_000);
/** Order lines per session with an order export, and which sessions have one (every 13th). */
const ORDER_LINES = arg("order-lines", 2_000);
const ORDER_EVERY = 13;
const PER_DAY = 55;
const CHUNK = 10_000;
/**
 * Names as OCOP products and shops have them, so that the search bench (`bench:reports`) matches
 * what a search would: each producer makes one kind of product from one place ("Mật ong rừng Hà
 * Giang – hộp quà", shop "HTX Mật ong rừng Hà Giang 412"); a kind is about 1 product in 36.
 */
const KIND_NAMES = [
  "Mật ong rừng", "Mật ong hoa nhãn", "Cà phê rang xay", "Cà phê phin", "Chè búp", "Trà shan tuyết", "Gạo ST25", "Gạo nếp cái hoa vàng", "Nước mắm", "Bánh tráng phơi sương", "Bưởi da xanh", "Vải thiều", "Nhãn lồng", "Xoài cát", "Thanh long ruột đỏ", "Hạt điều rang muối", "Tiêu đen", "Miến dong", "Mứt gừng", "Tỏi cô đơn", "Sâm Ngọc Linh", "Rượu cần", "Nấm linh chi", "Khô cá lóc", "Tôm khô", "Chả mực", "Giò bò", "Lạp xưởng", "Trà atiso", "Tinh dầu sả", "Chiếu cói", "Nón lá", "Gốm men lam", "Mây tre đan", "Dầu lạc", "Mắm tôm chua",
];
const PLACE_NAMES = [
  "Tân Cương", "Lục Ngạn", "Buôn Ma Thuột", "Phú Quốc", "Bảo Lộc", "Hưng Yên", "Sóc Trăng", "Cần Giờ", "Hà Giang", "Mộc Châu", "Bến Tre", "Cao Phong", "Đà Lạt", "Cát Hải", "Vân Đồn", "Lý Sơn", "Điện Biên", "Hội An", "Trà Vinh", "Đồng Tháp", "Sa Pa", "Ba Vì", "Tam Nông", "Hồng Dân", "Tiên Phước", "Nghĩa Lộ", "Yên Tử", "Bát Tràng", "Phú Vinh", "Kim Sơn", "Cái Bè", "Ninh Hòa", "Tuy An", "Củ Chi", "Tây Ninh", "Bình Liêu", "Mường Lò", "Quảng Yên", "Đông Triều", "Chợ Lách", "Gò Công", "Hòa Vang", "Đại Lộc", "Núi Thành", "An Khê", "Krông Năng", "Lâm Hà", "Di Linh", "Phan Rang", "Tuy Phong",
];
const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ")}]`;
const [KINDS, KIND_COUNT, PLACES, PLACE_COUNT] = [sqlArray(KIND_NAMES), KIND_NAMES.length, sqlArray(PLACE_NAMES), PLACE_NAMES.length];
const VARIANTS = sqlArray(["", " loại đặc biệt", " – hộp quà", " – combo gia đình", " túi 500 g", " – quà biếu"]);

async function main() {
  const started = Date.now();
  const database = await openBenchDatabase();
  try {
    await recreateDatabase(database.url);
    await migrate(database.url);
    const client = new pg.Client(connectionConfig(database.url));
    await client.connect();
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const t = Date.now();
      const result = await client.query(sql, params);
      console.log(`[bench:seed] ${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    };
    const { seedReferenceData } = await import("@/prisma/seed");
    const { createPrismaClient } = await import("@/lib/db/client");
    const prisma = createPrismaClient(database.url);
    await seedReferenceData(prisma);
    await prisma.$disconnect();

    await step("hosts", `INSERT INTO hosts (id, name, tiktok_handle) SELECT md5('h' || i)::uuid, 'Người dẫn ' || i, 'bench.host.' || i FROM generate_series(0, 299) i`);
    await step("channels", `INSERT INTO channels (id, name, tiktok_handle, url) SELECT md5('c' || i)::uuid, 'Kênh ' || i, 'bench.kenh.' || i, 'https://www.tiktok.com/@bench.kenh.' || i FROM generate_series(0, 79) i`);
    await step(
      "producers",
      `INSERT INTO producers (id, slug, name, legal_form, province_id, address, review_status, updated_at)
       SELECT md5('p' || i)::uuid, 'chu-the-' || i, 'HTX ' || (${KINDS})[1 + i % ${KIND_COUNT}] || ' ' || (${PLACES})[1 + i % ${PLACE_COUNT}] || ' ' || i,
              'COOPERATIVE', 1 + (i % 34), 'Địa chỉ ' || i, 'APPROVED', now()
       FROM generate_series(0, 3399) i`,
    );
    await step(
      "products",
      `INSERT INTO products (id, producer_id, slug, name, group_id, price_vnd, unit, review_status, updated_at)
       SELECT md5('q' || n)::uuid, md5('p' || (n / 6))::uuid, 'san-pham-' || n,
              (${KINDS})[1 + (n / 6) % ${KIND_COUNT}] || ' ' || (${PLACES})[1 + (n / 6) % ${PLACE_COUNT}] || (${VARIANTS})[1 + n % 6], 1 + ((n / 6) % 6),
              50000 + (n % 20) * 10000, 'hộp', 'APPROVED', now()
       FROM generate_series(0, 20399) n`,
    );
    await step(
      "certificates",
      `INSERT INTO certificates (product_id, stars, decision_number, issuing_level, decision_date, expires_on)
       SELECT md5('q' || n)::uuid, 3 + ((n / 6 + (n % 6) / 5) % 3), n || '/QĐ-UBND', 'PROVINCE', date '2020-06-01' + (n % 500), date '2020-06-01' + (n % 500) + interval '36 months'
       FROM generate_series(0, 20399) n`,
    );
    const first = `(current_date - ${Math.ceil(SESSIONS / PER_DAY)})`;
    await step(
      "sessions",
      `INSERT INTO live_sessions (id, title, starts_at, ends_at, host_id, channel_id, status, updated_at)
       SELECT md5('s' || i)::uuid, 'Phiên ' || i,
              ((${first} + i / ${PER_DAY})::timestamp + interval '7 hours' + (i % 5) * interval '1 hour') AT TIME ZONE 'Asia/Ho_Chi_Minh',
              ((${first} + i / ${PER_DAY})::timestamp + interval '8 hours' + (i % 5) * interval '1 hour') AT TIME ZONE 'Asia/Ho_Chi_Minh',
              md5('h' || (i % 300))::uuid, md5('c' || (i % ${PER_DAY}))::uuid, 'COMPLETED', now()
       FROM generate_series(0, ${SESSIONS - 1}) i`,
    );
    // 5 producers a session, 4 of each one's products; distinct within a session by construction.
    for (let from = 0; from < SESSIONS; from += CHUNK) {
      await step(
        `result lines of sessions ${from}–${Math.min(SESSIONS, from + CHUNK) - 1}`,
        `INSERT INTO product_results (session_id, product_id, orders, units_sold, gmv_vnd, source, updated_at)
         SELECT md5('s' || i)::uuid, md5('q' || (((i * 37 + k * 683) % 3400) * 6 + (i + j) % 6))::uuid,
                o, o + (i + j) % 3, o::bigint * (60000 + ((i * 7 + k * 13 + j) % 40) * 5000), 'IMPORT', now()
         FROM generate_series($1::int, $2::int) i, generate_series(0, 4) k, generate_series(0, 3) j,
              LATERAL (SELECT ((i * 31 + k * 17 + j * 7) % 50) AS o) f`,
        [from, Math.min(SESSIONS, from + CHUNK) - 1],
      );
    }
    await step("line-ups (the products of each session's result lines)", "INSERT INTO session_products (session_id, product_id) SELECT session_id, product_id FROM product_results");
    if (ORDER_LINES > 0) await seedOrders(step);
    // The products' running totals as a portal that grew week by week holds them: a month's rows
    // together (each new month is added for every product at once, and an import's updates stay
    // on their page). The seed's ten batches of six months each rewrote every later month of every
    // product without a vacuum between, scattering a month's 20,400 rows over 10,000 pages: the
    // product ranking read 17 times the pages a portal's would (decision 0022).
    await step("product totals by month", "CLUSTER result_product_totals USING result_product_totals_month_idx");
    // VACUUM too: without the visibility map the rollups cannot be read by index-only scans, and
    // autovacuum would otherwise do it in the middle of the benchmark.
    await step("vacuum analyze", "VACUUM ANALYZE");
    const { rows } = await client.query<{ lines: string; rollup: string; sessions: string; orders: string }>(
      "SELECT (SELECT count(*) FROM product_results) AS lines, (SELECT count(*) FROM result_rollups) AS rollup, (SELECT count(*) FROM live_sessions) AS sessions, (SELECT count(*) FROM order_lines) AS orders",
    );
    console.log(
      `[bench:seed] ${rows[0]!.sessions} sessions, ${rows[0]!.lines} result lines, ${rows[0]!.rollup} rollup rows, ${rows[0]!.orders} order lines; ${((Date.now() - started) / 1000).toFixed(0)} s in all`,
    );
    await client.end();
  } finally {
    await database.stop();
  }
}

/**
 * Order lines for every ORDER_EVERY-th session: ORDER_LINES a session, spread over its 20 result
 * lines' products (the SKU is the product's number), paid within 90 minutes of its start. Status
 * and refunds follow the line's number: 5 % cancelled, 4 % refunded in full, half of those for
 * damage. Then those sessions' results from their lines, and the order rollup.
 */
async function seedOrders(step: (label: string, sql: string, params?: unknown[]) => Promise<void>) {
  await step(
    "product SKUs (each product's number)",
    `INSERT INTO product_skus (producer_id, value, product_id) SELECT md5('p' || (n / 6))::uuid, 'B' || n, md5('q' || n)::uuid FROM generate_series(0, 20399) n`,
  );
  await step(
    "order import (provenance of the generated lines)",
    `INSERT INTO order_imports (id, producer_id, file_name, size_bytes, sha256, row_count, created_count, updated_count)
     VALUES (md5('bench-orders')::uuid, md5('p0')::uuid, 'bench-seed', 0, repeat('0', 64), 0, 0, 0)`,
  );
  const span = 500 * ORDER_EVERY;
  for (let from = 0; from < SESSIONS; from += span) {
    const to = Math.min(SESSIONS, from + span) - 1;
    await step(
      `order lines of sessions ${from}–${to}`,
      `INSERT INTO order_lines (order_id, sku_id, producer_id, seller_sku, product_name, product_id, session_id, status, quantity, returned_quantity,
         unit_price_vnd, subtotal_vnd, order_amount_vnd, order_refund_vnd, created_time, paid_time, gross_vnd, cancelled_vnd, refunded_vnd, damage, import_id)
       SELECT '8' || lpad((i::bigint * $3 + n)::text, 17, '0'), 'B' || x.pn, md5('p' || (x.pn / 6))::uuid, 'SKU-' || x.pn, 'Sản phẩm ' || x.pn,
              md5('q' || x.pn)::uuid, s.id, (CASE WHEN n % 20 = 0 THEN 'CANCELLED' ELSE 'COMPLETED' END)::"OrderStatus",
              x.q, CASE WHEN n % 25 = 1 THEN x.q ELSE 0 END, x.price, x.q * x.price, x.q * x.price, CASE WHEN n % 25 = 1 THEN x.q * x.price ELSE 0 END,
              x.paid - interval '2 minutes', x.paid, x.q * x.price, CASE WHEN n % 20 = 0 THEN x.q * x.price ELSE 0 END,
              CASE WHEN n % 25 = 1 THEN x.q * x.price ELSE 0 END, n % 50 = 1, md5('bench-orders')::uuid
       FROM generate_series($1::int, $2::int) i
       JOIN live_sessions s ON s.id = md5('s' || i)::uuid
       CROSS JOIN generate_series(0, $3::int - 1) n
       CROSS JOIN LATERAL (SELECT ((i * 37 + ((n / 4) % 5) * 683) % 3400) * 6 + (i + n % 4) % 6 AS pn, 1 + n % 3 AS q,
                                  (60000 + (n % 40) * 5000)::bigint AS price, s.starts_at + (n % 90) * interval '1 minute' AS paid) x
       WHERE i % ${ORDER_EVERY} = 0`,
      [from, to, ORDER_LINES],
    );
  }
  await step(
    "results of those sessions from their order lines",
    `UPDATE product_results r
     SET orders = a.orders, units_sold = a.units, gmv_vnd = a.gross, cancelled_vnd = a.cancelled, refunded_vnd = a.refunded, damage_vnd = a.damage, source = 'ORDERS'
     FROM (SELECT session_id, product_id, count(*)::int AS orders, sum(quantity)::int AS units, sum(gross_vnd) AS gross, sum(cancelled_vnd) AS cancelled,
                  sum(refunded_vnd) AS refunded, coalesce(sum(refunded_vnd) FILTER (WHERE damage), 0) AS damage
           FROM order_lines GROUP BY 1, 2) a
     WHERE r.session_id = a.session_id AND r.product_id = a.product_id`,
  );
  await step(
    "order rollup",
    `INSERT INTO order_rollups (producer_id, product_id, day, session_id, lines, orders, gross, cancelled, refunded, damage)
     SELECT producer_id, coalesce(product_id, '00000000-0000-0000-0000-000000000000'), (paid_time AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
            coalesce(session_id, '00000000-0000-0000-0000-000000000000'),
            count(*), count(*), sum(gross_vnd), sum(cancelled_vnd), sum(refunded_vnd), coalesce(sum(refunded_vnd) FILTER (WHERE damage), 0)
     FROM order_lines WHERE paid_time IS NOT NULL GROUP BY 1, 2, 3, 4`,
  );
  await step(
    "order totals",
    `INSERT INTO order_totals (producer_id, product_id, in_session, lines, orders, gross, cancelled, refunded, damage)
     SELECT producer_id, product_id, session_id <> '00000000-0000-0000-0000-000000000000', sum(lines), sum(orders), sum(gross), sum(cancelled), sum(refunded), sum(damage)
     FROM order_rollups GROUP BY 1, 2, 3`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
