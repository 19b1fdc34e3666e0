import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/** What the logs say about the request being served. */
export type RequestContext = { id: string; userId?: string };

/**
 * One store per process, shared through globalThis: the server (scripts/start.ts) opens it around
 * each request, and the app's own copy of this module (bundled by Next) reads and fills it.
 */
const KEY = Symbol.for("ocop.requestContext");
const holder = globalThis as { [KEY]?: AsyncLocalStorage<RequestContext> };
const storage = (holder[KEY] ??= new AsyncLocalStorage<RequestContext>());

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

export function runWithRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The id the proxy in front gave the request (X-Request-Id), when it looks like one, or a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[\w.-]{8,128}$/.test(given) ? given : randomUUID();
}
