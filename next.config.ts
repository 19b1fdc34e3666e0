import type { NextConfig } from "next";
import { cacheSettings } from "./lib/cache/next-cache";
import { NON_PAGE_POLICY, SCAN_POLICY, SECURITY_HEADERS } from "./lib/security/csp";

const nextConfig: NextConfig = {
  // With REDIS_URL, Next's cache and tags in Redis, shared by every instance (decided again when
  // the server starts: scripts/start.ts).
  ...cacheSettings(process.env.REDIS_URL, import.meta.dirname),
  // .next/standalone: the server's files and only the node_modules they use, from which
  // `npm run release` makes a folder that runs without the sources (docs/deploy/README.md).
  output: "standalone",
  // BUILD_ID (e.g. the git commit) when instances are built separately: the same id everywhere.
  // Unset, Next makes a random one per build.
  generateBuildId: async () => process.env.BUILD_ID || null,
  // Native or WASM server packages stay outside the bundle (docs/decisions/0001-embedded-postgres.md).
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "sharp", "pino"],
  poweredByHeader: false,
  // `npm start` (scripts/start.ts) builds to run, not to check: the type check is `npm run
  // typecheck`, the first step of `npm test` and CI, and `npm run build` by hand still runs it.
  // Skipped there, a first start (and the end-to-end tests' build) is about 30 s shorter.
  typescript: { ignoreBuildErrors: process.env.OCOP_BUILD_TYPECHECK === "skip" },
  experimental: {
    // forbidden() and app/forbidden.tsx render the 403 page for a signed-in user without the role.
    authInterrupts: true,
    // Up to 8 photos of 5 MB and a 10 MB certificate scan in one product form; a results file
    // of up to 64 MB (lib/results/import.ts, IMPORT_MAX_BYTES).
    serverActions: { bodySizeLimit: "66mb" },
    // The proxy (proxy.ts) reads requests through a buffer of this size, 10 MB by default: below
    // the actions' limit, a larger upload would arrive cut short.
    proxyClientMaxBodySize: "66mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
      {
        // Pages get their policy from proxy.ts; route handlers and files (which the proxy does
        // not see) get one that allows nothing. /api/docs sets its own, for its inline stylesheet.
        source: "/api/:path((?!docs$).*)",
        headers: [{ key: "Content-Security-Policy", value: NON_PAGE_POLICY }],
      },
      {
        source: "/:path(.*\\.[a-zA-Z0-9]+)",
        headers: [{ key: "Content-Security-Policy", value: NON_PAGE_POLICY }],
      },
      {
        // Certificate scans may be framed by the portal's own pages (the review page previews a
        // PDF inline); last, so these two headers override the ones above for this path.
        source: "/media/scans/:name",
        headers: [
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Content-Security-Policy", value: SCAN_POLICY },
        ],
      },
      {
        // HSTS only when the request came over HTTPS (through a proxy that says so): a plain-HTTP
        // local start must not pin localhost to HTTPS.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;
