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
import { asUser } from "@/tests/support/acting-user";

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
  it("two sent at once for the same Saturday: exactly one is kept, the other is told it is a duplicate", async () => {
    const send = () => asUser(owner, () => applyForSession({ saturday: saturday(), preferredTime: "08:30", productIds: productId, note: "" }));
    const outcomes = await Promise.all([send(), send(), send(), send()]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    for (const refused of outcomes.filter((o) => !o.ok)) expect(refused).toMatchObject({ fieldErrors: { saturday: "duplicate" } });
    expect(await db.sessionApplication.count({ where: { producerId: owner.producerIds[0], status: "PENDING" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "APPLICATION_CREATED", actorId: owner.id } })).toBe(1);
  });

  it("are sent for a coming Saturday with approved products, and listed for their producer only", async () => {
    const state = await asUser(owner, () => applyForSession({ saturday: saturday(), preferredTime: "08:30", productIds: productId, note: "Có sẵn 500 đơn" }));
    expect(state.ok).toBe(true);
    const [mine] = await listOwnApplications(owner);
    expect(mine).toMatchObject({ saturday: saturday(), preferredTime: "08:30", status: "PENDING", note: "Có sẵn 500 đơn" });
    expect(await listOwnApplications(other)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "APPLICATION_CREATED", actorId: owner.id } })).toBe(1);
  });

  it("refuse another producer's products, a day that is not an open Saturday, a second pending one and an unapproved shop", async () => {
    expect(await asUser(owner, () => applyForSession({ saturday: saturday(), preferredTime: "", productIds: [productId, othersProductId], note: "" }))).toMatchObject({
      ok: false,
      formError: "notFound",
    });
    const draft = await createProduct(db, owner.producerIds[0]!, { reviewStatus: "SUBMITTED" });
    expect(await asUser(owner, () => applyForSession({ saturday: saturday(), preferredTime: "", productIds: [productId, draft.id], note: "" }))).toMatchObject({
      fieldErrors: { productIds: "productsInvalid" },
    });
    expect(await asUser(owner, () => applyForSession({ saturday: addDays(saturday(), 1), preferredTime: "", productIds: productId, note: "" }))).toMatchObject({
      fieldErrors: { saturday: "saturdayInvalid" },
    });
    expect(await asUser(owner, () => applyForSession({ saturday: addDays(openSaturdays()[0]!, -7), preferredTime: "", productIds: productId, note: "" }))).toMatchObject({
      fieldErrors: { saturday: "saturdayInvalid" },
    });
    expect((await asUser(owner, () => applyForSession({ saturday: saturday(), preferredTime: "", productIds: productId, note: "" }))).ok).toBe(true);
    expect(await asUser(owner, () => applyForSession({ saturday: saturday(), preferredTime: "", productIds: productId, note: "" }))).toMatchObject({
      fieldErrors: { saturday: "duplicate" },
    });
    const waiting = await producer("SUBMITTED");
    const theirProduct = await createProduct(db, waiting.shop.id);
    expect(await asUser(waiting.user, () => applyForSession({ saturday: saturday(), preferredTime: "", productIds: theirProduct.id, note: "" }))).toMatchObject({
      formError: "shopNotApproved",
    });
    await expect(asUser(null, () => applyForSession({ saturday: saturday(), preferredTime: "", productIds: productId, note: "" }))).rejects.toThrow(AuthorizationError);
    expect(await db.sessionApplication.count({ where: { producerId: { in: [...owner.producerIds, ...waiting.user.producerIds] } } })).toBe(1);
  });

  it("can be withdrawn by their producer only, while pending", async () => {
    const { result } = await asUser(owner, () => applyForSession({ saturday: saturday(), preferredTime: "", productIds: productId, note: "" }));
    const { applicationId } = result as { applicationId: string };
    expect(await asUser(other, () => withdrawApplication({ applicationId }))).toMatchObject({ ok: false, formError: "notFound" });
    await expect(asUser(null, () => withdrawApplication({ applicationId }))).rejects.toThrow(AuthorizationError);
    expect((await db.sessionApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("PENDING");
    expect((await asUser(owner, () => withdrawApplication({ applicationId }))).ok).toBe(true);
    expect((await db.sessionApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("WITHDRAWN");
    expect(await asUser(owner, () => withdrawApplication({ applicationId }))).toMatchObject({ ok: false, formError: "notPending" });
  });
});

describe("the application form's input", () => {
  it("says which products are missing when no box is ticked", async () => {
    expect(await asUser(owner, () => applyForSession({ saturday: saturday(), preferredTime: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { productIds: "productsRequired" },
    });
  });
});
