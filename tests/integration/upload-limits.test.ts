import { readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { acting, formData } from "@/tests/support/acting-user";

const { loadActiveUser } = await import("@/lib/auth/users");
const { db } = await import("@/lib/db/client");
const { uploadDir } = await import("@/lib/storage/store");
const { UPLOAD_LIMIT } = await import("@/lib/security/rate-limit");
const { saveProductAction } = await import("@/lib/products/actions");
const { previewImportAction } = await import("@/lib/results/actions");
const { seedReferenceData } = await import("@/prisma/seed");
const { createProducer, createProduct, createUser } = await import("@/tests/fixtures/factories");
const { productForm } = await import("@/tests/fixtures/forms");

const filesIn = (folder: string) => {
  try {
    return readdirSync(path.join(uploadDir(), folder)).length;
  } catch {
    return 0;
  }
};

async function producer() {
  const row = await createUser(db, { role: "PRODUCER" });
  const shop = await createProducer(db, { memberUserIds: [row.id], reviewStatus: "APPROVED" });
  return { user: (await loadActiveUser(row.id))!, shopId: shop.id };
}

/** Uses up `who`'s hourly allowance the way real posts would have. */
const useUpAllowance = (who: string) =>
  db.$executeRaw`INSERT INTO rate_limit_counters (bucket, window_start, count) VALUES (${`uploads:${who}`}, date_trunc('hour', now()), ${UPLOAD_LIMIT})`;


let photo: File;
beforeAll(async () => {
  await seedReferenceData(db);
  photo = new File([new Uint8Array(await sharp({ create: { width: 900, height: 900, channels: 3, background: "#2a7" } }).jpeg().toBuffer())], "anh.jpg", { type: "image/jpeg" });
});

describe("uploads are limited per account and hour, counted in PostgreSQL", () => {
  it("refuses a product form with photos once over the limit, saying when to try again, and stores nothing", async () => {
    const { user, shopId } = await producer();
    const product = await createProduct(db, shopId, { reviewStatus: "DRAFT", name: "Chè Tân Cương hộp 200 g" });
    const fields = productForm(product.id);
    await useUpAllowance(user.id);
    const photos = filesIn("products");
    acting.user = user;
    const state = await saveProductAction({}, formData({ ...fields, photos: photo }));
    expect(state).toMatchObject({ ok: false, formError: "tooManyUploads", values: { name: "Chè Tân Cương hộp 100 g" } });
    expect(Number(state.formParams?.minutes)).toBeGreaterThanOrEqual(1);
    expect(Number(state.formParams?.minutes)).toBeLessThanOrEqual(60);
    expect(filesIn("products")).toBe(photos);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).name).toBe("Chè Tân Cương hộp 200 g");

    // Another producer is not affected, and a form without files is not counted.
    const other = await producer();
    const theirs = await createProduct(db, other.shopId, { reviewStatus: "DRAFT" });
    acting.user = other.user;
    await expect(saveProductAction({}, formData({ ...fields, productId: theirs.id, photos: photo }))).rejects.toMatchObject({ digest: expect.stringContaining("/producer/products?saved=") });
    expect(filesIn("products")).toBeGreaterThan(photos);
    acting.user = user;
    await expect(saveProductAction({}, formData(fields))).rejects.toMatchObject({ digest: expect.stringContaining("/producer/products?saved=") });
    acting.user = null;
  });

  it("refuses a visitor's files before storing them", async () => {
    const before = filesIn("products");
    acting.user = null;
    const product = await createProduct(db, (await producer()).shopId, { reviewStatus: "DRAFT" });
    await expect(saveProductAction({}, formData({ ...productForm(product.id), photos: photo }))).rejects.toMatchObject({ digest: expect.stringContaining("/sign-in") });
    expect(filesIn("products")).toBe(before);
  });

  it("refuses a results file once over the limit", async () => {
    const staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;
    await useUpAllowance(staff.id);
    acting.user = staff;
    const csv = new File(["Mã phiên;Sản phẩm;Số đơn;Số lượng bán;Doanh số\n"], "ket-qua.csv", { type: "text/csv" });
    expect(await previewImportAction({}, formData({ file: csv }))).toMatchObject({ ok: false, formError: "tooManyUploads" });
    acting.user = null;
  });
});

describe("a refused form keeps none of the files stored for it", () => {
  it("removes the photos stored before a refused scan, and those of a form its action refuses", async () => {
    const { user, shopId } = await producer();
    acting.user = user;
    const before = filesIn("products");
    // The photo is stored first, then the scan is refused: the photo goes again.
    const draft = await createProduct(db, shopId, { reviewStatus: "DRAFT" });
    const notAScan = new File(["chỉ là chữ, không phải bản quét"], "giay-chung-nhan.pdf", { type: "application/pdf" });
    const state = await saveProductAction({}, formData({ ...productForm(draft.id), photos: photo, scan: notAScan }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { scan: "scanType" } });
    expect(filesIn("products")).toBe(before);

    // Valid files, a product the action refuses (rejected for good): nothing stays either.
    const rejected = await createProduct(db, shopId, { reviewStatus: "REJECTED" });
    expect(await saveProductAction({}, formData({ ...productForm(rejected.id), photos: photo }))).toMatchObject({ ok: false, formError: "rejectedFinal" });
    expect(filesIn("products")).toBe(before);
    expect(await db.productImage.count({ where: { productId: { in: [draft.id, rejected.id] }, url: { startsWith: "/media/" } } })).toBe(0);
    acting.user = null;
  });
});
