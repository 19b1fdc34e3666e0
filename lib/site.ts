/** The portal's public origin, for links that leave the site (calendar feeds, sitemap, Open Graph). */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}
