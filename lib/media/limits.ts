/**
 * What uploads may be: shared by the server (lib/media/files.ts, which checks the bytes) and the
 * browser (components/ui/file-input.tsx, which checks when a file is picked), so both say the same.
 */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const SCAN_MAX_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS = 8;
/** Above this, a photo is offered to be made smaller before it is sent (a slow mobile link). */
export const PHOTO_OFFER_DOWNSCALE_BYTES = 2 * 1024 * 1024;

export const PHOTO_RULES = {
  types: ["image/jpeg", "image/png", "image/webp"],
  typeNames: "JPEG, PNG, WebP",
  maxBytes: PHOTO_MAX_BYTES,
  offerDownscaleAbove: PHOTO_OFFER_DOWNSCALE_BYTES,
};

export const SCAN_RULES = {
  types: ["application/pdf", "image/jpeg", "image/png"],
  typeNames: "PDF, JPEG, PNG",
  maxBytes: SCAN_MAX_BYTES,
};
