/** Widths every uploaded photo is stored in (lib/media/files.ts writes them). */
export const PHOTO_WIDTHS = [400, 800, 1600] as const;

/**
 * The `srcSet` and `sizes` of an <img> showing an uploaded photo (its other widths share its
 * name); nothing for other images — `sizes` without a `srcset` is invalid HTML.
 */
export function photoSources(url: string, sizes: string): { srcSet?: string; sizes?: string } {
  const widths = photoWidthUrls(url);
  return widths ? { srcSet: widths.map(({ url: u, width }) => `${u} ${width}w`).join(", "), sizes } : {};
}

/** An uploaded photo's URL in each stored width, from its 800 px URL; null for any other image. */
export function photoWidthUrls(url: string): { url: string; width: number }[] | null {
  const match = /^(\/media\/products\/[0-9a-f-]{36})-800\.webp$/.exec(url);
  return match ? PHOTO_WIDTHS.map((width) => ({ url: `${match[1]}-${width}.webp`, width })) : null;
}
