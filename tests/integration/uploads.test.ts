import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { MAX_PHOTOS, sniff, storeLogo, storePhoto, storeScan, UploadError } from "@/lib/media/files";
import { canReadScan } from "@/lib/media/queries";
import { saveProduct } from "@/lib/products/manage";
import { addMonths, vnDateOf } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createProducer, createUser } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "ocop-uploads-"));
});

/** A real JPEG carrying EXIF with a camera and GPS position, as phones write them. */
async function phoneJpeg(width = 2000, height = 1500) {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 60 } } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneMaker", Model: "X1" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 0/1" } })
    .toBuffer();
}

const file = (p: string) => readFile(path.join(process.env.UPLOAD_DIR!, p.replace(/^\/media\//, "")));

describe("photos", () => {
  it("are re-encoded to WebP in three widths, without EXIF or GPS", async () => {
    const original = await phoneJpeg();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const stored = await storePhoto(new Uint8Array(original));
    expect(stored).toMatchObject({ width: 800, height: 600 });
    for (const width of [400, 800, 1600]) {
      const bytes = await file(stored.url.replace("-800.webp", `-${width}.webp`));
      const meta = await sharp(bytes).metadata();
      expect(meta).toMatchObject({ format: "webp", width });
      expect(meta.exif).toBeUndefined();
      expect(bytes.includes(Buffer.from("PhoneMaker"))).toBe(false);
    }
  });

  it("are recognised by their bytes, not their name", async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } }).png().toBuffer();
    expect(sniff(png)).toBe("png");
    expect(sniff(Buffer.from("%PDF-1.7\n"))).toBe("pdf");
    await expect(storePhoto(new Uint8Array(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")))).rejects.toMatchObject({ messageKey: "photoType" });
    await expect(storePhoto(new Uint8Array(Buffer.from("%PDF-1.7\n")))).rejects.toMatchObject({ messageKey: "photoType" });
    // JPEG magic, garbage after it: refused as unreadable, not stored.
    await expect(storePhoto(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).rejects.toMatchObject({ messageKey: "photoUnreadable" });
  });

  it("certificate scans in JPEG or PNG keep their size and lose EXIF and GPS; a PDF is kept byte for byte", async () => {
    const original = await phoneJpeg(2400, 1800);
    const jpeg = await storeScan(new Uint8Array(original));
    expect(jpeg.url).toMatch(/\.jpg$/);
    const stored = await file(jpeg.url);
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 2400, height: 1800 });
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from("PhoneMaker"))).toBe(false);
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#fff" } }).png().withExif({ IFD0: { Make: "ScannerCo" } }).toBuffer();
    const pngStored = await file((await storeScan(new Uint8Array(png))).url);
    expect(await sharp(pngStored).metadata()).toMatchObject({ format: "png", width: 300, height: 200 });
    expect(pngStored.includes(Buffer.from("ScannerCo"))).toBe(false);
    const pdf = Buffer.from("%PDF-1.7\n% Quyết định công nhận OCOP\n");
    expect(Buffer.compare(await file((await storeScan(new Uint8Array(pdf))).url), pdf)).toBe(0);
    await expect(storeScan(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).rejects.toMatchObject({ messageKey: "scanUnreadable" });
  });

  it("are refused over 5 MB, and scans over 10 MB or of another type", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    await expect(storePhoto(big)).rejects.toBeInstanceOf(UploadError);
    await expect(storePhoto(big)).rejects.toMatchObject({ messageKey: "photoSize" });
    await expect(storeScan(new Uint8Array(10 * 1024 * 1024 + 1))).rejects.toMatchObject({ messageKey: "scanSize" });
    await expect(storeScan(new Uint8Array(Buffer.from("GIF89a....")))).rejects.toMatchObject({ messageKey: "scanType" });
    expect((await storeScan(new Uint8Array(Buffer.from("%PDF-1.7\n%...")))).url).toMatch(/^\/media\/scans\/[0-9a-f-]{36}\.pdf$/);
  });
});

describe("logos", () => {
  it("are cropped to a 256 px square WebP without metadata", async () => {
    const { url } = await storeLogo(new Uint8Array(await phoneJpeg(1200, 600)));
    const meta = await sharp(await file(url)).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 256, height: 256 });
    expect(meta.exif).toBeUndefined();
    await expect(storeLogo(new Uint8Array(Buffer.from("%PDF-1.7")))).rejects.toMatchObject({ messageKey: "photoType" });
  });
});

describe("a product's uploads", () => {
  it("are recorded with the product, at most 8, and the scan is readable by its producer and staff only", async () => {
    await seedReferenceData(db);
    const ownerRow = await createUser(db, { role: "PRODUCER" });
    await createProducer(db, { memberUserIds: [ownerRow.id] });
    const owner = (await loadActiveUser(ownerRow.id))!;
    const otherRow = await createUser(db, { role: "PRODUCER" });
    await createProducer(db, { memberUserIds: [otherRow.id] });
    const other = (await loadActiveUser(otherRow.id))!;
    const staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;

    const photo = await storePhoto(new Uint8Array(await phoneJpeg(1200, 1200)));
    const scan = await storeScan(new Uint8Array(Buffer.from("%PDF-1.7\n%...")));
    const fields = {
      name: "Mật ong bạc hà Hà Giang",
      groupId: "1",
      description: "",
      price: "250.000",
      unit: "chai 500 ml",
      weightGrams: "",
      shelfLifeDays: "",
      fragile: "on",
      packagingNotes: "Chai bọc xốp hai lớp",
      stars: "4",
      decisionNumber: "88/QĐ-UBND",
      issuingLevel: "PROVINCE",
      decisionDate: addMonths(vnDateOf(new Date()), -3),
    };
    const saved = await asUser(owner, () => saveProduct(fields, { extra: { photos: [photo], scan } }));
    const { productId } = saved.result as { productId: string };
    const product = await db.product.findUniqueOrThrow({ where: { id: productId }, include: { images: true, certificates: true } });
    expect(product.images.map((i) => [i.url, i.width, i.height, i.alt])).toEqual([[photo.url, 800, 800, fields.name]]);
    expect(product.certificates[0]!.scanUrl).toBe(scan.url);

    expect(await canReadScan(owner, scan.url)).toBe(true);
    expect(await canReadScan(staff, scan.url)).toBe(true);
    expect(await canReadScan(other, scan.url)).toBe(false);
    expect(await canReadScan(null, scan.url)).toBe(false);

    const tooMany = Array.from({ length: MAX_PHOTOS }, () => photo);
    expect(await asUser(owner, () => saveProduct({ ...fields, productId }, { extra: { photos: tooMany, scan: null } }))).toMatchObject({
      ok: false,
      fieldErrors: { photos: "photoCount" },
    });
    expect(await db.productImage.count({ where: { productId } })).toBe(1);
  });
});
