import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backupDatabase, readBackupHeader, restoreDatabase, tableCounts } from "@/lib/db/backup";
import { db } from "@/lib/db/client";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/embedded";
import { vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession, createUser } from "@/tests/fixtures/factories";

const target = `ocop_restore_${randomBytes(4).toString("hex")}`;
const targetUrl = withDatabase(inject("serverUrl"), target);
let file: string;

/** Every table's rows as one checksum (ordered by the row's text), with its count. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    for (const { name } of await tableCounts(url)) {
      const { rows } = await client.query<{ n: string; sum: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM "${name}" t`,
      );
      out[name] = `${rows[0]!.n}:${rows[0]!.sum ?? "-"}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await seedReferenceData(db);
  const staff = await createUser(db, { role: "STAFF" });
  const shop = await createProducer(db, { name: "HTX Sao lưu Mộc Châu" });
  const tea = await createProduct(db, shop.id, { name: "Chè Mộc Châu \"đặc biệt\"\tvụ xuân\\2026", certificate: { stars: 4, decisionDate: "2025-03-01" } });
  const [host, channel] = [await createHost(db), await createChannel(db)];
  const session = await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant("2026-10-03", "08:00"), endsAt: vnInstant("2026-10-03", "09:00"), status: "COMPLETED", productIds: [tea.id] });
  await db.productResult.create({ data: { sessionId: session.id, productId: tea.id, orders: 12, unitsSold: 15, gmvVnd: 3_450_000n, note: "dòng 1\ndòng 2" } });
  await db.auditLog.create({ data: { actorId: staff.id, action: "RESULTS_RECORDED", entityType: "LiveSession", entityId: session.id, after: { gmv: "3450000" } } });
  file = path.join(await mkdtemp(path.join(tmpdir(), "ocop-backup-")), "portal.backup.gz");
});

afterAll(async () => {
  await dropDatabase(inject("serverUrl"), target);
});

describe("backup and restore", () => {
  it("restore a backup into an empty database with every table's rows identical, rollups and audit included", async () => {
    const before = await fingerprint(process.env.DATABASE_URL!);
    const written = await backupDatabase(process.env.DATABASE_URL!, file);
    expect(written.find((t) => t.name === "result_rollups")!.rows).toBeGreaterThan(0);
    expect((await readBackupHeader(file)).tables).toEqual(written);

    await ensureDatabase(targetUrl, target);
    await restoreDatabase(targetUrl, file);
    expect(await fingerprint(targetUrl)).toEqual(before);

    // The restored database goes on: serial ids continue after the restored ones, triggers work again.
    const restored = new pg.Client({ connectionString: targetUrl });
    await restored.connect();
    try {
      // A sequence left at 1 would collide with a restored id here.
      const { rows } = await restored.query<{ id: string }>(`INSERT INTO audit_log (action, entity_type, entity_id) VALUES ('USER_CREATED', 'User', 'x') RETURNING id`);
      expect(BigInt(rows[0]!.id)).toBeGreaterThan(1n);
      await expect(restored.query("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
    } finally {
      await restored.end();
    }
  });

  it("refuse a database that is not empty, and change nothing in it", async () => {
    const before = await fingerprint(process.env.DATABASE_URL!);
    await expect(restoreDatabase(process.env.DATABASE_URL!, file)).rejects.toThrow(/not empty/);
    expect(await fingerprint(process.env.DATABASE_URL!)).toEqual(before);
  });
});
