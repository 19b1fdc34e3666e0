/**
 * Vietnamese text helpers. Search and lookups must ignore diacritics and case:
 * "ca phe" finds "Cà phê", "dak lak" finds "Đắk Lắk". NFD normalisation strips the tone and
 * vowel marks but leaves đ/Đ alone (it is a separate letter, not d + a mark), so it is mapped
 * explicitly. The database has the same function (vn_fold in the first migration).
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** A URL slug from Vietnamese text: "Cà phê Buôn Ma Thuột" → "ca-phe-buon-ma-thuot". */
export function slugify(input: string): string {
  return foldVietnamese(input)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Diacritic-blind words for a LIKE search: wildcards typed by a person are literal text, never patterns. */
export function likeWords(input: string): string {
  return foldVietnamese(input).replace(/[%_\\]/g, " ").replace(/\s+/g, " ").trim();
}
