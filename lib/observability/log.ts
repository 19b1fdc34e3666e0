import pino from "pino";
import { currentRequest } from "./request-context";
import { env } from "@/lib/env";

const SECRET_KEYS = ["password", "confirm", "token", "secret", "authorization", "cookie", "email", "phone"];

/**
 * Structured logs (JSON lines on stdout). Every line written while a request is served carries its
 * id and, once known, the signed-in user's id. Never logged: passwords, tokens, secrets, cookies,
 * e-mail addresses, phone numbers (redacted wherever they appear as keys, and any headers), nor
 * query strings (see loggablePath).
 */
export function createLogger(destination?: pino.DestinationStream, level = env().LOG_LEVEL ?? (env().NODE_ENV === "test" ? "silent" : "info")) {
  return pino(
    {
      level,
      base: { service: "cho-phien-ocop" },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin() {
        const request = currentRequest();
        return request ? { reqId: request.id, ...(request.userId ? { userId: request.userId } : {}) } : {};
      },
      redact: { paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`), "headers.*"], censor: "[redacted]" },
    },
    destination,
  );
}

export const logger = createLogger();

/** A path fit for the logs: no query string, and secrets carried in paths replaced. */
export function loggablePath(url: string): string {
  const path = url.split("?")[0] ?? "/";
  return path.replace(/(\/reset-password\/)[^/]+/, "$1:token");
}
