/**
 * The producer programme's rules (docs/decisions/0017-programme.md), one place each.
 *
 * Words that make a product fragile in transit: glass and ceramics break, eggs crack, fresh fruit
 * bruises. Matched as whole words with their accents against the product's name and selling unit
 * ("nhãn" the fruit is not "nhân"); the producer confirms or clears the suggestion on the form.
 */
export const FRAGILE_WORDS = [
  "trứng", "chai", "lọ", "hũ", "thủy tinh", "gốm", "gốm sứ", "chậu", "quả tươi", "trái cây", "tươi",
  "thanh long", "xoài", "vải", "nhãn", "bưởi", "dưa", "chuối", "mật ong",
  "egg", "eggs", "glass", "bottle", "jar", "ceramic", "porcelain", "fresh fruit",
] as const;

/**
 * Whether a product's packaging keeps it out of a new line-up: fragile, and its latest check not
 * approved. The queries say the same in SQL (LINEUP_PRODUCT, the planner's search, readiness).
 */
export function packagingBlocks(product: { fragile: boolean; packagingStatus: string }): boolean {
  return product.fragile && product.packagingStatus !== "APPROVED";
}

/** Ornamental plants and animals (group 5) travel alive: fragile whatever their name says. */
export const FRAGILE_GROUPS: readonly number[] = [5];

const FRAGILE_PATTERN = new RegExp(`(^|[^\\p{L}\\p{N}])(${FRAGILE_WORDS.join("|")})(?=$|[^\\p{L}\\p{N}])`, "u");

export function suggestFragile(product: { name: string; unit: string; groupId: number }): boolean {
  return FRAGILE_GROUPS.includes(product.groupId) || FRAGILE_PATTERN.test(`${product.name} ${product.unit}`.normalize("NFC").toLowerCase());
}

/** The workshop a producer attends before their first live. */
export const READINESS_WORKSHOP_TOPIC = "LIVESTREAM" as const;

/** The admin setting that turns the planner's readiness warning into a refusal. */
export const READINESS_HARD_STOP = "programme.readinessHardStop";

/** Reminders go out this long before a workshop starts. */
export const WORKSHOP_REMINDER_HOURS = 24;

export const WORKSHOP_TOPICS = ["SHORT_VIDEO", "LIVESTREAM", "ADS", "PACKAGING", "OTHER"] as const;

/** What a producer must have before their first session, in the order they usually get there. */
export const READINESS_STEPS = ["shopApproved", "productApproved", "livestreamTraining", "packagingChecked", "tiktokShop"] as const;
export type ReadinessStep = (typeof READINESS_STEPS)[number];

/** Whether a workshop (its ISO start) has begun: attendance opens, sign-ups close. */
export function hasStarted(startsAt: string, now = new Date()): boolean {
  return new Date(startsAt) <= now;
}

/** Damage complaints about one product within this many days… */
export const COMPLAINT_WINDOW_DAYS = 30;
/** …that reopen its packaging check (and mark it fragile). */
export const COMPLAINTS_TO_REOPEN = 3;

export const COMPLAINT_SOURCES = ["BUYER", "HOST", "PLATFORM_REVIEW", "ORDER_RETURNS"] as const;

/** A shop is due a health review when its last one is older than this (or it never had one). */
export const HEALTH_REVIEW_EVERY_DAYS = 90;

export const HEALTH_SCORES = ["responseTime", "onTimeShipping", "damageRate", "listingQuality", "livePerformance"] as const;
export type HealthScore = (typeof HEALTH_SCORES)[number];

/** Where the public cohort page lives in each language. */
export const COHORT_PATHS = { vi: "/hat-giong-ocop", en: "/ocop-seeds" } as const;
