import { beforeEach, describe, expect, it } from "vitest";
import { applyForSession, withdrawApplication } from "@/lib/applications/manage";
import { openSaturdays } from "@/lib/applications/schema";
import { listOwnApplications } from "@/lib/applications/queries";
import { AuthorizationError } from "@/lib/auth/policy";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { addDays } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createProducer, createProduct, createUser } from "@/tests/fixtures/factories";

let owner: CurrentUser;
let other: CurrentUser;
let productId: string;
let othersProductId: string;

async function producer(reviewStatus: "APPROVED" | "SUBMITTED" = "APPROVED") {
  const user = await createUser(db, { role: "PRODUCER" });
  const shop = await createProducer(db, { memberUserIds: [user.id], reviewStatus });
  return { user: (await loadActiveUser(user.id))!, shop };
}

beforeEach(async () => {
  await seedReferenceData(db);
  const a = await producer();
  const b = await producer();
  owner = a.user;
  other = b.user;
  productId = (await createProduct(db, a.shop.id)).id;
  othersProductId = (await createProduct(db, b.shop.id)).id;
});

const saturday = () => openSaturdays()[1]!;

describe("session applications", () => {
  it("are sent for a coming Saturday with approved products, and listed for their producer only", async () => {
    const state = await applyForSession({ saturday: saturday(), preferredTime: "08:30", productIds: productId, note: "Có sẵn 500 đơn" }, { as: owner });
    expect(state.ok).toBe(true);
    const [mine] = await listOwnApplications(owner);
    expect(mine).toMatchObject({ saturday: saturday(), preferredTime: "08:30", status: "PENDING", note: "Có sẵn 500 đơn" });
    expect(await listOwnApplications(other)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "APPLICATION_CREATED", actorId: owner.id } })).toBe(1);
  });

  it("refuse another producer's products, a day that is not an open Saturday, a second pending one and an unapproved shop", async () => {
    expect(await applyForSession({ saturday: saturday(), preferredTime: "", productIds: [productId, othersProductId], note: "" }, { as: owner })).toMatchObject({
      ok: false,
      fieldErrors: { productIds: "productsInvalid" },
    });
    expect(await applyForSession({ saturday: addDays(saturday(), 1), preferredTime: "", productIds: productId, note: "" }, { as: owner })).toMatchObject({
      fieldErrors: { saturday: "saturdayInvalid" },
    });
    expect(await applyForSession({ saturday: addDays(openSaturdays()[0]!, -7), preferredTime: "", productIds: productId, note: "" }, { as: owner })).toMatchObject({
      fieldErrors: { saturday: "saturdayInvalid" },
    });
    expect((await applyForSession({ saturday: saturday(), preferredTime: "", productIds: productId, note: "" }, { as: owner })).ok).toBe(true);
    expect(await applyForSession({ saturday: saturday(), preferredTime: "", productIds: productId, note: "" }, { as: owner })).toMatchObject({
      fieldErrors: { saturday: "duplicate" },
    });
    const waiting = await producer("SUBMITTED");
    const theirProduct = await createProduct(db, waiting.shop.id);
    expect(await applyForSession({ saturday: saturday(), preferredTime: "", productIds: theirProduct.id, note: "" }, { as: waiting.user })).toMatchObject({
      formError: "shopNotApproved",
    });
    await expect(applyForSession({ saturday: saturday(), preferredTime: "", productIds: productId, note: "" }, { as: null })).rejects.toThrow(AuthorizationError);
    expect(await db.sessionApplication.count({ where: { producerId: { in: [...owner.producerIds, ...waiting.user.producerIds] } } })).toBe(1);
  });

  it("can be withdrawn by their producer only, while pending", async () => {
    const { result } = await applyForSession({ saturday: saturday(), preferredTime: "", productIds: productId, note: "" }, { as: owner });
    const { applicationId } = result as { applicationId: string };
    expect(await withdrawApplication({ applicationId }, { as: other })).toMatchObject({ ok: false, formError: "notFound" });
    await expect(withdrawApplication({ applicationId }, { as: null })).rejects.toThrow(AuthorizationError);
    expect((await db.sessionApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("PENDING");
    expect((await withdrawApplication({ applicationId }, { as: owner })).ok).toBe(true);
    expect((await db.sessionApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("WITHDRAWN");
    expect(await withdrawApplication({ applicationId }, { as: owner })).toMatchObject({ ok: false, formError: "notPending" });
  });
});

describe("the application form's input", () => {
  it("says which products are missing when no box is ticked", async () => {
    expect(await applyForSession({ saturday: saturday(), preferredTime: "" }, { as: owner })).toMatchObject({
      ok: false,
      fieldErrors: { productIds: "productsRequired" },
    });
  });
});
