import { ActionError, defineAction } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { STAFF_ROLES } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { notifyShop } from "@/lib/notifications/notify";
import { vnInstant } from "@/lib/time";
import { READINESS_HARD_STOP } from "./rules";
import {
  AttendanceSchema,
  EnrolmentInputSchema,
  EnrolmentRefSchema,
  PackagingCheckInputSchema,
  PackagingDecisionSchema,
  ReadinessRuleSchema,
  WorkshopInputSchema,
} from "./schema";

/** Staff plan a workshop of the programme. */
export const createWorkshop = defineAction({
  schema: WorkshopInputSchema,
  roles: STAFF_ROLES,
  run: async (input, { user, tx, audit }) => {
    const startsAt = vnInstant(input.date, input.start);
    if (startsAt <= new Date()) throw new ActionError("workshopInPast", "date");
    const workshop = await tx.workshop.create({
      data: {
        title: input.title,
        topic: input.topic,
        description: input.description,
        startsAt,
        endsAt: vnInstant(input.date, input.end),
        place: input.place,
        onlineUrl: input.onlineUrl,
        capacity: input.capacity,
        createdById: user!.id,
      },
    });
    await audit({ action: AuditAction.WORKSHOP_CREATED, entityType: "Workshop", entityId: workshop.id, after: workshop });
    return { workshopId: workshop.id, title: workshop.title };
  },
});

/**
 * Signs a shop up for a coming workshop: a producer their own shop, staff the shop they choose.
 * The workshop row is locked so that the last seat goes to one shop only.
 */
export const enrolInWorkshop = defineAction({
  schema: EnrolmentInputSchema,
  roles: ["PRODUCER", ...STAFF_ROLES],
  run: async (input, { user, tx, audit }) => {
    const producerId = user!.role === "PRODUCER" ? user!.producerIds[0] : input.producerId;
    if (!producerId) throw new ActionError(user!.role === "PRODUCER" ? "noShop" : "producerRequired", user!.role === "PRODUCER" ? undefined : "producerId");
    if (user!.role !== "PRODUCER" && !(await tx.producer.findUnique({ where: { id: producerId }, select: { id: true } }))) {
      throw new ActionError("producerRequired", "producerId");
    }
    const [workshop] = await tx.$queryRaw<{ id: string; title: string; starts_at: Date; capacity: number; cancelled_at: Date | null }[]>`
      SELECT id, title, starts_at, capacity, cancelled_at FROM workshops WHERE id = ${input.workshopId}::uuid FOR UPDATE`;
    if (!workshop) throw new ActionError("notFound");
    if (workshop.cancelled_at || workshop.starts_at <= new Date()) throw new ActionError("workshopClosed");
    const taken = await tx.workshopEnrolment.count({ where: { workshopId: workshop.id, status: { in: ["ENROLLED", "ATTENDED"] } } });
    if (taken >= workshop.capacity) throw new ActionError("workshopFull");
    const existing = await tx.workshopEnrolment.findUnique({ where: { workshopId_producerId: { workshopId: workshop.id, producerId } } });
    if (existing && existing.status !== "CANCELLED") throw new ActionError("alreadyEnrolled");
    const enrolment = existing
      ? await tx.workshopEnrolment.update({ where: { id: existing.id }, data: { status: "ENROLLED", enrolledById: user!.id, remindedAt: null } })
      : await tx.workshopEnrolment.create({ data: { workshopId: workshop.id, producerId, enrolledById: user!.id } });
    await audit({ action: AuditAction.WORKSHOP_ENROLLED, entityType: "WorkshopEnrolment", entityId: enrolment.id, after: enrolment });
    if (user!.role !== "PRODUCER") {
      await notifyShop(tx, producerId, { key: "WORKSHOP_ENROLLED", params: { workshop: workshop.title, at: workshop.starts_at.toISOString() }, link: "/producer/training" });
    }
    return { enrolmentId: enrolment.id, title: workshop.title };
  },
  onError: async (error) => (isUniqueViolation(error) ? new ActionError("alreadyEnrolled") : null),
});

async function lockEnrolment(tx: Tx, enrolmentId: string) {
  const [row] = await tx.$queryRaw<{ id: string; producer_id: string; status: string; starts_at: Date; workshop_id: string }[]>`
    SELECT e.id, e.producer_id, e.status, w.starts_at, w.id AS workshop_id
    FROM workshop_enrolments e JOIN workshops w ON w.id = e.workshop_id
    WHERE e.id = ${enrolmentId}::uuid FOR UPDATE OF e`;
  return row;
}

/** Gives a seat back before the workshop starts: the producer their own, staff any. */
export const cancelEnrolment = defineAction({
  schema: EnrolmentRefSchema,
  roles: ["PRODUCER", ...STAFF_ROLES],
  run: async ({ enrolmentId }, { user, tx, audit }) => {
    const row = await lockEnrolment(tx, enrolmentId);
    // Another shop's enrolment is not found: whether it exists is not theirs to learn.
    if (!row || (user!.role === "PRODUCER" && !user!.producerIds.includes(row.producer_id))) throw new ActionError("notFound");
    if (row.status !== "ENROLLED" || row.starts_at <= new Date()) throw new ActionError("workshopClosed");
    await tx.workshopEnrolment.update({ where: { id: row.id }, data: { status: "CANCELLED" } });
    await audit({ action: AuditAction.WORKSHOP_ENROLMENT_CANCELLED, entityType: "WorkshopEnrolment", entityId: row.id, before: { status: row.status }, after: { status: "CANCELLED" } });
    return { enrolmentId: row.id };
  },
});

