import { getCurrentUser } from "@/lib/auth/guards";
import { canReadScan, readMedia } from "@/lib/media/queries";

const TYPES: Record<string, string> = { webp: "image/webp", jpg: "image/jpeg", png: "image/png", pdf: "application/pdf" };

/** Uploaded files: product photos and logos are public and immutable; certificate scans are private. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const parts = (await params).path;
  const [folder, name] = parts;
  const valid =
    parts.length === 2 &&
    ((folder === "products" && /^[0-9a-f-]{36}-(400|800|1600)\.webp$/.test(name ?? "")) ||
      (folder === "logos" && /^[0-9a-f-]{36}\.webp$/.test(name ?? "")) ||
      (folder === "scans" && /^[0-9a-f-]{36}\.(pdf|jpg|png)$/.test(name ?? "")));
  if (!valid) return new Response("Not found", { status: 404 });
  const url = `/media/${folder}/${name}`;
  if (folder === "scans" && !(await canReadScan(await getCurrentUser(), url))) {
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  }
  // From the object store (disk or bucket): every instance serves every file.
  const bytes = await readMedia(`${folder}/${name}`);
  if (!bytes) return new Response("Not found", { status: 404 });
  const ext = name!.split(".").pop()!;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": TYPES[ext]!,
      "Cache-Control": folder === "scans" ? "private, no-store" : "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      ...(folder === "scans" ? { "Content-Disposition": `inline; filename="${name}"` } : {}),
    },
  });
}
