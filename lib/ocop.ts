import { addMonths, type LocalDate } from "@/lib/time";

/** The six OCOP product groups (Decision 919/QĐ-TTg); the id is the group's number. */
export const OCOP_GROUPS = [
  { id: 1, slug: "thuc-pham", nameVi: "Thực phẩm", nameEn: "Food" },
  { id: 2, slug: "do-uong", nameVi: "Đồ uống", nameEn: "Beverages" },
  { id: 3, slug: "thao-duoc", nameVi: "Thảo dược", nameEn: "Medicinal herbs" },
  { id: 4, slug: "thu-cong-my-nghe", nameVi: "Thủ công mỹ nghệ", nameEn: "Handicrafts" },
  { id: 5, slug: "sinh-vat-canh", nameVi: "Sinh vật cảnh", nameEn: "Ornamental plants and animals" },
  {
    id: 6,
    slug: "du-lich-cong-dong",
    nameVi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    nameEn: "Community and eco-tourism",
  },
] as const;

/** Only 3★, 4★ and 5★ products are certified OCOP products. */
export const CERTIFIED_STARS = [3, 4, 5] as const;

/** A certificate is valid this many months from its decision date (check: one edit here). */
export const CERTIFICATE_VALIDITY_MONTHS = 36;

export function certificateExpiry(decisionDate: LocalDate): LocalDate {
  return addMonths(decisionDate, CERTIFICATE_VALIDITY_MONTHS);
}

/** A certificate counts until the end of its expiry date (Vietnam dates compare as strings). */
export function isCertificateExpired(expiresOn: LocalDate, today: LocalDate): boolean {
  return expiresOn < today;
}
