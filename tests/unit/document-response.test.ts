import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDocument } from "@/scripts/lib/document-response";

const ISLANDS = "/_next/static/islands/islands-0123456789ab.js";
/** What the page "Next" serves next: its HTML and ETag (none for a page rendered per request). */
let page = { html: "", etag: null as string | null };
let rendered = 0;

const htmlOf = (words: string) =>
  `<!DOCTYPE html><html lang="vi"><head><script src="/_next/static/chunks/c.js" async=""></script></head><body><main><h1>${words}</h1>${"<p>Phiên chợ OCOP</p>".repeat(200)}</main>` +
  '<script>self.__next_f.push([1,"x"])</script></body></html>';

async function handle(_req: IncomingMessage, res: ServerResponse) {
  rendered++;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  if (page.etag) res.setHeader("ETag", page.etag);
  res.end(page.html);
}

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((req, res) => void serveDocument(req, res, handle, ISLANDS));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The body as sent (gunzipped when it was gzipped) and how it was encoded. */
async function get(gzip: boolean) {
  const response = await new Promise<IncomingMessage>((resolve, reject) =>
    httpGet(`${origin}/schedule`, { headers: { "accept-encoding": gzip ? "gzip" : "identity" } }, resolve).on("error", reject),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const encoding = response.headers["content-encoding"] ?? null;
  expect(Number(response.headers["content-length"])).toBe(bytes.length);
  return { encoding, html: (encoding === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8") };
}

describe("a public page served as a document", () => {
  it("is made once per version of the page (Next's ETag) and encoding, then served as made", async () => {
    page = { html: htmlOf("Lịch phiên tuần 50"), etag: '"v1"' };
    const first = await get(true);
    expect(first.encoding).toBe("gzip");
    expect(first.html).toContain("Lịch phiên tuần 50");
    expect(first.html).toContain(ISLANDS);
    expect(first.html).not.toContain("/_next/static/chunks/c.js");
    expect(first.html).not.toContain("__next_f");

    // Same ETag: the document made before, whatever the handler's bytes (it still runs: Next answers 304s and revalidates).
    page = { html: htmlOf("something else"), etag: '"v1"' };
    expect((await get(true)).html).toBe(first.html);
    expect(rendered).toBe(2);
    // The other encoding is a document of its own, made from the bytes Next gives now.
    const plain = await get(false);
    expect(plain.encoding).toBeNull();
    expect(plain.html).toContain("something else");

    // A new version of the page: made again.
    page = { html: htmlOf("Lịch phiên tuần 51"), etag: '"v2"' };
    expect((await get(true)).html).toContain("Lịch phiên tuần 51");
  });

  it("is made every time when Next gives no ETag (a page rendered per request, like a search)", async () => {
    page = { html: htmlOf("tìm: mật ong"), etag: null };
    expect((await get(true)).html).toContain("tìm: mật ong");
    page = { html: htmlOf("tìm: cà phê"), etag: null };
    expect((await get(true)).html).toContain("tìm: cà phê");
  });
});
