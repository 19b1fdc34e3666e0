import { describe, expect, it } from "vitest";
import { actionBodyLimit, DEFAULT_ACTION_BODY_BYTES, needsRole } from "@/lib/security/body-limits";

const MB = 1024 * 1024;

describe("server action body limits", () => {
  it("give uploads and the import their size only for the roles that use them", () => {
    expect(actionBodyLimit("lib/products/actions.ts#saveProductAction", "PRODUCER")).toBe(52 * MB);
    expect(actionBodyLimit("lib/products/actions.ts#saveProductAction", "STAFF")).toBe(DEFAULT_ACTION_BODY_BYTES);
    expect(actionBodyLimit("lib/products/actions.ts#saveProductAction", null)).toBe(DEFAULT_ACTION_BODY_BYTES);
    expect(actionBodyLimit("lib/results/actions.ts#previewImportAction", "ADMIN")).toBe(66 * MB);
    expect(actionBodyLimit("lib/results/actions.ts#previewImportAction", "PRODUCER")).toBe(DEFAULT_ACTION_BODY_BYTES);
  });

  it("let a visitor's registration carry a logo and nothing near the old 66 MB", () => {
    expect(actionBodyLimit("lib/producers/actions.ts#registerAction", null)).toBe(6 * MB);
    expect(actionBodyLimit("lib/auth/actions.ts#signInAction", null)).toBe(DEFAULT_ACTION_BODY_BYTES);
    expect(actionBodyLimit(undefined, "ADMIN")).toBe(DEFAULT_ACTION_BODY_BYTES);
  });

  it("look the caller up only when the size depends on who they are", () => {
    expect(needsRole("lib/products/actions.ts#saveProductAction", 10 * MB)).toBe(true);
    expect(needsRole("lib/products/actions.ts#saveProductAction", 1000)).toBe(false);
    expect(needsRole("lib/products/actions.ts#saveProductAction", 60 * MB)).toBe(false);
    expect(needsRole("lib/producers/actions.ts#registerAction", 3 * MB)).toBe(false);
  });
});
