import { beforeEach, describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/policy";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { getPublicProduct } from "@/lib/products/queries";
import { saveProduct, submitProduct } from "@/lib/products/manage";
import { getOwnProductForm, listOwnProducts } from "@/lib/products/owner-queries";
import { addMonths, vnDateOf } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createProducer, createProduct, createUser } from "@/tests/fixtures/factories";

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
    const saved = await saveProduct(form(), { as: owner });
    expect(saved.ok).toBe(true);
    const { productId } = saved.result as { productId: string };
    const product = await db.product.findUniqueOrThrow({ where: { id: productId }, include: { certificates: true } });
    expect(product).toMatchObject({ reviewStatus: "DRAFT", priceVnd: 150_000, producerId: owner.producerIds[0], slug: "che-tan-cuong-hop-200-g" });
    expect(product.certificates[0]!.expiresOn.toISOString().slice(0, 10)).toBe(addMonths(form().decisionDate, 36));

    expect((await submitProduct({ productId }, { as: owner })).ok).toBe(true);
    expect((await db.product.findUniqueOrThrow({ where: { id: productId } })).reviewStatus).toBe("SUBMITTED");
    expect((await db.auditLog.findMany({ where: { entityId: productId } })).map((a) => a.action)).toEqual(["PRODUCT_CREATED", "PRODUCT_SUBMITTED"]);
    expect((await listOwnProducts(owner)).map((p) => p.id)).toEqual([productId]);
    expect(await listOwnProducts(other)).toEqual([]);
  });

  it("refuses another producer and a visitor, and changes nothing", async () => {
    const { productId } = (await saveProduct(form(), { as: owner })).result as { productId: string };
    const before = await snapshot();
    expect(await saveProduct(form({ productId, name: "Đổi tên trái phép" }), { as: other })).toMatchObject({ ok: false, formError: "notFound" });
    expect(await submitProduct({ productId }, { as: other })).toMatchObject({ ok: false, formError: "notFound" });
    await expect(saveProduct(form({ productId }), { as: null })).rejects.toThrow(AuthorizationError);
    await expect(submitProduct({ productId }, { as: null })).rejects.toThrow(AuthorizationError);
    const staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;
    await expect(saveProduct(form({ productId }), { as: staff })).rejects.toThrow(AuthorizationError);
    expect(await getOwnProductForm(other, productId)).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it("keeps an approved product public while its changes wait as a revision", async () => {
    const approved = await createProduct(db, owner.producerIds[0]!, { name: "Mật ong bạc hà", priceVnd: 250_000 });
    const saved = await saveProduct(form({ productId: approved.id, name: "Mật ong bạc hà – hũ mới", price: "270.000" }), { as: owner });
    expect(saved.result).toEqual({ productId: approved.id, revision: true });
    const product = await db.product.findUniqueOrThrow({ where: { id: approved.id } });
    expect(product).toMatchObject({ name: "Mật ong bạc hà", priceVnd: 250_000, reviewStatus: "APPROVED" });
    expect((await getPublicProduct(approved.slug))?.name).toBe("Mật ong bạc hà");
    const revision = await db.productRevision.findFirstOrThrow({ where: { productId: approved.id } });
    expect(revision).toMatchObject({ reviewStatus: "SUBMITTED", data: expect.objectContaining({ name: "Mật ong bạc hà – hũ mới", priceVnd: 270_000 }) });
    // Saving again updates the same pending revision, and the form shows it.
    await saveProduct(form({ productId: approved.id, name: "Mật ong bạc hà – hũ 500 ml", price: "270.000" }), { as: owner });
    expect(await db.productRevision.count({ where: { productId: approved.id } })).toBe(1);
    expect((await getOwnProductForm(owner, approved.id))?.values.name).toBe("Mật ong bạc hà – hũ 500 ml");
    expect(await submitProduct({ productId: approved.id }, { as: owner })).toMatchObject({ ok: false, formError: "notSubmittable" });
  });

  it("will not submit with an expired certificate", async () => {
    const expired = await createProduct(db, owner.producerIds[0]!, {
      reviewStatus: "DRAFT",
      certificate: { stars: 3, decisionDate: addMonths(vnDateOf(new Date()), -40), issuingLevel: "DISTRICT" },
    });
    expect(await submitProduct({ productId: expired.id }, { as: owner })).toMatchObject({ ok: false, formError: "certificateExpired" });
    expect((await db.product.findUniqueOrThrow({ where: { id: expired.id } })).reviewStatus).toBe("DRAFT");
  });
});
