import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { PHOTO_WIDTHS, photoWidthUrls } from "./srcset";
import { logger } from "@/lib/observability/log";
import { objectStore } from "@/lib/storage/store";

/**
 * Uploaded photos and certificate scans. The type is read from the bytes, never from the name
 * or the browser's claim. Photos are re-encoded by sharp (which drops EXIF, GPS and every other
 * metadata unless asked to keep it) into a few widths of WebP. Certificate scans are private:
 * JPEG and PNG scans are re-encoded at full size in their own format (no EXIF, GPS or camera
 * data survives, as with photos), PDFs are kept as they are. Files go to the object store (the
 * disk under UPLOAD_DIR by default, or an S3-compatible bucket: lib/storage/store.ts) and are
 * served by /media.
 */
import { MAX_PHOTOS, PHOTO_MAX_BYTES, SCAN_MAX_BYTES } from "./limits";

export { MAX_PHOTOS, PHOTO_MAX_BYTES, SCAN_MAX_BYTES };

export type FileKind = "jpeg" | "png" | "webp" | "pdf";

export function sniff(bytes: Uint8Array): FileKind | null {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return "jpeg";
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return "webp";
  if (at(0, 0x25, 0x50, 0x44, 0x46, 0x2d)) return "pdf";
  return null;
}

export type StoredPhoto = { url: string; width: number; height: number };
export type StoredScan = { url: string };

export class UploadError extends Error {
  constructor(readonly messageKey: "photoType" | "photoSize" | "photoCount" | "photoUnreadable" | "scanType" | "scanSize" | "scanUnreadable") {
    super(messageKey);
    this.name = "UploadError";
  }
}

/** Checks and re-encodes a photo; returns its public URL (the 800 px WebP) and size. */
export async function storePhoto(bytes: Uint8Array): Promise<StoredPhoto> {
  if (bytes.byteLength > PHOTO_MAX_BYTES) throw new UploadError("photoSize");
  const kind = sniff(bytes);
  if (kind !== "jpeg" && kind !== "png" && kind !== "webp") throw new UploadError("photoType");
  const id = randomUUID();
  const encoded: { width: number; data: Buffer }[] = [];
  let size: { width: number; height: number } | undefined;
  try {
    for (const width of PHOTO_WIDTHS) {
      const { data, info } = await sharp(bytes, { limitInputPixels: 50_000_000 })
        .rotate() // apply the EXIF orientation before the metadata is dropped
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      encoded.push({ width, data });
      if (width === 800) size = { width: info.width, height: info.height };
    }
  } catch {
    throw new UploadError("photoUnreadable");
  }
  await Promise.all(encoded.map(({ width, data }) => objectStore().put(`products/${id}-${width}.webp`, data, "image/webp")));
  return { url: `/media/products/${id}-800.webp`, ...size! };
}

/** A shop's logo: a 256 px square WebP, public. */
export async function storeLogo(bytes: Uint8Array): Promise<{ url: string }> {
  if (bytes.byteLength > PHOTO_MAX_BYTES) throw new UploadError("photoSize");
  const kind = sniff(bytes);
  if (kind !== "jpeg" && kind !== "png" && kind !== "webp") throw new UploadError("photoType");
  const id = randomUUID();
  let data: Buffer;
  try {
    data = await sharp(bytes, { limitInputPixels: 50_000_000 }).rotate().resize(256, 256, { fit: "cover" }).webp({ quality: 85 }).toBuffer();
  } catch {
    throw new UploadError("photoUnreadable");
  }
  await objectStore().put(`logos/${id}.webp`, data, "image/webp");
  return { url: `/media/logos/${id}.webp` };
}

/** Stores a certificate scan (PDF, JPEG or PNG by its bytes), privately. */
export async function storeScan(bytes: Uint8Array): Promise<StoredScan> {
  if (bytes.byteLength > SCAN_MAX_BYTES) throw new UploadError("scanSize");
  const kind = sniff(bytes);
  if (kind !== "pdf" && kind !== "jpeg" && kind !== "png") throw new UploadError("scanType");
  const name = `${randomUUID()}.${kind === "jpeg" ? "jpg" : kind}`;
  const body = kind === "pdf" ? bytes : await reencodeScan(bytes, kind);
  await objectStore().put(`scans/${name}`, body, kind === "pdf" ? "application/pdf" : `image/${kind}`);
  return { url: `/media/scans/${name}` };
}

/** A JPEG or PNG scan without its metadata, upright, at full size (a certificate must stay legible). */
async function reencodeScan(bytes: Uint8Array, kind: "jpeg" | "png"): Promise<Buffer> {
  try {
    const image = sharp(bytes, { limitInputPixels: 100_000_000 }).rotate();
    return await (kind === "jpeg" ? image.jpeg({ quality: 92, mozjpeg: true }) : image.png({ compressionLevel: 9 })).toBuffer();
  } catch {
    throw new UploadError("scanUnreadable");
  }
}

/** The store's keys of a file stored here, from its URL: a photo is stored once per width. */
const keysOf = (url: string): string[] => (photoWidthUrls(url)?.map((w) => w.url) ?? [url]).map((u) => u.replace(/^\/media\//, ""));

/**
 * Removes files stored for a form that was then refused (a later file of the same form, or the
 * form itself): nothing stays in the store that no row names. A removal that fails is logged and
 * left (the form's answer matters more than the space).
 */
export async function discardStored(urls: (string | null | undefined)[]): Promise<void> {
  await Promise.all(
    urls
      .filter((url): url is string => !!url)
      .flatMap(keysOf).map((key) => objectStore().remove(key).catch((error: unknown) => logger.error({ err: error, key }, "a refused form's upload could not be removed"))),
  );
}
