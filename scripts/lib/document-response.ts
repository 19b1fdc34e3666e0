/**
 * Serves a public page as a document (lib/public/documents.ts): Next renders it as usual, this
 * holds its response, takes the framework's scripts out, adds the islands' script, and sends it
 * (gzipped when the browser accepts it: Next is asked for it uncompressed, as the body changes).
 * Only for the public pages' GETs; anything that is not a page's HTML passes through unchanged.
 *
 * A page Next serves from its cache comes with an ETag (the hash of its HTML): the document made
 * from it, gzipped or not, is kept under that ETag, so the transform and the compression (1.5 ms
 * of the home page's 3 ms on this machine) run once per version of a page, not once per request.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { toDocument } from "@/lib/public/documents";

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Documents made, by Next's ETag and encoding; the one served longest ago goes first when full. */
const made = new Map<string, { body: Buffer; gzipped: boolean }>();
/** A centre has a few hundred public pages, none over about 30 KB as a document: 15 MB at most. */
const MADE_MAX = 500;

function remember(key: string, document: { body: Buffer; gzipped: boolean }) {
  made.delete(key);
  made.set(key, document);
  if (made.size > MADE_MAX) made.delete(made.keys().next().value!);
}

function toBuffer(chunk: unknown, encoding?: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
}

export async function serveDocument(req: IncomingMessage, res: ServerResponse, handle: Handle, islandsSrc: string | null): Promise<void> {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  delete req.headers["accept-encoding"];
  const chunks: Buffer[] = [];
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  const restore = () => Object.assign(res, original);

  // Headers are set, not sent, until the body is known.
  res.writeHead = function writeHead(status: number, ...rest: unknown[]) {
    res.statusCode = status;
    for (const arg of rest) {
      if (typeof arg === "string") res.statusMessage = arg;
      else if (Array.isArray(arg)) for (let i = 0; i + 1 < arg.length; i += 2) res.setHeader(String(arg[i]), arg[i + 1] as string);
      else if (arg && typeof arg === "object") for (const [k, v] of Object.entries(arg as OutgoingHttpHeaders)) if (v !== undefined) res.setHeader(k, v);
    }
    return res;
  } as ServerResponse["writeHead"];
  res.flushHeaders = () => undefined;
  res.write = function write(chunk: unknown, encoding?: unknown, callback?: unknown) {
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") queueMicrotask(() => (done as () => void)());
    return true;
  } as ServerResponse["write"];
  res.end = function end(chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
    restore();
    let body: Buffer = Buffer.concat(chunks);
    const type = String(res.getHeader("content-type") ?? "");
    if (body.length > 0 && type.startsWith("text/html") && !res.getHeader("content-encoding")) {
      const etag = res.getHeader("etag");
      const key = res.statusCode === 200 && typeof etag === "string" ? `${etag} ${gzip ? "gzip" : "identity"} ${islandsSrc}` : null;
      let document = key ? made.get(key) : undefined;
      if (document) remember(key!, document);
      else {
        const html = Buffer.from(toDocument(body.toString("utf8"), islandsSrc), "utf8");
        document = gzip && html.length > 1024 ? { body: gzipSync(html, { level: 6 }), gzipped: true } : { body: html, gzipped: false };
        if (key) remember(key, document);
      }
      body = document.body;
      if (document.gzipped) res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Content-Length", body.length);
    }
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function") as (() => void) | undefined;
    return res.end(req.method === "HEAD" ? undefined : body, done);
  } as ServerResponse["end"];

  await handle(req, res);
}
