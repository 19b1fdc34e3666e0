/**
 * The public pages' script (lib/islands, docs/decisions/0023-public-pages-without-the-framework-runtime.md),
 * bundled by `scripts/build-islands.ts` next to Next's own static files:
 * `.next/static/islands/islands-<hash>.js`, served from /_next/static like them (by Next, or by
 * nginx from disk with a year's cache: the name changes with the content). A release copies it
 * with .next/static.
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

export const ISLANDS_DIR = path.join(".next", "static", "islands");

export function islandsSrc(name: string): string {
  return `/_next/static/islands/${name}`;
}

/** The URL of the built script, or null when the build has none. */
export async function findIslands(root: string): Promise<string | null> {
  const dir = path.join(root, ISLANDS_DIR);
  if (!existsSync(dir)) return null;
  const name = (await readdir(dir)).find((file) => /^islands-[0-9a-f]{12}\.js$/.test(file));
  return name ? islandsSrc(name) : null;
}
