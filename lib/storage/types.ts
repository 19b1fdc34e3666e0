import type { Readable } from "node:stream";

/** One adapter of the object storage (lib/storage/store.ts). */
export interface ObjectStore {
  readonly kind: "disk" | "s3";
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** Moves a local file (a finished upload in the temp folder) to the store. */
  putFile(key: string, localPath: string, contentType: string): Promise<void>;
  /** The whole object, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  /** The object as a stream of bytes, or null when there is none. */
  stream(key: string): Promise<Readable | null>;
  /** The object's size in bytes, or null when there is none. */
  size(key: string): Promise<number | null>;
  /** Removes the object; nothing happens when there is none. */
  remove(key: string): Promise<void>;
}

/** A key is a relative path of safe names: never absolute, never "..". */
export function assertKey(key: string): void {
  if (!/^[a-z]+\/[A-Za-z0-9._-]+$/.test(key) || key.includes("..")) throw new Error(`Not a storage key: ${key}`);
}
