import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/public/sitemap";
import { siteUrl } from "@/lib/site";

export const revalidate = 3600;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl();
  const { provinces, producers, products, sessions } = await listSitemapEntries();
  const entry = (path: string, lastModified?: Date): MetadataRoute.Sitemap[number] => ({
    url: `${origin}${path}`,
    lastModified,
    alternates: { languages: { vi: `${origin}${path}`, en: `${origin}/en${path === "/" ? "" : path}` } },
  });
  return [
    entry("/"),
    entry("/schedule"),
    entry("/products"),
    ...provinces.map((p) => entry(`/provinces/${p.slug}`)),
    ...producers.map((p) => entry(`/producers/${p.slug}`, p.updatedAt)),
    ...products.map((p) => entry(`/products/${p.slug}`, p.updatedAt)),
    ...sessions.map((s) => entry(`/sessions/${s.id}`, s.updatedAt)),
  ];
}
