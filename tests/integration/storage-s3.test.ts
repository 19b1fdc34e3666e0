import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { discardStored, storePhoto, storeScan } from "@/lib/media/files";
import { previewImport, stageImport, stagedKey, stagedSize } from "@/lib/results/import";
import { confirmImport } from "@/lib/results/manage";
import { objectStore } from "@/lib/storage/store";
import { addDays, comingSaturday, vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession, createUser } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";

/**
 * The S3 adapter against a real S3-protocol server (s3rver, started here on a free port): uploads,
 * the /media route and the results import's staging go through the bucket, and nothing is written
 * to the instance's own upload folder — what several instances behind a proxy rely on.
 */
let server: S3rver;
let bucketDir: string;
let localDir: string;
let staff: CurrentUser;
const uploadDirBefore = process.env.UPLOAD_DIR;
const BUCKET = "ocop-test";
const { GET: media } = await import("@/app/media/[...path]/route");
const get = (url: string) => media(new Request(`http://localhost${url}`), { params: Promise.resolve({ path: url.replace(/^\/media\//, "").split("/") }) });

beforeAll(async () => {
  bucketDir = await mkdtemp(path.join(tmpdir(), "ocop-s3rver-"));
  localDir = await mkdtemp(path.join(tmpdir(), "ocop-local-uploads-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: bucketDir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = await server.run();
  Object.assign(process.env, {
    UPLOAD_DIR: localDir,
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "1",
  });
  await seedReferenceData(db);
  staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;
});

afterAll(async () => {
  for (const name of ["S3_BUCKET", "S3_ENDPOINT", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"]) delete process.env[name];
  if (uploadDirBefore === undefined) delete process.env.UPLOAD_DIR;
  else process.env.UPLOAD_DIR = uploadDirBefore;
  await server?.close();
  await rm(bucketDir, { recursive: true, force: true });
  await rm(localDir, { recursive: true, force: true });
});

describe("object storage on an S3-compatible bucket", () => {
  it("keeps photos in the bucket, not on the instance's disk, and /media serves them from there", async () => {
    expect(objectStore().kind).toBe("s3");
    const jpeg = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#2a7" } }).jpeg().toBuffer();
    const photo = await storePhoto(new Uint8Array(jpeg));
    for (const width of [400, 800, 1600]) expect(await objectStore().size(`products/${photo.url.slice("/media/products/".length).replace("-800", `-${width}`)}`)).toBeGreaterThan(0);
    expect(await readdir(localDir)).toEqual([]);

    const response = await get(photo.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/webp");
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(800);
    expect((await get("/media/products/00000000-0000-0000-0000-000000000000-800.webp")).status).toBe(404);

    // A refused form's photo is removed from the bucket again, every width of it.
    await discardStored([photo.url]);
    for (const width of [400, 800, 1600]) expect(await objectStore().size(`products/${photo.url.slice("/media/products/".length).replace("-800", `-${width}`)}`)).toBeNull();
    expect((await get(photo.url)).status).toBe(404);
  });

  it("serves a private scan only through the access check", async () => {
    const scan = await storeScan(new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")));
    expect(await objectStore().size(scan.url.replace(/^\/media\//, ""))).toBeGreaterThan(0);
    expect((await asUser(null, () => get(scan.url))).status).toBe(404);
    const seen = await asUser(staff, () => get(scan.url));
    expect(seen.status).toBe(200);
    expect(Buffer.from(await seen.arrayBuffer()).toString()).toMatch(/^%PDF-1\.7/);
  });

  it("stages an import in the bucket: previewed, then confirmed from the bucket's copy of the file", async () => {
    const shop = await createProducer(db, { reviewStatus: "APPROVED" });
    const product = await createProduct(db, shop.id);
    const day = addDays(comingSaturday(), -14);
    const session = await createSession(db, {
      hostId: (await createHost(db)).id,
      channelId: (await createChannel(db)).id,
      startsAt: vnInstant(day, "08:00"),
      endsAt: vnInstant(day, "09:00"),
      status: "COMPLETED",
      productIds: [product.id],
    });
    const text = `session_id;sku;orders;units;gmv\n${session.id};${product.slug};4;5;600000\n`;
    const { sha256, size } = await stageImport(new File([text], "ket-qua.csv", { type: "text/csv" }));
    expect(await stagedSize(sha256)).toBe(size);
    expect((await objectStore().get(stagedKey(sha256)))?.toString()).toBe(text);
    expect(await readdir(localDir)).toEqual([]);

    expect(await previewImport(sha256)).toMatchObject({ rows: 1, created: 1, problemCount: 0 });
    // Another instance, a day later: the preview's checked lines are gone; the file is read from the bucket.
    await db.$executeRaw`DELETE FROM import_staged_lines`;
    expect(await asUser(staff, () => confirmImport({ sha256, fileName: "ket-qua.csv" }))).toMatchObject({ ok: true });
    expect(await db.productResult.findMany({ where: { sessionId: session.id }, select: { orders: true, unitsSold: true, gmvVnd: true } })).toEqual([
      { orders: 4, unitsSold: 5, gmvVnd: 600_000n },
    ]);
    expect(await asUser(staff, () => confirmImport({ sha256: "0".repeat(64), fileName: "khong-co.csv" }))).toMatchObject({ ok: false, formError: "importMissing" });
  });
});
