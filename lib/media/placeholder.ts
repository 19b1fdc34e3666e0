import { createHash } from "node:crypto";

/**
 * Demo photos and logos are drawn here, not downloaded: a gradient in colours derived from the
 * name and its initials. Deterministic, so the same slug always gives the same picture.
 */
export function placeholderSvg(kind: "product" | "logo", slug: string): string {
  const digest = createHash("sha256").update(slug).digest();
  const hue = digest[0]! * 360 / 256;
  const hue2 = (hue + 40 + (digest[1]! % 80)) % 360;
  const words = slug.split("-").filter((w) => w && !/^\d+$/.test(w));
  const initials = (words.slice(0, 2).map((w) => w[0]).join("") || "?").toUpperCase();
  const size = kind === "logo" ? 256 : 800;
  const shape =
    kind === "logo"
      ? `<circle cx="128" cy="128" r="120" fill="url(#g)"/>`
      : `<rect width="800" height="800" fill="url(#g)"/><circle cx="${200 + (digest[2]! % 400)}" cy="${200 + (digest[3]! % 400)}" r="${120 + (digest[4]! % 160)}" fill="#fff" fill-opacity="0.15"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue.toFixed(0)} 55% 45%)"/><stop offset="1" stop-color="hsl(${hue2.toFixed(0)} 60% 35%)"/></linearGradient></defs>
${shape}<text x="50%" y="54%" text-anchor="middle" dominant-baseline="middle" font-family="system-ui, sans-serif" font-weight="700" font-size="${size * 0.32}" fill="#fff">${initials}</text></svg>`;
}
