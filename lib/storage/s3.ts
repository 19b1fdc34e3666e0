import { readFile, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { assertKey, type ObjectStore } from "./types";

export type S3Options = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
};

const absent = (error: unknown) =>
  error instanceof NoSuchKey || error instanceof NotFound || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404);

/**
 * An S3-compatible bucket (AWS S3, MinIO, Cloudflare R2): what several instances share. Without
 * keys in the configuration the SDK's own chain applies (environment, instance role).
 */
export function s3Store(options: S3Options): ObjectStore {
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle,
    // Checksums only where the API requires them: the SDK's newer default (a CRC trailer on every
    // upload) is not understood by every S3-compatible server (older MinIO, R2, test servers).
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    ...(options.accessKeyId && options.secretAccessKey ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } } : {}),
  });
  const Bucket = options.bucket;
  const head = async (key: string) => {
    assertKey(key);
    try {
      return await client.send(new HeadObjectCommand({ Bucket, Key: key }));
    } catch (error) {
      if (absent(error)) return null;
      throw error;
    }
  };
  return {
    kind: "s3",
    async put(key, body, contentType) {
      assertKey(key);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType }));
    },
    async putFile(key, localPath, contentType) {
      assertKey(key);
      // One PUT of the bytes (an import file is at most 64 MB): a streamed body would be sent in
      // aws-chunked encoding, which not every S3-compatible server reads back as the same bytes.
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: await readFile(localPath), ContentType: contentType }));
      await rm(localPath, { force: true });
    },
    async get(key) {
      const body = await this.stream(key);
      if (!body) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
      return Buffer.concat(chunks);
    },
    async stream(key) {
      assertKey(key);
      try {
        const { Body } = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return Body instanceof Readable ? Body : Readable.fromWeb((Body as { transformToWebStream(): ReadableStream }).transformToWebStream() as Parameters<typeof Readable.fromWeb>[0]);
      } catch (error) {
        if (absent(error)) return null;
        throw error;
      }
    },
    async size(key) {
      return (await head(key))?.ContentLength ?? null;
    },
    async remove(key) {
      assertKey(key);
      // S3 answers a missing key as removed too.
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