/** Staff record who came, once the workshop has started. */
export const recordAttendance = defineAction({
  schema: AttendanceSchema,
  roles: STAFF_ROLES,
  run: async ({ enrolmentId, status }, { tx, audit }) => {
    const row = await lockEnrolment(tx, enrolmentId);
    if (!row) throw new ActionError("notFound");
    if (row.status === "CANCELLED") throw new ActionError("enrolmentCancelled");
    if (row.starts_at > new Date()) throw new ActionError("workshopNotStarted");
    await tx.workshopEnrolment.update({ where: { id: row.id }, data: { status } });
    await audit({ action: AuditAction.WORKSHOP_ATTENDANCE_RECORDED, entityType: "WorkshopEnrolment", entityId: row.id, before: { status: row.status }, after: { status } });
    return { enrolmentId: row.id, workshopId: row.workshop_id };
  },
});

export type PackagingUploads = { photoUrl: string } | undefined;

/**
 * A producer sends the packaging of one of their fragile products for a check: the three
 * essentials ticked and a photo of the packed item (stored before the transaction).
 */
export const submitPackagingCheck = defineAction<typeof PackagingCheckInputSchema, { checkId: string }, PackagingUploads>({
  schema: PackagingCheckInputSchema,
  roles: ["PRODUCER"],
  run: async (input, { user, tx, audit, extra }) => {
    const [product] = await tx.$queryRaw<{ id: string; producer_id: string; fragile: boolean; packaging_status: string }[]>`
      SELECT id, producer_id, fragile, packaging_status FROM products WHERE id = ${input.productId}::uuid FOR UPDATE`;
    if (!product || !user!.producerIds.includes(product.producer_id)) throw new ActionError("notFound");
    if (!product.fragile) throw new ActionError("notFragile");
    if (product.packaging_status === "SUBMITTED") throw new ActionError("packagingPending");
    if (!input.cushioning || !input.boxStrength || !input.fragileLabel) throw new ActionError("checklistIncomplete", "cushioning");
    if (!extra?.photoUrl) throw new ActionError("photoRequired", "photo");
    const check = await tx.packagingCheck.create({
      data: {
        productId: product.id,
        cushioning: input.cushioning,
        boxStrength: input.boxStrength,
        fragileLabel: input.fragileLabel,
        note: input.note,
        photoUrl: extra.photoUrl,
        submittedById: user!.id,
      },
    });
    await tx.product.update({ where: { id: product.id }, data: { packagingStatus: "SUBMITTED" } });
    await audit({ action: AuditAction.PACKAGING_CHECK_SUBMITTED, entityType: "PackagingCheck", entityId: check.id, before: { packagingStatus: product.packaging_status }, after: check });
    return { checkId: check.id };
  },
});

/** Staff approve a packaging check, or ask for changes with a reason the producer reads. */
export const decidePackagingCheck = defineAction({
  schema: PackagingDecisionSchema,
  roles: STAFF_ROLES,
  run: async (input, { user, tx, audit }) => {
    const [row] = await tx.$queryRaw<{ id: string; status: string; product_id: string }[]>`
      SELECT id, status, product_id FROM packaging_checks WHERE id = ${input.checkId}::uuid FOR UPDATE`;
    if (!row) throw new ActionError("notFound");
    if (row.status !== "SUBMITTED") throw new ActionError("alreadyDecided");
    const status = input.decision === "APPROVE" ? "APPROVED" : "CHANGES_REQUESTED";
    const check = await tx.packagingCheck.update({
      where: { id: row.id },
      data: { status, reason: input.reason, decidedById: user!.id, decidedAt: new Date() },
    });
    const product = await tx.product.update({ where: { id: row.product_id }, data: { packagingStatus: status }, select: { id: true, name: true, producerId: true } });
    await audit({ action: AuditAction.PACKAGING_CHECK_DECIDED, entityType: "PackagingCheck", entityId: row.id, before: { status: row.status }, after: { status, reason: input.reason } });
    await notifyShop(tx, product.producerId, {
      key: status === "APPROVED" ? "PACKAGING_APPROVED" : "PACKAGING_CHANGES_REQUESTED",
      params: { product: product.name, reason: input.reason ?? "" },
      link: `/producer/products/${product.id}/packaging`,
    });
    return { checkId: check.id, status };
  },
});

/** An admin makes readiness before a first live a hard stop for the planner, or a warning again. */
export const setReadinessRule = defineAction({
  schema: ReadinessRuleSchema,
  roles: ["ADMIN"],
  run: async ({ hardStop }, { user, tx, audit }) => {
    const before = await tx.appSetting.findUnique({ where: { key: READINESS_HARD_STOP } });
    await tx.appSetting.upsert({
      where: { key: READINESS_HARD_STOP },
      create: { key: READINESS_HARD_STOP, value: hardStop, updatedById: user!.id },
      update: { value: hardStop, updatedById: user!.id },
    });
    await audit({ action: AuditAction.SETTING_CHANGED, entityType: "AppSetting", entityId: READINESS_HARD_STOP, before: { value: before?.value ?? false }, after: { value: hardStop } });
    return { hardStop };
  },
});
