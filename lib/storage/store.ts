/**
 * Where uploaded files live: product photos and shop logos (public), certificate scans (private,
 * served only through the app's access check) and staged import files. Keys are relative paths
 * ("products/<id>-800.webp", "scans/<id>.pdf", "imports/<sha256>.csv").
 *
 * Two adapters behind one interface (docs/decisions/0013-object-storage.md): the local disk
 * (UPLOAD_DIR, default .data/uploads) for one instance, and any S3-compatible bucket (AWS S3,
 * MinIO, Cloudflare R2; S3_BUCKET and friends) so that several instances share the same files.
 */
import path from "node:path";
import { env } from "@/lib/env";
import { diskStore } from "./disk";
import { s3Store } from "./s3";
import type { ObjectStore } from "./types";

export type { ObjectStore } from "./types";

let cached: { config: ReturnType<typeof env>; store: ObjectStore } | undefined;

/** The store the configuration names: S3 when S3_BUCKET is set, the disk otherwise. */
export function objectStore(): ObjectStore {
  // env() hands back the same object until a variable changes: chosen again only then.
  const e = env();
  if (cached?.config !== e) {
    cached = {
      config: e,
      store: e.S3_BUCKET
        ? s3Store({
            bucket: e.S3_BUCKET,
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION ?? "us-east-1",
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE === "1" || e.S3_FORCE_PATH_STYLE === "true",
          })
        : diskStore(uploadDir()),
    };
  }
  return cached.store;
}

/** The disk adapter's folder: UPLOAD_DIR, or .data/uploads in the project. */
export function uploadDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads"));
}
