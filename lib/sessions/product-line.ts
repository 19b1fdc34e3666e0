/**
 * A session's products in one line: the first few distinct products, a variant ("… – hộp quà",
 * "… loại đặc biệt") left out when its base product is already named, and how many more there
 * are. The schedule shows this instead of a list; the session's page has every product.
 */
export function productLine(names: string[], shown: number): { names: string[]; more: number } {
  // A product's family: its name before " – " ("Hoa kiểng Sa Đéc – hộp quà" → "hoa kiểng sa đéc").
  const family = (name: string) => name.split(/ [–-] /)[0]!.toLocaleLowerCase("vi");
  const kept: string[] = [];
  const families: string[] = [];
  for (const name of names) {
    const own = family(name);
    if (families.some((f) => own.startsWith(f))) continue;
    kept.push(name);
    families.push(own);
  }
  return { names: kept.slice(0, shown), more: names.length - Math.min(kept.length, shown) };
}

/** The line as shown: "A · B · C +4 sản phẩm khác" (`more` words the count in the reader's language). */
export function productLineText(names: string[], shown: number, more: (count: number) => string): string {
  const line = productLine(names, shown);
  return line.names.join(" · ") + (line.more > 0 ? ` ${more(line.more)}` : "");
}

/** The provinces of a session's producers, each once, in line-up order: "Đồng Tháp, Lâm Đồng". */
export function sessionProvinces(session: { producers: { province: string }[] }): string {
  return [...new Set(session.producers.map((p) => p.province))].join(", ");
}
