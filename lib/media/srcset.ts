/** Widths every uploaded photo is stored in (lib/media/files.ts writes them). */
export const PHOTO_WIDTHS = [400, 800, 1600] as const;

/**
 * The `srcSet` and `sizes` of an <img> showing an uploaded photo (its other widths share its
 * name); nothing for other images — `sizes` without a `srcset` is invalid HTML.
 */
export function photoSources(url: string, sizes: string): { srcSet?: string; sizes?: string } {
  const match = /^(\/media\/products\/[0-9a-f-]{36})-800\.webp$/.exec(url);
  return match ? { srcSet: PHOTO_WIDTHS.map((w) => `${match[1]}-${w}.webp ${w}w`).join(", "), sizes } : {};
}
