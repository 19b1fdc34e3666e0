import { z } from "zod";

/**
 * The portal's configuration: every environment variable it reads, validated once by one zod
 * schema (types, ranges, URLs). `npm start` checks it before anything else and stops with a
 * message naming each bad variable; the rest of the code imports typed values from here.
 *
 * Production mode: DATABASE_URL names a real PostgreSQL. Then AUTH_SECRET is required (the
 * per-folder random secret in .data/ is only for the embedded default), and no demo data or demo
 * account is created unless asked for (SEED=1, or `npm start -- --seed`).
 */
const optionalText = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const port = z.coerce.number().int().min(1).max(65_535);
const postgresUrl = z
  .string()
  .refine((v) => URL.canParse(v) && /^postgres(ql)?:$/.test(new URL(v).protocol), "must be a postgresql:// URL");

export const EnvSchema = z
  .object({
    NODE_ENV: optional(z.enum(["development", "production", "test"])),
    DATABASE_URL: optional(postgresUrl),
    TEST_DATABASE_URL: optional(postgresUrl),
    /** Connections each instance keeps to PostgreSQL at most: N instances × this must stay under the server's max_connections. */
    DATABASE_POOL_SIZE: optional(z.coerce.number().int().min(2, "must be at least 2").max(200)),
    AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)")),
    PORT: optional(port),
    HOST: optionalText,
    EMBEDDED_PG_PORT: optional(port),
    SITE_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" })),
    UPLOAD_DIR: optionalText,
    /** Redis for Next's page and data cache, shared by every instance; unset: each instance's own cache. */
    REDIS_URL: optional(z.string().refine((v) => URL.canParse(v) && /^rediss?:$/.test(new URL(v).protocol), "must be a redis:// or rediss:// URL")),
    /**
     * Several instances built separately (one build per machine) must agree on the build's id
     * and on the key that encrypts server actions' closed-over values; one build copied everywhere
     * agrees by itself. Both are read by `next build`.
     */
    BUILD_ID: optional(z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, "must be letters, digits, '.', '_' or '-' (e.g. the git commit)")),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optional(
      z.string().refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, "base64").length === 32, "must be 32 random bytes in base64 (`openssl rand -base64 32`)"),
    ),
    REDIS_KEY_PREFIX: optional(z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, "must be letters, digits, '.', '_' or '-' (at most 40)")),
    /** S3-compatible object storage (AWS S3, MinIO, R2) for uploads and staged imports; unset: UPLOAD_DIR on disk. */
    S3_BUCKET: optional(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name (lower-case letters, digits, dots and hyphens)")),
    S3_ENDPOINT: optional(z.url({ protocol: /^https?$/, error: "must be an http(s):// URL (e.g. http://127.0.0.1:9000 for MinIO)" })),
    S3_REGION: optionalText,
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    S3_FORCE_PATH_STYLE: optional(z.enum(["0", "1", "true", "false"], "must be 1 or 0")),
    /** Notifications by e-mail too (review outcomes, workshop reminders, health reviews): smtp(s)://user:pass@host:port. Unset: in-app only. */
    SMTP_URL: optional(z.string().refine((v) => URL.canParse(v) && /^smtps?:$/.test(new URL(v).protocol), "must be an smtp:// or smtps:// URL")),
    MAIL_FROM: optionalText,
    LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])),
    DRAIN_SECONDS: optional(z.coerce.number().int().min(0).max(600)),
    API_TOKEN_RATE_PER_MINUTE: optional(z.coerce.number().int().min(1).max(100_000)),
    SEED: optional(z.enum(["0", "1"], "must be 0 or 1")),
    ADMIN_EMAIL: optional(z.email("must be an e-mail address")),
    /**
     * Which proxies' X-Forwarded-For to believe: a number of trusted hops in front of the app
     * (1 for the nginx recipe), or a comma-separated list of proxy addresses. Unset: none, and the
     * client is the connection's peer.
     */
    TRUST_PROXY: optional(
      z.string().regex(/^(\d{1,2}|[0-9a-fA-F:.]+(\s*,\s*[0-9a-fA-F:.]+)*)$/, "must be a hop count (e.g. 1) or a comma-separated list of proxy IP addresses"),
    ),
  });

export type Env = z.output<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The configuration is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/**
 * Parses a set of variables; throws an EnvError naming every bad one. `forServer` adds what a
 * server start needs beyond well-formed values: AUTH_SECRET in production mode.
 */
export function parseEnv(source: Record<string, string | undefined>, { forServer = false } = {}): Env {
  const parsed = EnvSchema.safeParse(source);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${String(issue.path[0] ?? "environment")}: ${issue.message}`);
  if (forServer && parsed.success && parsed.data.DATABASE_URL && !parsed.data.AUTH_SECRET) {
    problems.push("AUTH_SECRET: is required when DATABASE_URL is set (production mode): every instance must sign sessions with the same secret");
  }
  if (problems.length) throw new EnvError(problems);
  return parsed.data!;
}

const KEYS = Object.keys(EnvSchema.shape) as (keyof Env)[];
let cached: { key: string; env: Env } | undefined;

/** The validated configuration of this process (parsed again only when a variable changed). */
export function env(): Env {
  const key = KEYS.map((k) => process.env[k] ?? "").join("\u0000");
  if (cached?.key !== key) cached = { key, env: parseEnv(process.env) };
  return cached.env;
}
