/**
 * A session's products in one line: the first few distinct products, a variant ("… – hộp quà",
 * "… loại đặc biệt") left out when its base product is already named, and how many more there
 * are. The schedule shows this instead of a list; the session's page has every product.
 */
export function productLine(names: string[], shown: number): { names: string[]; more: number } {
  const kept: string[] = [];
  for (const name of names) {
    const folded = name.toLocaleLowerCase("vi");
    if (kept.some((k) => folded.startsWith(k.toLocaleLowerCase("vi")))) continue;
    kept.push(name);
  }
  return { names: kept.slice(0, shown), more: names.length - Math.min(kept.length, shown) };
}
