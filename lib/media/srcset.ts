/** Widths every uploaded photo is stored in (lib/media/files.ts writes them). */
export const PHOTO_WIDTHS = [400, 800, 1600] as const;

/** The srcset of an uploaded photo (its other widths share its name); none for other images. */
export function photoSrcSet(url: string): string | undefined {
  const match = /^(\/media\/products\/[0-9a-f-]{36})-800\.webp$/.exec(url);
  return match ? PHOTO_WIDTHS.map((w) => `${match[1]}-${w}.webp ${w}w`).join(", ") : undefined;
}
