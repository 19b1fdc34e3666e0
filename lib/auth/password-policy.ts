import { z } from "zod";

/**
 * Password rules (NIST SP 800-63B): at least 8 characters (15 recommended), up to 128, any
 * characters, and not one of the most common passwords. No composition rules.
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_RECOMMENDED = 15;
export const PASSWORD_MAX = 128;

// The most common passwords in breach corpora, plus local favourites; compared case-insensitively.
const COMMON = new Set(
  `123456 123456789 12345678 password qwerty123 qwerty1 111111 12345 secret 123123 1234567890 000000
   abc123 password1 iloveyou 1q2w3e4r 1q2w3e4r5t qwertyuiop 123321 654321 666666 7777777 88888888
   987654321 1234567 121212 123qwe qwerty 11111111 1qaz2wsx zxcvbnm asdfghjkl 12341234 00000000
   passw0rd p@ssw0rd p@ssword admin123 admin@123 welcome welcome1 letmein monkey dragon football
   baseball sunshine princess master shadow superman starwars trustno1 hello123 abcd1234 aa123456
   a123456 123456a 1234qwer qwer1234 12345678910 0123456789 matkhau matkhau123 matkhau1 anhyeuem
   anhyeuem123 iloveyou1 vietnam vietnam123 hanoi123 saigon123 hochiminh 147258369 147258 159753
   11223344 123654 123456789a 1234abcd zaq12wsx q1w2e3r4 changeme ocop123 ocop2025 ocop2026`.split(/\s+/),
);

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return COMMON.has(lower) || /^(.)\1+$/.test(password) || /^(0123456789|1234567890|9876543210)+/.test(lower);
}

/** A new password as any form takes it; messages are keys shared by the forms' error lists. */
export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, "passwordShort")
  .max(PASSWORD_MAX, "passwordLong")
  .refine((p) => !isCommonPassword(p), "passwordCommon");
