import { describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/policy";
import { loadActiveUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { updateShop } from "@/lib/producers/profile";
import { seedReferenceData } from "@/prisma/seed";
import { createProducer, createUser } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";

const profile = (overrides: Record<string, string> = {}) => ({
  shopName: "HTX Chè Tân Cương",
  legalForm: "COOPERATIVE",
  taxCode: "0100109106",
  province: "Thái Nguyên",
  address: "Xóm 3, xã Tân Cương",
  phone: "0912 345 678",
  tiktok: "@chetancuong",
  description: "Chè búp",
  ...overrides,
});

async function shopOwner(reviewStatus: "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED") {
  const user = await createUser(db, { role: "PRODUCER" });
  const shop = await createProducer(db, { name: "HTX Chè Tân Cương", slug: `htx-che-tan-cuong-${reviewStatus.toLowerCase()}`, memberUserIds: [user.id], reviewStatus, provinceId: 7, taxCode: "0100109106" });
  return { user: (await loadActiveUser(user.id))!, shop };
}

describe("editing the shop profile", () => {
  it("changes everything while waiting, and sends a shop with requested changes back to review", async () => {
    await seedReferenceData(db);
    const { user, shop } = await shopOwner("CHANGES_REQUESTED");
    const state = await asUser(user, () => updateShop(profile({ shopName: "HTX Chè Tân Cương Xanh", province: "Bắc Kạn", address: "Xóm 5" })));
    expect(state.ok).toBe(true);
    expect(await db.producer.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      name: "HTX Chè Tân Cương Xanh",
      provinceId: 7,
      address: "Xóm 5",
      reviewStatus: "SUBMITTED",
      reviewReason: null,
    });
    expect(await db.auditLog.count({ where: { entityId: shop.id, action: "PRODUCER_UPDATED" } })).toBe(1);
  });

  it("locks what identifies an approved shop, and lets the rest change", async () => {
    await seedReferenceData(db);
    const { user, shop } = await shopOwner("APPROVED");
    expect(await asUser(user, () => updateShop(profile({ taxCode: "0300588569" })))).toMatchObject({ ok: false, fieldErrors: { taxCode: "lockedWhenApproved" } });
    expect(await asUser(user, () => updateShop(profile({ shopName: "Tên khác" })))).toMatchObject({ ok: false, fieldErrors: { shopName: "lockedWhenApproved" } });
    expect((await db.producer.findUniqueOrThrow({ where: { id: shop.id } })).name).toBe("HTX Chè Tân Cương");
    expect((await asUser(user, () => updateShop(profile({ description: "Chè búp hữu cơ" })))).ok).toBe(true);
    expect(await db.producer.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({ description: "Chè búp hữu cơ", reviewStatus: "APPROVED" });
  });

  it("is for the shop's own producer: a visitor or a staff member is refused", async () => {
    await seedReferenceData(db);
    await expect(asUser(null, () => updateShop(profile()))).rejects.toThrow(AuthorizationError);
    const staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;
    await expect(asUser(staff, () => updateShop(profile()))).rejects.toThrow(AuthorizationError);
  });
});
