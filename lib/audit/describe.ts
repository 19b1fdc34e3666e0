import "server-only";
import { db } from "@/lib/db/client";
import { formatDateLike, formatVnd, formatVnDateTime, formatLocalDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { isUuid } from "@/lib/slugs";
import { vnDateOf } from "@/lib/time";
import type { AuditRow } from "./queries";

/** A field that holds another record's id, and the kind of record it names. */
const REFERENCES: Record<string, string> = {
  producerId: "Producer",
  productId: "Product",
  productIds: "Product",
  sessionId: "LiveSession",
  copiedFrom: "LiveSession",
  hostId: "Host",
  channelId: "Channel",
  workshopId: "Workshop",
  userId: "User",
  decidedById: "User",
  reviewedById: "User",
  enrolledById: "User",
  submittedById: "User",
  createdById: "User",
  addedById: "User",
  removedById: "User",
  importedById: "User",
  enteredById: "User",
  acknowledgedById: "User",
  provinceId: "Province",
  themeProvinceId: "Province",
  groupId: "Group",
  themeGroupId: "Group",
};

/** Fields that say nothing to a reader of the trail (the entry's own time and id are on its row). */
const NOISE = new Set(["id", "version", "createdAt", "updatedAt"]);

type Key = `${string}:${string}`;
const key = (type: string, id: string): Key => `${type}:${id}`;

/** Every record the page names: the entries' own records and those their changed fields point to. */
function wanted(items: AuditRow[]): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  const add = (type: string, id: unknown) => {
    if (typeof id !== "string" && typeof id !== "number") return;
    if (!ids.has(type)) ids.set(type, new Set());
    ids.get(type)!.add(String(id));
  };
  for (const item of items) {
    add(item.entityType, item.entityId);
    for (const c of item.changes) {
      const type = REFERENCES[c.field];
      if (!type) continue;
      for (const v of [c.before, c.after].flatMap((x) => (Array.isArray(x) ? x : [x]))) add(type, v);
    }
  }
  return ids;
}

/**
 * The names of the records a page of the trail mentions, one query per kind of record (never one
 * per row), keyed "Type:id". A record deleted since, or of a kind without a name, is left out; the
 * page then shows its id.
 */
export async function auditNames(items: AuditRow[], locale: Locale): Promise<Map<Key, string>> {
  const ids = wanted(items);
  const uuids = (type: string) => [...(ids.get(type) ?? [])].filter(isUuid);
  const ints = (type: string) => [...(ids.get(type) ?? [])].filter((v) => /^\d{1,9}$/.test(v)).map(Number);
  const day = (d: Date) => formatLocalDate(vnDateOf(d), locale);
  const names = new Map<Key, string>();
  const put = (type: string, rows: { id: string | number; label: string }[]) => rows.forEach((r) => names.set(key(type, String(r.id)), r.label));
  const q = <T>(type: string, list: unknown[], run: () => Promise<T[]>, label: (row: T) => { id: string | number; label: string }) =>
    list.length ? run().then((rows) => put(type, rows.map(label))) : Promise.resolve();
  const producerLabel = { select: { name: true } } as const;
  await Promise.all([
    q("User", uuids("User"), () => db.user.findMany({ where: { id: { in: uuids("User") } }, select: { id: true, name: true, email: true } }), (r) => ({ id: r.id, label: `${r.name} (${r.email})` })),
    q("Producer", uuids("Producer"), () => db.producer.findMany({ where: { id: { in: uuids("Producer") } }, select: { id: true, name: true } }), (r) => ({ id: r.id, label: r.name })),
    q("Product", uuids("Product"), () => db.product.findMany({ where: { id: { in: uuids("Product") } }, select: { id: true, name: true } }), (r) => ({ id: r.id, label: r.name })),
    q("LiveSession", uuids("LiveSession"), () => db.liveSession.findMany({ where: { id: { in: uuids("LiveSession") } }, select: { id: true, title: true, startsAt: true } }), (r) => ({ id: r.id, label: `${r.title} · ${formatVnDateTime(r.startsAt, locale)}` })),
    q("Host", uuids("Host"), () => db.host.findMany({ where: { id: { in: uuids("Host") } }, select: { id: true, name: true } }), (r) => ({ id: r.id, label: r.name })),
    q("Channel", uuids("Channel"), () => db.channel.findMany({ where: { id: { in: uuids("Channel") } }, select: { id: true, name: true } }), (r) => ({ id: r.id, label: r.name })),
    q("Workshop", uuids("Workshop"), () => db.workshop.findMany({ where: { id: { in: uuids("Workshop") } }, select: { id: true, title: true, startsAt: true } }), (r) => ({ id: r.id, label: `${r.title} · ${day(r.startsAt)}` })),
    q("SessionApplication", uuids("SessionApplication"), () => db.sessionApplication.findMany({ where: { id: { in: uuids("SessionApplication") } }, select: { id: true, saturday: true, producer: producerLabel } }), (r) => ({ id: r.id, label: `${r.producer.name} · ${formatLocalDate(r.saturday.toISOString().slice(0, 10), locale)}` })),
    q("WorkshopEnrolment", uuids("WorkshopEnrolment"), () => db.workshopEnrolment.findMany({ where: { id: { in: uuids("WorkshopEnrolment") } }, select: { id: true, producer: producerLabel, workshop: { select: { title: true } } } }), (r) => ({ id: r.id, label: `${r.producer.name} · ${r.workshop.title}` })),
    q("PackagingCheck", uuids("PackagingCheck"), () => db.packagingCheck.findMany({ where: { id: { in: uuids("PackagingCheck") } }, select: { id: true, product: { select: { name: true } } } }), (r) => ({ id: r.id, label: r.product.name })),
    q("DamageComplaint", uuids("DamageComplaint"), () => db.damageComplaint.findMany({ where: { id: { in: uuids("DamageComplaint") } }, select: { id: true, product: { select: { name: true } } } }), (r) => ({ id: r.id, label: r.product.name })),
    q("HealthReview", uuids("HealthReview"), () => db.healthReview.findMany({ where: { id: { in: uuids("HealthReview") } }, select: { id: true, producer: producerLabel } }), (r) => ({ id: r.id, label: r.producer.name })),
    q("CohortMembership", uuids("CohortMembership"), () => db.cohortMembership.findMany({ where: { id: { in: uuids("CohortMembership") } }, select: { id: true, producer: producerLabel } }), (r) => ({ id: r.id, label: r.producer.name })),
    q("OrderImport", uuids("OrderImport"), () => db.orderImport.findMany({ where: { id: { in: uuids("OrderImport") } }, select: { id: true, fileName: true, producer: producerLabel } }), (r) => ({ id: r.id, label: `${r.fileName} · ${r.producer.name}` })),
    q("ResultImport", uuids("ResultImport"), () => db.resultImport.findMany({ where: { id: { in: uuids("ResultImport") } }, select: { id: true, fileName: true } }), (r) => ({ id: r.id, label: r.fileName })),
    q("IntegrationToken", uuids("IntegrationToken"), () => db.integrationToken.findMany({ where: { id: { in: uuids("IntegrationToken") } }, select: { id: true, name: true, prefix: true } }), (r) => ({ id: r.id, label: `${r.name} (${r.prefix}…)` })),
    q("Province", ints("Province"), () => db.province.findMany({ where: { id: { in: ints("Province") } }, select: { id: true, name: true } }), (r) => ({ id: r.id, label: r.name })),
    q("Group", ints("Group"), () => db.ocopGroup.findMany({ where: { id: { in: ints("Group") } }, select: { id: true, nameVi: true, nameEn: true } }), (r) => ({ id: r.id, label: locale === "vi" ? r.nameVi : r.nameEn })),
  ]);
  return names;
}

