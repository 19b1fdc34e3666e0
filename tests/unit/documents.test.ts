import { describe, expect, it } from "vitest";
import { isDocumentPath, isDocumentRequest, toDocument } from "@/lib/public/documents";
import { pagePolicy } from "@/lib/security/csp";

describe("public pages as documents", () => {
  it("are the public pages, in both languages, and nothing of the signed-in areas, sign-in or the API", () => {
    for (const path of ["/", "/en", "/schedule", "/en/schedule", "/schedule/2026-W50", "/schedule/2026-W50/filtered", "/search", "/products", "/en/products", "/hat-giong-ocop", "/en/ocop-seeds",
      "/sessions/8f0c3a52-0000-4000-8000-000000000001", "/producers/htx-a", "/en/products/tra-shan-tuyet", "/provinces/lam-dong"]) {
      expect(isDocumentPath(path), path).toBe(true);
    }
    for (const path of ["/admin", "/en/admin/sessions", "/producer", "/producer/products", "/sign-in", "/register", "/register/done", "/account", "/reset-password/abc",
      "/api/me", "/media/photos/a.webp", "/_next/static/chunks/a.js", "/sessions/x/calendar.ics", "/unknown/page", "/en/unknown", "/calendar.ics"]) {
      expect(isDocumentPath(path), path).toBe(false);
    }
  });

  it("are only a browser's GET or HEAD of the page, not a client-side navigation's payload or a form's POST", () => {
    expect(isDocumentRequest("GET", "/schedule?week=2026-W50&province=L%C3%A2m", {})).toBe(true);
    expect(isDocumentRequest("HEAD", "/", {})).toBe(true);
    expect(isDocumentRequest("POST", "/", {})).toBe(false);
    expect(isDocumentRequest("GET", "/", { rsc: "1" })).toBe(false);
    expect(isDocumentRequest("GET", "/schedule?_rsc=abc", {})).toBe(false);
    expect(isDocumentRequest("GET", "/", { "next-router-prefetch": "1" })).toBe(false);
    expect(isDocumentRequest("GET", "/admin", {})).toBe(false);
  });

  it("lose the framework's scripts and preloads, keep the page's own, and gain the islands' script", () => {
    const html =
      '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/c.js" async=""></script>' +
      '<script src="/_next/static/chunks/d.js" noModule=""></script></head><body><main><h1>Phiên</h1>' +
      '<script type="application/ld+json">{"@type":"Event","name":"a<\\/script>"}</script></main>' +
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>' +
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>' +
      '<script>$RC("B:0","S:0")</script><script id="_R_">self.__next_r="W_x";var __nextHmrInitialVersion="0";</script></body></html>';
    const out = toDocument(html, "/_next/static/islands/islands-0123456789ab.js");
    expect(out).not.toContain("/_next/static/chunks/b.js");
    expect(out).not.toContain("/_next/static/chunks/c.js");
    expect(out).not.toContain("/_next/static/chunks/d.js");
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("TURBOPACK");
    expect(out).not.toContain("__next_r");
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"Event","name":"a<\\/script>"}</script>');
    expect(out).toContain('<script>$RC("B:0","S:0")</script>');
    expect(out).toContain('<script src="/_next/static/islands/islands-0123456789ab.js" defer=""></script></head>');
    expect(out).toContain("<h1>Phiên</h1>");
  });

  it("allow scripts from this origin only: no inline script, no nonce (they are shared from the cache)", () => {
    const policy = pagePolicy({ document: true });
    expect(policy).toMatch(/(^|; )script-src 'self'$/);
    expect(pagePolicy()).toMatch(/script-src 'self' 'unsafe-inline'$/);
    expect(pagePolicy({ nonce: "abc" })).toMatch(/script-src 'self' 'nonce-abc' 'strict-dynamic'$/);
  });
});
