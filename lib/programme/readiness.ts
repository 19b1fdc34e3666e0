import "server-only";
import { ActionError } from "@/lib/action";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { PUBLIC_PRODUCT } from "@/lib/products/queries";
import { vnDateOf } from "@/lib/time";
import { READINESS_HARD_STOP, READINESS_STEPS, READINESS_WORKSHOP_TOPIC, type ReadinessStep } from "./rules";

/**
 * A product that may join a line-up: public (approved, of an approved shop), and when fragile, with
 * its packaging checked. The one definition for the planner, applications and "copy last Saturday".
 */
export const LINEUP_PRODUCT = { ...PUBLIC_PRODUCT, OR: [{ fragile: false }, { packagingStatus: "APPROVED" }] } satisfies Prisma.ProductWhereInput;

export type Readiness = { producerId: string; name: string; steps: Record<ReadinessStep, boolean>; ready: boolean; missing: ReadinessStep[] };

type Row = { id: string; name: string } & Record<ReadinessStep, boolean>;

/**
 * The checklist before a first live, computed from the data for several shops in one query: the
 * shop approved; an approved product whose current certificate is valid today; the livestream
 * selling workshop attended; every approved fragile product's packaging checked; the shop's
 * TikTok Shop account given (the channel its orders and lives run through).
 */
export async function getReadiness(client: Db | Tx, producerIds: readonly string[], now = new Date()): Promise<Readiness[]> {
  if (producerIds.length === 0) return [];
  const today = vnDateOf(now);
  const rows = await client.$queryRaw<Row[]>`
    SELECT p.id, p.name,
      p.review_status = 'APPROVED' AS "shopApproved",
      EXISTS (
        SELECT 1 FROM products pr
        CROSS JOIN LATERAL (SELECT c.expires_on FROM certificates c WHERE c.product_id = pr.id ORDER BY c.decision_date DESC LIMIT 1) c
        WHERE pr.producer_id = p.id AND pr.review_status = 'APPROVED' AND c.expires_on >= ${today}::date
      ) AS "productApproved",
      EXISTS (
        SELECT 1 FROM workshop_enrolments e JOIN workshops w ON w.id = e.workshop_id
        WHERE e.producer_id = p.id AND e.status = 'ATTENDED' AND w.topic = ${READINESS_WORKSHOP_TOPIC}::"WorkshopTopic"
      ) AS "livestreamTraining",
      NOT EXISTS (
        SELECT 1 FROM products pr
        WHERE pr.producer_id = p.id AND pr.review_status = 'APPROVED' AND pr.fragile AND pr.packaging_status <> 'APPROVED'
      ) AS "packagingChecked",
      coalesce(p.tiktok_handle, '') <> '' AS "tiktokShop"
    FROM producers p
    WHERE p.id = ANY(${[...producerIds]}::uuid[])
    ORDER BY p.name`;
  return rows.map((row) => {
    const steps = Object.fromEntries(READINESS_STEPS.map((s) => [s, row[s]])) as Record<ReadinessStep, boolean>;
    const missing = READINESS_STEPS.filter((s) => !steps[s]);
    return { producerId: row.id, name: row.name, steps, ready: missing.length === 0, missing };
  });
}

/**
 * The shops of a session's line-up for whom it is the first live (no earlier session that was not
 * cancelled) and who are not ready yet: the planner's warning, or its refusal when an admin made
 * readiness a hard stop.
 */
export async function firstLivesNotReady(client: Db | Tx, sessionId: string, now = new Date()): Promise<Readiness[]> {
  const firsts = await client.$queryRaw<{ producer_id: string }[]>`
    SELECT DISTINCT pr.producer_id
    FROM live_sessions s
    JOIN session_products sp ON sp.session_id = s.id
    JOIN products pr ON pr.id = sp.product_id
    WHERE s.id = ${sessionId}::uuid
      AND NOT EXISTS (
        SELECT 1 FROM session_products sp2
        JOIN products pr2 ON pr2.id = sp2.product_id AND pr2.producer_id = pr.producer_id
        JOIN live_sessions s2 ON s2.id = sp2.session_id
        WHERE s2.id <> s.id AND s2.status <> 'CANCELLED' AND s2.starts_at < s.starts_at
      )`;
  const readiness = await getReadiness(client, firsts.map((f) => f.producer_id), now);
  return readiness.filter((r) => !r.ready);
}

/**
 * After a line-up change: refuses (rolling the change back) when readiness is a hard stop and a shop
 * of the line-up would have its first live unready; otherwise the session page shows the warning.
 */
export async function enforceReadiness(tx: Tx, sessionId: string, field?: string): Promise<void> {
  if (!(await readinessIsHardStop(tx))) return;
  const [first] = await firstLivesNotReady(tx, sessionId);
  if (first) throw new ActionError("notReady", field, { name: first.name });
}

/** Whether readiness is a hard stop for the planner (an admin setting; a warning by default). */
export async function readinessIsHardStop(client: Db | Tx): Promise<boolean> {
  const row = await client.appSetting.findUnique({ where: { key: READINESS_HARD_STOP }, select: { value: true } });
  return row?.value === true;
}

