/**
 * An address whose path cannot be decoded (`/%FF`, a link cut in the middle of a `%E1%BA%AF`):
 * Next answers it with "Internal Server Error" (it tries to render a `/400` page an App Router
 * project does not have). The server answers it first, as what it is: a 400 that says so, as a
 * page in the reader's language (English under /en) or, under /api, as problem details.
 */
import type { ServerResponse } from "node:http";
import { problem } from "@/lib/api/http";
import { NON_PAGE_POLICY, REFERENCE_POLICY, SECURITY_HEADERS } from "@/lib/security/csp";

/** True when the path (not the query) of a request's URL is not valid percent-encoded UTF-8. */
export function isUndecodablePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

const PAGE = {
  vi: {
    title: "Địa chỉ không hợp lệ",
    body: "Địa chỉ này có ký tự không đọc được, có thể do đường liên kết bị cắt hoặc sao chép thiếu. Hãy kiểm tra lại đường liên kết, hoặc bắt đầu từ trang chủ.",
    home: "Về trang chủ Chợ phiên OCOP",
    href: "/",
  },
  en: {
    title: "This address is not valid",
    body: "This address has characters that cannot be read, perhaps because the link was cut short or copied in part. Check the link, or start from the home page.",
    home: "Go to the Chợ phiên OCOP home page",
    href: "/en",
  },
} as const;

/** The answer to such a request: what `sendBadAddress` writes. */
export async function badAddressResponse(url: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const common = { ...SECURITY_HEADERS, "Cache-Control": "no-store" };
  if (/^\/api(\/|$)/.test(url)) {
    const answer = problem(400, "bad_request", { detail: "The path is not valid percent-encoded UTF-8." });
    return { status: answer.status, headers: { ...common, "Content-Type": answer.headers.get("Content-Type")!, "Content-Security-Policy": NON_PAGE_POLICY }, body: await answer.text() };
  }
  const locale = /^\/en(\/|$|\?)/.test(url) ? "en" : "vi";
  const t = PAGE[locale];
  const body = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t.title} · Chợ phiên OCOP</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1c1917;background:#fafaf9;line-height:1.5}main{max-width:36rem;margin:0 auto}h1{font-size:1.5rem}a{color:#166534;font-weight:600}</style></head>
<body><main><h1>${t.title}</h1><p>${t.body}</p><p><a href="${t.href}">${t.home}</a></p></main></body>
</html>
`;
  return { status: 400, headers: { ...common, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": REFERENCE_POLICY }, body };
}

export async function sendBadAddress(url: string, res: ServerResponse): Promise<void> {
  const answer = await badAddressResponse(url);
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}