export type DescribedChange = { field: string; label: string; before: string; after: string };

/** An audit entry for people: its record named, each changed field labelled, values in words. */
export type DescribedEntry = AuditRow & { entityName: string | null; described: DescribedChange[]; transition: DescribedChange | null };

/** A value as the reader would write it: names for ids, words for codes, local dates, đồng. */
function describeValue(field: string, value: unknown, names: Map<Key, string>, locale: Locale): string {
  const t = getMessages(locale).staff.audit;
  if (value === null || value === undefined || value === "") return "—";
  const ref = REFERENCES[field];
  if (ref) {
    const list = Array.isArray(value) ? value : [value];
    return list.map((v) => names.get(key(ref, String(v))) ?? String(v)).join(", ");
  }
  if (typeof value === "boolean") return value ? t.yes : t.no;
  if ((typeof value === "number" || (typeof value === "string" && /^-?\d+$/.test(value))) && /Vnd$/.test(field)) return formatVnd(BigInt(value), locale);
  if (typeof value === "number") return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB").format(value);
  if (typeof value === "string") {
    const word = (t.values as Record<string, string>)[value];
    if (word && /^[A-Z_]+$/.test(value)) return word;
    return formatDateLike(value, locale);
  }
  if (Array.isArray(value)) return value.map((v) => describeValue("", v, names, locale)).join(", ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => !NOISE.has(k) && !k.endsWith("Id") && v !== null && v !== undefined && v !== "")
      .map(([k, v]) => `${fieldLabel(k, locale)}: ${describeValue(k, v, names, locale)}`)
      .join("; ");
  }
  return String(value);
}

/** A field's label in the reader's language; an unknown one spelt out from its name ("shelfLifeDays" → "shelf life days"). */
export function fieldLabel(field: string, locale: Locale): string {
  const labels = getMessages(locale).staff.audit.fields as Record<string, string>;
  return labels[field] ?? field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** Fields whose change is the whole story of the entry ("Nháp → Đã lên lịch"). */
const STATE_FIELDS = new Set(["status", "reviewStatus", "packagingStatus", "role", "active"]);

export function describeEntries(items: AuditRow[], names: Map<Key, string>, locale: Locale): DescribedEntry[] {
  return items.map((item) => {
    const described = item.changes
      .filter((c) => !NOISE.has(c.field))
      .map((c) => ({ field: c.field, label: fieldLabel(c.field, locale), before: describeValue(c.field, c.before, names, locale), after: describeValue(c.field, c.after, names, locale) }));
    const state = described.find((c) => STATE_FIELDS.has(c.field));
    return { ...item, entityName: names.get(key(item.entityType, item.entityId)) ?? null, described, transition: state && state.before !== "—" ? state : null };
  });
}
