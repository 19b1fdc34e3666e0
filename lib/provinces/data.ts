/**
 * The 34 province-level units in force since 1 July 2025 (Resolution 202/2025/QH15), with the
 * pre-merger units each absorbed, copied from the programme's reference data. The 63 former
 * units are the 34 current names plus the 29 absorbed ones. Changing a fact is one edit here;
 * the seed writes these rows (ids are stable: the order below).
 */
export type ProvinceFact = {
  id: number;
  name: string;
  kind: "CITY" | "PROVINCE";
  region: "NORTH" | "CENTRAL" | "SOUTH";
  mergedFrom: readonly string[];
};

export const PROVINCES: readonly ProvinceFact[] = [
  { id: 1, name: "Hà Nội", kind: "CITY", region: "NORTH", mergedFrom: [] },
  { id: 2, name: "Hải Phòng", kind: "CITY", region: "NORTH", mergedFrom: ["Hải Dương"] },
  { id: 3, name: "Tuyên Quang", kind: "PROVINCE", region: "NORTH", mergedFrom: ["Hà Giang"] },
  { id: 4, name: "Cao Bằng", kind: "PROVINCE", region: "NORTH", mergedFrom: [] },
  { id: 5, name: "Lai Châu", kind: "PROVINCE", region: "NORTH", mergedFrom: [] },
  { id: 6, name: "Lào Cai", kind: "PROVINCE", region: "NORTH", mergedFrom: ["Yên Bái"] },
  { id: 7, name: "Thái Nguyên", kind: "PROVINCE", region: "NORTH", mergedFrom: ["Bắc Kạn"] },
  { id: 8, name: "Điện Biên", kind: "PROVINCE", region: "NORTH", mergedFrom: [] },
  { id: 9, name: "Lạng Sơn", kind: "PROVINCE", region: "NORTH", mergedFrom: [] },
  { id: 10, name: "Sơn La", kind: "PROVINCE", region: "NORTH", mergedFrom: [] },
  { id: 11, name: "Phú Thọ", kind: "PROVINCE", region: "NORTH", mergedFrom: ["Vĩnh Phúc", "Hòa Bình"] },
  { id: 12, name: "Bắc Ninh", kind: "PROVINCE", region: "NORTH", mergedFrom: ["Bắc Giang"] },
  { id: 13, name: "Quảng Ninh", kind: "PROVINCE", region: "NORTH", mergedFrom: [] },
  { id: 14, name: "Hưng Yên", kind: "PROVINCE", region: "NORTH", mergedFrom: ["Thái Bình"] },
  { id: 15, name: "Ninh Bình", kind: "PROVINCE", region: "NORTH", mergedFrom: ["Hà Nam", "Nam Định"] },
  { id: 16, name: "Thanh Hóa", kind: "PROVINCE", region: "CENTRAL", mergedFrom: [] },
  { id: 17, name: "Nghệ An", kind: "PROVINCE", region: "CENTRAL", mergedFrom: [] },
  { id: 18, name: "Hà Tĩnh", kind: "PROVINCE", region: "CENTRAL", mergedFrom: [] },
  { id: 19, name: "Quảng Trị", kind: "PROVINCE", region: "CENTRAL", mergedFrom: ["Quảng Bình"] },
  { id: 20, name: "Huế", kind: "CITY", region: "CENTRAL", mergedFrom: [] },
  { id: 21, name: "Đà Nẵng", kind: "CITY", region: "CENTRAL", mergedFrom: ["Quảng Nam"] },
  { id: 22, name: "Quảng Ngãi", kind: "PROVINCE", region: "CENTRAL", mergedFrom: ["Kon Tum"] },
  { id: 23, name: "Gia Lai", kind: "PROVINCE", region: "CENTRAL", mergedFrom: ["Bình Định"] },
  { id: 24, name: "Khánh Hòa", kind: "PROVINCE", region: "CENTRAL", mergedFrom: ["Ninh Thuận"] },
  { id: 25, name: "Đắk Lắk", kind: "PROVINCE", region: "CENTRAL", mergedFrom: ["Phú Yên"] },
  { id: 26, name: "Lâm Đồng", kind: "PROVINCE", region: "CENTRAL", mergedFrom: ["Đắk Nông", "Bình Thuận"] },
  { id: 27, name: "Hồ Chí Minh", kind: "CITY", region: "SOUTH", mergedFrom: ["Bình Dương", "Bà Rịa - Vũng Tàu"] },
  { id: 28, name: "Đồng Nai", kind: "PROVINCE", region: "SOUTH", mergedFrom: ["Bình Phước"] },
  { id: 29, name: "Tây Ninh", kind: "PROVINCE", region: "SOUTH", mergedFrom: ["Long An"] },
  { id: 30, name: "Cần Thơ", kind: "CITY", region: "SOUTH", mergedFrom: ["Sóc Trăng", "Hậu Giang"] },
  { id: 31, name: "Vĩnh Long", kind: "PROVINCE", region: "SOUTH", mergedFrom: ["Bến Tre", "Trà Vinh"] },
  { id: 32, name: "Đồng Tháp", kind: "PROVINCE", region: "SOUTH", mergedFrom: ["Tiền Giang"] },
  { id: 33, name: "Cà Mau", kind: "PROVINCE", region: "SOUTH", mergedFrom: ["Bạc Liêu"] },
  { id: 34, name: "An Giang", kind: "PROVINCE", region: "SOUTH", mergedFrom: ["Kiên Giang"] },
];

/**
 * Other spellings people and old documents use, each with the current unit it means. Prefixes
 * ("Tỉnh", "Thành phố", "TP."), dashes, spaces, case and diacritics are ignored when matching
 * (lib/provinces/resolve.ts), so only genuinely different names are listed.
 */
export const PROVINCE_SPELLINGS: readonly { name: string; province: string }[] = [
  { name: "Thừa Thiên Huế", province: "Huế" },
  { name: "Thừa Thiên - Huế", province: "Huế" },
  { name: "TP. Hồ Chí Minh", province: "Hồ Chí Minh" },
  { name: "TP.HCM", province: "Hồ Chí Minh" },
  { name: "HCM", province: "Hồ Chí Minh" },
  { name: "Sài Gòn", province: "Hồ Chí Minh" },
  { name: "Ho Chi Minh City", province: "Hồ Chí Minh" },
  { name: "Thành phố Hồ Chí Minh", province: "Hồ Chí Minh" },
  { name: "Đắc Lắc", province: "Đắk Lắk" },
];

/** Every current and former province name, in Vietnamese order: suggestions for forms and filters. */
export const ALL_PROVINCE_NAMES: readonly string[] = [...new Set(PROVINCES.flatMap((p) => [p.name, ...p.mergedFrom]))].sort((a, b) =>
  a.localeCompare(b, "vi"),
);
