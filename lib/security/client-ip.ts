/**
 * Who the client is (docs/decisions/0011-sessions-and-proxies.md). X-Forwarded-For is only as
 * good as the proxy that wrote it: a client reaching the app directly can send any. So the start
 * script resolves the address once per request from the connection's peer and, only as far as
 * TRUST_PROXY allows, the forwarded hops, and passes it on in CLIENT_IP_HEADER (any incoming
 * header of that name is replaced). Everything else reads it through clientIp().
 */
export const CLIENT_IP_HEADER = "x-ocop-client-ip";

export type TrustProxy = { hops: number } | { addresses: Set<string> };

/** TRUST_PROXY: a hop count ("1" behind the nginx recipe) or a comma-separated list of proxy addresses. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  if (!value) return { hops: 0 };
  if (/^\d+$/.test(value.trim())) return { hops: Number(value.trim()) };
  return { addresses: new Set(value.split(",").map((a) => normalise(a.trim())).filter(Boolean)) };
}

const normalise = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

/**
 * The client's address: the peer, unless trusted proxies stand in front; then the nearest
 * forwarded hop that no trusted proxy vouches for. Hops: trust that many proxies from the right.
 * Addresses: walk from the peer leftwards while the current hop is a trusted proxy.
 */
export function resolveClientIp(peer: string | undefined, forwardedFor: string | undefined, trust: TrustProxy): string {
  const chain = [...(forwardedFor ?? "").split(",").map((h) => normalise(h.trim())).filter(Boolean), normalise(peer ?? "")].filter(Boolean);
  if (chain.length === 0) return "unknown";
  if ("hops" in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)]!;
  let i = chain.length - 1;
  while (i > 0 && trust.addresses.has(chain[i]!)) i -= 1;
  return chain[i]!;
}

/** The client's address for limits and logs, as resolved by the server for this request. */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) || "unknown";
}
