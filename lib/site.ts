import { env } from "@/lib/env";
/** The portal's public origin, for links that leave the site (calendar feeds, sitemap, Open Graph). */
export function siteUrl(): string {
  return (env().SITE_URL ?? `http://localhost:${env().PORT ?? 3000}`).replace(/\/$/, "");
}
