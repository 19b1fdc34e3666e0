import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { PROJECT_ROOT } from "@/lib/db/runtime";
import { addDays, comingSaturday, vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession } from "@/tests/fixtures/factories";
import { exportCsv, exportTime } from "@/tests/support/order-export";

/** `npm run import:orders` as automation runs it: against this file's database, exit codes included. */
const dir = mkdtempSync(path.join(tmpdir(), "ocop-orders-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let slug: string;
const day = addDays(comingSaturday(), -7);

beforeAll(async () => {
  await seedReferenceData(db);
  const shop = await createProducer(db);
  slug = shop.slug;
  const product = await createProduct(db, shop.id);
  await db.productSku.create({ data: { producerId: shop.id, productId: product.id, value: "CLI-SKU" } });
  await createSession(db, { hostId: (await createHost(db)).id, channelId: (await createChannel(db)).id, startsAt: vnInstant(day, "08:00"), endsAt: vnInstant(day, "09:00"), status: "COMPLETED", productIds: [product.id] });
});

function importOrders(...args: string[]) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import-orders.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL!, AUTH_SECRET: "x".repeat(48) },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const file = (name: string, text: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
};

describe("npm run import:orders", () => {
  it("prints what a file holds with --dry-run and writes nothing, then imports it", async () => {
    const good = file("good.csv", exportCsv([
      { orderId: "810001", skuId: "CLI-SKU", paid: exportTime(day, "08:10:00"), subtotal: 120_000 },
      { orderId: "810002", skuId: "CLI-SKU", paid: exportTime(day, "13:00:00"), subtotal: 80_000 },
      { orderId: "810002", skuId: "CLI-SKU", paid: exportTime(day, "13:00:00"), subtotal: 80_000 },
      { orderId: "810003", skuId: "OTHER", paid: exportTime(day, "08:20:00"), subtotal: 10_000 },
    ]));
    const dry = importOrders("--producer", slug, good, "--dry-run", "--json");
    expect(dry.status, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, written: false, linesRead: 4, matched: 2, attributed: 1, unattributed: 2, duplicates: 1, errors: 0, unknownSkus: [{ sku: "OTHER", lines: 1 }] });
    expect(await db.orderLine.count()).toBe(0);

    const wet = importOrders("--producer", slug, good);
    expect(wet.status, wet.stderr).toBe(0);
    expect(wet.stdout).toMatch(/lines read\s+4/);
    expect(wet.stdout).toMatch(/attributed\s+1/);
    expect(await db.orderLine.count()).toBe(3);
    expect(await db.orderImport.findFirst()).toMatchObject({ importedById: null, fileName: "good.csv", rowCount: 4 });
  });

  it("exits 1 on a bad file, naming each bad line, and writes nothing; 1 for an unknown shop; 2 on bad usage", async () => {
    const before = await db.orderLine.count();
    const bad = file("bad.csv", exportCsv([
      { orderId: "5.77E+17", skuId: "CLI-SKU", paid: exportTime(day, "08:10:00"), subtotal: 1 },
      { orderId: "820002", skuId: "CLI-SKU", paid: "hôm qua", subtotal: 1 },
    ]));
    const result = importOrders("--producer", slug, bad);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/errors\s+2/);
    expect(result.stdout).toContain("line 3: orderIdInvalid");
    expect(result.stdout).toContain("line 4: timeInvalid");
    expect(await db.orderLine.count()).toBe(before);
    expect(importOrders("--producer", "no-such-shop", bad).status).toBe(1);
    expect(importOrders(bad).status).toBe(2);
  });
});
