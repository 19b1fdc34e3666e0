import { z } from "zod";
import { NewPasswordSchema } from "@/lib/auth/password-policy";

const userId = z.string().uuid("notFound");

/** A staff or admin account created by an admin; the person sets their password through a one-time link. */
export const CreateStaffUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("emailInvalid")),
  name: z.string().trim().min(2, "required").max(100, "tooLong"),
  role: z.enum(["STAFF", "ADMIN"], "required"),
});

export const ChangeRoleSchema = z.object({ userId, role: z.enum(["STAFF", "ADMIN"], "required") });
export const SetUserStatusSchema = z.object({ userId, status: z.enum(["ACTIVE", "DISABLED"]) });
export const ResetLinkSchema = z.object({ userId });

export const ResetPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "tokenInvalid"),
    password: NewPasswordSchema,
    confirm: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.password !== v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "passwordMismatch" });
  });

/** A reset link works for a day. */
export const RESET_TOKEN_HOURS = 24;

/** "Forgot password": the e-mail to send a reset link to (only when e-mail is configured). */
export const PasswordResetRequestSchema = z.object({
  /** Not "email": the sign-in form beside it on the page has that field. */
  resetEmail: z.string().trim().toLowerCase().email("emailInvalid").max(200, "emailInvalid"),
  locale: z.enum(["vi", "en"]).catch("vi"),
});
