import { placeholderSvg } from "@/lib/media/placeholder";

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; slug: string }> }) {
  const { kind, slug } = await params;
  if ((kind !== "product" && kind !== "logo") || !/^[a-z0-9-]{1,120}$/.test(slug)) {
    return new Response("Not found", { status: 404 });
  }
  return new Response(placeholderSvg(kind, slug), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
