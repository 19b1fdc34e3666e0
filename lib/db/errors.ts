/** True for a unique-constraint violation (Prisma's P2002), e.g. a row two requests inserted at once. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
