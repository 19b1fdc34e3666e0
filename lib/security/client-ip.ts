/** The client's address as the proxy in front reports it (the first X-Forwarded-For hop), for limits and logs. */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
