import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/embedded";
import { listMigrations, migrate } from "@/lib/db/migrate";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession } from "@/tests/fixtures/factories";

describe("the migration runner", () => {
  it("applies every migration to an empty database, records them as Prisma does, then does nothing", async () => {
    const serverUrl = inject("serverUrl");
    const name = `ocop_mig_${randomBytes(4).toString("hex")}`;
    await ensureDatabase(serverUrl, name);
    const url = withDatabase(serverUrl, name);
    try {
      const migrations = await listMigrations();
      const first = await migrate(url);
      expect(first.applied).toEqual(migrations.map((m) => m.name));

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
      );
      const tables = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'live_sessions'`);
      await client.end();
      expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
        migrations.map((m) => [m.name, m.checksum, 1]),
      );
      expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
      expect(tables.rows[0].n).toBe(1);

      const second = await migrate(url);
      expect(second).toEqual({ applied: [], alreadyApplied: migrations.length, checksumMismatches: [] });

      // Instances starting together seed under the same lock (scripts/start.ts): one at a time.
      let inside = 0;
      let most = 0;
      const seedOnce = async () => {
        most = Math.max(most, ++inside);
        await new Promise((resolve) => setTimeout(resolve, 50));
        inside -= 1;
      };
      await Promise.all([1, 2, 3].map(() => migrate(url, { thenLocked: seedOnce })));
      expect(most).toBe(1);
    } finally {
      await dropDatabase(serverUrl, name);
    }
  });
});

describe("double booking is impossible in the database", () => {
  const at = (h: number, m = 0) => new Date(Date.UTC(2027, 0, 2, h - 7, m));

  async function lineup() {
    await seedReferenceData(db);
    const [hostA, hostB, channelA, channelB] = await Promise.all([createHost(db), createHost(db), createChannel(db), createChannel(db)]);
    return { hostA, hostB, channelA, channelB };
  }

  it("refuses an overlapping session for the same host", async () => {
    const { hostA, channelA, channelB } = await lineup();
    await createSession(db, { hostId: hostA.id, channelId: channelA.id, startsAt: at(7), endsAt: at(8, 30) });
    await expect(
      createSession(db, { hostId: hostA.id, channelId: channelB.id, startsAt: at(8), endsAt: at(9) }),
    ).rejects.toThrow(/live_sessions_host_no_overlap/);
  });

  it("refuses an overlapping session on the same channel", async () => {
    const { hostA, hostB, channelA } = await lineup();
    await createSession(db, { hostId: hostA.id, channelId: channelA.id, startsAt: at(7), endsAt: at(8, 30) });
    await expect(
      createSession(db, { hostId: hostB.id, channelId: channelA.id, startsAt: at(7, 15), endsAt: at(7, 45) }),
    ).rejects.toThrow(/live_sessions_channel_no_overlap/);
  });

  it("allows back-to-back sessions and ignores cancelled ones", async () => {
    const { hostA, channelA } = await lineup();
    await createSession(db, { hostId: hostA.id, channelId: channelA.id, startsAt: at(7), endsAt: at(8, 30) });
    await createSession(db, { hostId: hostA.id, channelId: channelA.id, startsAt: at(8, 30), endsAt: at(10) });
    const cancelled = await createSession(db, { hostId: hostA.id, channelId: channelA.id, startsAt: at(10), endsAt: at(11), status: "CANCELLED" });
    await createSession(db, { hostId: hostA.id, channelId: channelA.id, startsAt: at(10), endsAt: at(11) });
    // Un-cancelling it now would double-book the slot.
    await expect(db.liveSession.update({ where: { id: cancelled.id }, data: { status: "SCHEDULED" } })).rejects.toThrow(/no_overlap/);
    expect(await db.liveSession.count({ where: { hostId: hostA.id, status: { not: "CANCELLED" } } })).toBe(3);
  });

  it("refuses a session that ends before it starts", async () => {
    const { hostA, channelA } = await lineup();
    await expect(createSession(db, { hostId: hostA.id, channelId: channelA.id, startsAt: at(9), endsAt: at(8) })).rejects.toThrow(
      /live_sessions_time_order/,
    );
  });
});

describe("other rules the database keeps", () => {
  it("certifies only 3 to 5 stars", async () => {
    await seedReferenceData(db);
    const producer = await createProducer(db);
    await expect(createProduct(db, producer.id, { certificate: { stars: 2, decisionDate: "2026-01-10" } })).rejects.toThrow(
      /certificates_stars_certified/,
    );
  });

  it("keeps the audit log append-only", async () => {
    const entry = await db.auditLog.create({ data: { action: "USER_CREATED", entityType: "User", entityId: "x" } });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "USER_UPDATED" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });

  it("folds Vietnamese text in SQL the way the app does", async () => {
    await seedReferenceData(db);
    const producer = await createProducer(db, { name: "HTX Cà phê Đắk Lắk" });
    const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM producers WHERE vn_fold(name) LIKE '%' || vn_fold(${"ca phe dak lak"}) || '%'`;
    expect(rows.map((r) => r.id)).toEqual([producer.id]);
  });
});
