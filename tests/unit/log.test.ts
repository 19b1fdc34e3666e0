import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, loggablePath } from "@/lib/observability/log";
import { currentRequest, requestIdFrom, runWithRequest } from "@/lib/observability/request-context";

describe("logs", () => {
  it("keep paths without query strings or reset tokens", () => {
    expect(loggablePath("/admin/reports?from=2026-01-01&q=Nguyễn")).toBe("/admin/reports");
    expect(loggablePath("/reset-password/AbCdEf0123456789/x")).toBe("/reset-password/:token/x");
    expect(loggablePath("/en/reset-password/AbCdEf0123456789")).toBe("/en/reset-password/:token");
  });

  it("take a sane request id from the proxy and make one otherwise", () => {
    expect(requestIdFrom("nginx-4f2a9c1e")).toBe("nginx-4f2a9c1e");
    expect(requestIdFrom("bad id with spaces")).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("carry the request's id and user on every line, and redact secrets and personal data", async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = createLogger(sink, "info");
    runWithRequest({ id: "req-12345678", userId: "u-1" }, () => {
      expect(currentRequest()?.id).toBe("req-12345678");
      logger.info({ password: "ChoPhien#2026", user: { email: "a@b.vn", phone: "0912 345 678" }, token: "ocop_x", headers: { cookie: "s=1" } }, "signed in");
    });
    logger.info("outside a request");
    const [inside, outside] = lines.map((l) => JSON.parse(l));
    expect(inside).toMatchObject({ reqId: "req-12345678", userId: "u-1", msg: "signed in", password: "[redacted]", user: { email: "[redacted]", phone: "[redacted]" }, token: "[redacted]", headers: { cookie: "[redacted]" } });
    expect(lines[0]).not.toMatch(/ChoPhien|a@b\.vn|0912|ocop_x|s=1/);
    expect(outside.reqId).toBeUndefined();
  });
});
