import { beforeEach, describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/policy";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { getPublicProduct } from "@/lib/products/queries";
import { decideReview } from "@/lib/reviews/manage";
import { getProductReview } from "@/lib/reviews/queries";
import { saveProduct, submitProduct } from "@/lib/products/manage";
import { getOwnProductForm, listOwnProducts } from "@/lib/products/owner-queries";
import { addMonths, vnDateOf } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createProducer, createProduct, createUser } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";

const form = (overrides: Record<string, string> = {}) => ({
  name: "Chè Tân Cương hộp 200 g",
  groupId: "2",
  description: "Chè búp",
  price: "150.000",
  unit: "hộp 200 g",
  weightGrams: "200",
  shelfLifeDays: "365",
  packagingNotes: "",
  stars: "4",
  decisionNumber: "1234/QĐ-UBND",
  issuingLevel: "PROVINCE",
  decisionDate: addMonths(vnDateOf(new Date()), -6),
  ...overrides,
});

let owner: CurrentUser;
let other: CurrentUser;

async function producerUser() {
  const user = await createUser(db, { role: "PRODUCER" });
  await createProducer(db, { memberUserIds: [user.id] });
  return (await loadActiveUser(user.id))!;
}

beforeEach(async () => {
  await seedReferenceData(db);
  owner = await producerUser();
  other = await producerUser();
});

async function snapshot() {
  const [products, certificates, revisions, audit] = await Promise.all([
    db.product.findMany({ orderBy: { id: "asc" } }),
    db.certificate.findMany({ orderBy: { id: "asc" } }),
    db.productRevision.count(),
    db.auditLog.count(),
  ]);
  return { products, certificates, revisions, audit };
}

describe("a producer's products", () => {
  it("creates a draft with its certificate, then submits it for review", async () => {
    const saved = await asUser(owner, () => saveProduct(form()));
    expect(saved.ok).toBe(true);
    const { productId } = saved.result as { productId: string };
    const product = await db.product.findUniqueOrThrow({ where: { id: productId }, include: { certificates: true } });
    expect(product).toMatchObject({ reviewStatus: "DRAFT", priceVnd: 150_000, producerId: owner.producerIds[0], slug: "che-tan-cuong-hop-200-g" });
    expect(product.certificates[0]!.expiresOn.toISOString().slice(0, 10)).toBe(addMonths(form().decisionDate, 36));

    expect((await asUser(owner, () => submitProduct({ productId }))).ok).toBe(true);
    expect((await db.product.findUniqueOrThrow({ where: { id: productId } })).reviewStatus).toBe("SUBMITTED");
    expect((await db.auditLog.findMany({ where: { entityId: productId } })).map((a) => a.action)).toEqual(["PRODUCT_CREATED", "PRODUCT_SUBMITTED"]);
    expect((await listOwnProducts(owner)).map((p) => p.id)).toEqual([productId]);
    expect(await listOwnProducts(other)).toEqual([]);
  });

  it("refuses another producer and a visitor, and changes nothing", async () => {
    const { productId } = (await asUser(owner, () => saveProduct(form()))).result as { productId: string };
    const before = await snapshot();
    expect(await asUser(other, () => saveProduct(form({ productId, name: "Đổi tên trái phép" })))).toMatchObject({ ok: false, formError: "notFound" });
    expect(await asUser(other, () => submitProduct({ productId }))).toMatchObject({ ok: false, formError: "notFound" });
    await expect(asUser(null, () => saveProduct(form({ productId })))).rejects.toThrow(AuthorizationError);
    await expect(asUser(null, () => submitProduct({ productId }))).rejects.toThrow(AuthorizationError);
    const staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;
    await expect(asUser(staff, () => saveProduct(form({ productId })))).rejects.toThrow(AuthorizationError);
    expect(await getOwnProductForm(other, productId)).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it("keeps an approved product public while its changes wait as a revision", async () => {
    const approved = await createProduct(db, owner.producerIds[0]!, { name: "Mật ong bạc hà", priceVnd: 250_000 });
    const saved = await asUser(owner, () => saveProduct(form({ productId: approved.id, name: "Mật ong bạc hà – hũ mới", price: "270.000" })));
    expect(saved.result).toEqual({ productId: approved.id, revision: true });
    const product = await db.product.findUniqueOrThrow({ where: { id: approved.id } });
    expect(product).toMatchObject({ name: "Mật ong bạc hà", priceVnd: 250_000, reviewStatus: "APPROVED" });
    expect((await getPublicProduct(approved.slug))?.name).toBe("Mật ong bạc hà");
    const revision = await db.productRevision.findFirstOrThrow({ where: { productId: approved.id } });
    expect(revision).toMatchObject({ reviewStatus: "SUBMITTED", data: expect.objectContaining({ name: "Mật ong bạc hà – hũ mới", priceVnd: 270_000 }) });
    // Saving again updates the same pending revision, and the form shows it.
    await asUser(owner, () => saveProduct(form({ productId: approved.id, name: "Mật ong bạc hà – hũ 500 ml", price: "270.000" })));
    expect(await db.productRevision.count({ where: { productId: approved.id } })).toBe(1);
    expect((await getOwnProductForm(owner, approved.id))?.values.name).toBe("Mật ong bạc hà – hũ 500 ml");
    expect(await asUser(owner, () => submitProduct({ productId: approved.id }))).toMatchObject({ ok: false, formError: "notSubmittable" });
  });

  it("never approves a revision unseen: an edit after the reviewer opened it makes their decision 'changed meanwhile'", async () => {
    const staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;
    const approved = await createProduct(db, owner.producerIds[0]!, { name: "Mứt gừng", priceVnd: 90_000 });
    await asUser(owner, () => saveProduct(form({ productId: approved.id, name: "Mứt gừng dẻo", price: "95.000" })));
    const seen = (await getProductReview(staff, approved.id))!.revision!;
    // The producer changes the price tenfold while the reviewer reads the first version.
    await asUser(owner, () => saveProduct(form({ productId: approved.id, name: "Mứt gừng dẻo", price: "950.000" })));
    const stale = await asUser(staff, () => decideReview({ target: "PRODUCT_REVISION", id: seen.id, decision: "APPROVE", version: String(seen.version) }));
    expect(stale).toMatchObject({ ok: false, formError: "changedMeanwhile" });
    expect((await db.product.findUniqueOrThrow({ where: { id: approved.id } })).priceVnd).toBe(90_000);
    const current = (await getProductReview(staff, approved.id))!.revision!;
    expect(current.version).toBe(seen.version + 1);
    expect((await asUser(staff, () => decideReview({ target: "PRODUCT_REVISION", id: current.id, decision: "APPROVE", version: String(current.version) }))).ok).toBe(true);
    expect((await db.product.findUniqueOrThrow({ where: { id: approved.id } })).priceVnd).toBe(950_000);
  });

  it("will not submit with an expired certificate", async () => {
    const expired = await createProduct(db, owner.producerIds[0]!, {
      reviewStatus: "DRAFT",
      certificate: { stars: 3, decisionDate: addMonths(vnDateOf(new Date()), -40), issuingLevel: "DISTRICT" },
    });
    expect(await asUser(owner, () => submitProduct({ productId: expired.id }))).toMatchObject({ ok: false, formError: "certificateExpired" });
    expect((await db.product.findUniqueOrThrow({ where: { id: expired.id } })).reviewStatus).toBe("DRAFT");
  });
});
