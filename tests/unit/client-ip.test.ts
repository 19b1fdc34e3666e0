import { describe, expect, it } from "vitest";
import { parseTrustProxy, resolveClientIp } from "@/lib/security/client-ip";

describe("the client's address", () => {
  it("is the connection's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const none = parseTrustProxy(undefined);
    expect(resolveClientIp("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(resolveClientIp("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
  });

  it("is the hop the trusted proxies saw, counted from the right", () => {
    const one = parseTrustProxy("1");
    // nginx overwrites the header with its peer: the client is that hop.
    expect(resolveClientIp("127.0.0.1", "198.51.100.7", one)).toBe("198.51.100.7");
    // A client that slips in its own hop behind one proxy does not get to choose.
    expect(resolveClientIp("127.0.0.1", "6.6.6.6, 198.51.100.7", one)).toBe("198.51.100.7");
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1", parseTrustProxy("2"))).toBe("198.51.100.7");
    // Fewer hops than trusted: the leftmost there is.
    expect(resolveClientIp("127.0.0.1", undefined, one)).toBe("127.0.0.1");
  });

  it("skips only the proxies named by address", () => {
    const named = parseTrustProxy("10.0.0.1, 10.0.0.2");
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1", named)).toBe("198.51.100.7");
    // A direct client (not a named proxy) is itself, even with a forged header.
    expect(resolveClientIp("203.0.113.9", "1.2.3.4", named)).toBe("203.0.113.9");
  });

  it("is 'unknown' without any address", () => {
    expect(resolveClientIp(undefined, undefined, parseTrustProxy(undefined))).toBe("unknown");
  });
});
