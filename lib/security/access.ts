/**
 * The authorisation matrix: every entry point a browser or a client can reach that changes data or
 * shows data that is not public — each exported server action ('use server' modules) and each
 * route handler method — with who may use it. `tests/integration/access-matrix.test.ts` discovers
 * the entry points from the source, fails when one is missing here, and calls each entry below as
 * every kind of caller: exactly the allowed ones must succeed, and every refusal must change
 * nothing (the whole database compared before and after, so no audit row either).
 *
 * Callers are relative to the data of the call: `owner` is the producer whose shop the data
 * belongs to, `otherProducer` is a producer of another shop.
 */
export const CALLERS = ["anonymous", "otherProducer", "owner", "staff", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

export type AccessRule = { allowed: readonly Caller[]; rule: string };

const STAFF: AccessRule = { allowed: ["staff", "admin"], rule: "staff and admins" };
const ADMIN: AccessRule = { allowed: ["admin"], rule: "admins only" };
const OWNER: AccessRule = { allowed: ["owner"], rule: "the producer who owns the data" };

export const ACCESS = {
  // Sessions: planning and line-ups
  "lib/planning/actions.ts#saveSessionAction": STAFF,
  "lib/planning/actions.ts#setSessionStatusAction": STAFF,
  "lib/planning/actions.ts#changeLineupAction": STAFF,
  "lib/planning/actions.ts#copyPreviousSaturdayAction": STAFF,
  "lib/planning/actions.ts#decideApplicationAction": STAFF,
  // Reviews
  "lib/reviews/actions.ts#decideReviewAction": STAFF,
  "lib/reviews/actions.ts#bulkApproveAction": STAFF,
  // Results
  "lib/results/actions.ts#previewImportAction": STAFF,
  "lib/results/actions.ts#confirmImportAction": STAFF,
  "lib/results/actions.ts#recordResultsAction": STAFF,
  "app/[locale]/admin/(staff)/reports/export/route.ts#GET": STAFF,
  // Order exports and product listings: a shop's own producer, and staff for any shop
  "lib/orders/actions.ts#previewOrderImportAction": { allowed: ["owner", "staff", "admin"], rule: "the shop's producer, and staff for any shop" },
  "lib/orders/actions.ts#confirmOrderImportAction": { allowed: ["owner", "staff", "admin"], rule: "the shop's producer, and staff for any shop" },
  "lib/orders/actions.ts#updateProductListingAction": { allowed: ["owner", "staff", "admin"], rule: "the product's producer, and staff" },
  // The producer programme: training, packaging checks, the readiness rule
  "lib/programme/actions.ts#createWorkshopAction": STAFF,
  "lib/programme/actions.ts#enrolAction": { allowed: ["otherProducer", "owner", "staff", "admin"], rule: "any producer for their own shop (a shop named in the form is ignored), staff for the shop they name" },
  "lib/programme/actions.ts#cancelEnrolmentAction": { allowed: ["owner", "staff", "admin"], rule: "the enrolled shop's producer, and staff" },
  "lib/programme/actions.ts#attendanceAction": STAFF,
  "lib/programme/actions.ts#submitPackagingAction": OWNER,
  "lib/programme/actions.ts#decidePackagingAction": STAFF,
  "lib/programme/actions.ts#readinessRuleAction": ADMIN,
  "lib/programme/actions.ts#complaintAction": STAFF,
  "lib/programme/actions.ts#healthReviewAction": STAFF,
  "lib/programme/actions.ts#cohortAction": STAFF,
  "lib/programme/actions.ts#acknowledgeHealthAction": OWNER,
  "lib/programme/actions.ts#growthConsentAction": { allowed: ["otherProducer", "owner"], rule: "any producer, for their own shop only" },
  "app/api/imports/[job]/route.ts#GET": { allowed: ["staff"], rule: "the staff member who started the import (not even an admin)" },
  "app/api/v1/sessions/[id]/results/route.ts#POST": { allowed: [], rule: "an integration token with results:write; a signed-in session, even an admin's, is not enough" },
  // Users, reference data and integrations
  "lib/users/actions.ts#createStaffUserAction": ADMIN,
  "lib/users/actions.ts#changeRoleAction": ADMIN,
  "lib/users/actions.ts#setUserStatusAction": ADMIN,
  "lib/users/actions.ts#createResetLinkAction": ADMIN,
  "lib/users/actions.ts#resetPasswordAction": { allowed: CALLERS, rule: "whoever holds a valid reset link (rate-limited per address)" },
  "lib/reference/actions.ts#saveHostAction": ADMIN,
  "lib/reference/actions.ts#saveChannelAction": ADMIN,
  "lib/reference/actions.ts#setReferenceActiveAction": ADMIN,
  "lib/integrations/actions.ts#createTokenAction": ADMIN,
  "lib/integrations/actions.ts#revokeTokenAction": ADMIN,
  // Producers: their shop, products and applications
  "lib/producers/actions.ts#registerAction": { allowed: CALLERS, rule: "anyone (rate-limited per address); makes a new account and shop" },
  "lib/users/actions.ts#requestPasswordResetAction": { allowed: CALLERS, rule: "anyone (rate-limited per address); e-mails a link to the account's own address, the same answer whether it exists or not" },
  "lib/producers/actions.ts#updateShopAction": {
    allowed: ["otherProducer", "owner"],
    rule: "a producer, on their own shop only: the shop comes from the session, never from the form",
  },
  "lib/products/actions.ts#saveProductAction": OWNER,
  "lib/applications/actions.ts#applyAction": OWNER,
  "lib/applications/actions.ts#withdrawAction": OWNER,
  "lib/notifications/actions.ts#markNotificationsReadAction": {
    allowed: ["otherProducer", "owner", "staff", "admin"],
    rule: "any signed-in user, on their own notifications",
  },
  "app/media/[...path]/route.ts#GET": { allowed: ["owner", "staff", "admin"], rule: "certificate scans: their producer, staff and admins (photos and logos are public)" },
} as const satisfies Record<string, AccessRule>;

/** Entry points that show only public data or act on the caller's own sign-in, and why. */
export const PUBLIC_ENTRY_POINTS: Record<string, string> = {
  "lib/auth/actions.ts#signInAction": "signs the caller in (throttled per address and account)",
  "app/api/sign-out/route.ts#POST": "signs the caller out (revokes the caller's own session; cross-site requests refused)",
  "lib/auth/actions.ts#signOutEverywhereAction": "revokes every session of the caller's own account",
  "app/api/auth/[...nextauth]/route.ts#GET": "Auth.js: the caller's own session and CSRF token",
  "app/api/auth/[...nextauth]/route.ts#POST": "Auth.js: the caller's own sign-in and sign-out",

  "app/api/me/route.ts#GET": "the caller's own name and role",
  "app/api/health/route.ts#GET": "status only, no details",
  "app/api/docs/route.ts#GET": "the API reference",
  "app/api/placeholder/[kind]/[slug]/route.ts#GET": "a generated placeholder image",
  "app/api/v1/openapi.json/route.ts#GET": "the API contract",
  "app/api/v1/groups/route.ts#GET": "reference data",
  "app/api/v1/provinces/route.ts#GET": "reference data",
  "app/api/v1/producers/route.ts#GET": "approved producers only",
  "app/api/v1/producers/[slug]/route.ts#GET": "approved producers only",
  "app/api/v1/products/route.ts#GET": "approved products only",
  "app/api/v1/products/[slug]/route.ts#GET": "approved products only",
  "app/api/v1/sessions/route.ts#GET": "published sessions; drafts only with a sessions:read-private token (tests/integration/api-tokens.test.ts)",
  "app/api/v1/sessions/[id]/route.ts#GET": "published sessions only",
  "app/calendar.ics/route.ts#GET": "published sessions",
  "app/sessions/[id]/calendar.ics/route.ts#GET": "published sessions",
  "app/producers/[slug]/calendar.ics/route.ts#GET": "published sessions",
  "app/provinces/[slug]/calendar.ics/route.ts#GET": "published sessions",
};
