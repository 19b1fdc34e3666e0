import { createReadStream } from "node:fs";
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { assertKey, type ObjectStore } from "./types";

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/** Files under one folder: the default, for a single instance. */
export function diskStore(root: string): ObjectStore {
  const file = (key: string) => {
    assertKey(key);
    return path.join(root, key);
  };
  return {
    kind: "disk",
    async put(key, body) {
      await mkdir(path.dirname(file(key)), { recursive: true });
      // Written beside, then renamed: a reader never sees half a file.
      const temp = `${file(key)}.${process.pid}.tmp`;
      await writeFile(temp, body);
      await rename(temp, file(key));
    },
    async putFile(key, localPath) {
      await mkdir(path.dirname(file(key)), { recursive: true });
      try {
        await rename(localPath, file(key));
      } catch (error) {
        // Another file system (the temp folder on its own mount): copy, then remove.
        if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
        await copyFile(localPath, file(key));
        await rm(localPath, { force: true });
      }
    },
    async get(key) {
      return readFile(file(key)).catch((error) => (missing(error) ? null : Promise.reject(error)));
    },
    async stream(key): Promise<Readable | null> {
      const size = await this.size(key);
      return size === null ? null : createReadStream(file(key));
    },
    async size(key) {
      return stat(file(key)).then(
        (s) => s.size,
        (error) => (missing(error) ? null : Promise.reject(error)),
      );
    },
    async remove(key) {
      await rm(file(key), { force: true });
    },
  };
}
