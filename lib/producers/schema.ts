import { z } from "zod";
import { NewPasswordSchema } from "@/lib/auth/password-policy";
import { resolveProvince } from "@/lib/provinces/resolve";

/**
 * A Vietnamese tax code (mã số thuế): 10 digits whose last is a check digit, optionally followed
 * by a 3-digit branch number ("0101234567-001"). Check digit: 10 − (Σ dᵢ·wᵢ mod 11) with weights
 * 31, 29, 23, 19, 17, 13, 7, 5, 3; a remainder giving 10 is never issued.
 */
export function isValidTaxCode(raw: string): boolean {
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(raw.replace(/\s/g, ""));
  if (!match) return false;
  const digits = match[1]!.split("").map(Number);
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const check = 10 - (sum % 11);
  if (check === 10 || check !== digits[9]) return false;
  return match[2] === undefined || match[2] !== "000";
}

/** Completes 9 digits with their check digit (for test and demo data); null when none exists. */
export function withTaxCheckDigit(nine: string): string | null {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const check = 10 - (weights.reduce((acc, w, i) => acc + w * Number(nine[i]), 0) % 11);
  return check === 10 ? null : `${nine}${check}`;
}

/** "0101234567001" and "0101234567 - 001" become "0101234567-001". */
export function normaliseTaxCode(raw: string): string {
  const compact = raw.replace(/[\s-]/g, "");
  return compact.length === 13 ? `${compact.slice(0, 10)}-${compact.slice(10)}` : compact;
}

/**
 * A TikTok handle from "@handle", "handle" or any TikTok profile or shop URL; null when it is
 * not a valid handle (2–24 letters, digits, "_" or ".", not ending with ".").
 */
export function normaliseTiktokHandle(raw: string): string | null {
  let value = raw.trim();
  const url = /^(?:https?:\/\/)?(?:(?:www|m|vt|shop)\.)?tiktok\.com\/@([^/?#]+)/i.exec(value);
  if (url) value = url[1]!;
  value = value.replace(/^@/, "").toLowerCase();
  return /^[a-z0-9_.]{2,24}$/.test(value) && !value.endsWith(".") ? value : null;
}

/** Vietnamese phone numbers: 0xxxxxxxxx or +84xxxxxxxxx, spaces and dots allowed. */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s.()-]/g, "").replace(/^\+84/, "0").replace(/^84(?=\d{9}$)/, "0");
  return /^0\d{9}$/.test(digits) ? digits : null;
}

const trimmed = (max: number) => z.string().trim().max(max, "tooLong");

/** Registration: the account and the shop in one form. Messages are keys of messages.register.errors. */
export const RegistrationSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("emailInvalid")),
  password: NewPasswordSchema,
  name: trimmed(100).min(2, "required"),
  phone: z.string().transform((value, ctx) => {
    const phone = normalisePhone(value);
    if (!phone) ctx.addIssue({ code: "custom", message: "phoneInvalid" });
    return phone ?? "";
  }),
  shopName: trimmed(150).min(3, "required"),
  legalForm: z.enum(["COOPERATIVE", "ENTERPRISE", "HOUSEHOLD"], "required"),
  taxCode: z
    .string()
    .trim()
    .refine((value) => isValidTaxCode(value), "taxCodeInvalid")
    .transform(normaliseTaxCode),
  province: z.string().transform((value, ctx) => {
    const resolved = value.trim() ? resolveProvince(value) : null;
    if (!resolved) ctx.addIssue({ code: "custom", message: value.trim() ? "provinceUnknown" : "required" });
    return resolved?.province.id ?? 0;
  }),
  address: trimmed(300).min(5, "required"),
  tiktok: z.string().transform((value, ctx) => {
    if (!value.trim()) return null;
    const handle = normaliseTiktokHandle(value);
    if (!handle) ctx.addIssue({ code: "custom", message: "tiktokInvalid" });
    return handle;
  }),
  description: trimmed(2000).transform((v) => v || null),
});

export type RegistrationInput = z.input<typeof RegistrationSchema>;

/** The shop's profile as its producer edits it: the shop half of registration. */
export const ShopProfileSchema = RegistrationSchema.pick({
  shopName: true,
  legalForm: true,
  taxCode: true,
  province: true,
  address: true,
  phone: true,
  tiktok: true,
  description: true,
});
