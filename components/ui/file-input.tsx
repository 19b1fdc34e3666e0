"use client";

import { useEffect, useRef, useState } from "react";
import { formatBytes } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

/** What a file field accepts; checked when the file is picked, again on the server. */
export type FileRules = {
  /** MIME types the browser reports for acceptable files. */
  types: string[];
  /** The same, as the reader names them ("JPEG, PNG, WebP"). */
  typeNames: string;
  maxBytes: number;
  maxCount?: number;
  /** Photos above this many bytes get an offer to be made smaller in the browser before upload. */
  offerDownscaleAbove?: number;
};

/** The longest edge of a photo made smaller in the browser (the server keeps at most 1,600 px). */
const DOWNSCALE_EDGE = 2000;

async function downscale(file: File): Promise<File> {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  const scale = Math.min(1, DOWNSCALE_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext("2d")!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85));
  if (!blob) throw new Error("toBlob failed");
  return new File([blob], `${file.name.replace(/\.[^.]+$/, "")}.jpg`, { type: "image/jpeg", lastModified: file.lastModified });
}

/**
 * A file field for a slow phone: type, size and count are checked as soon as files are picked
 * (a refused one is taken out with a message naming it and its size; the others stay), a large
 * photo can be made smaller in the browser before it is sent, and when the server refuses one
 * file (`refused`, by name) only that one is taken out. The form keeps the input's files after a
 * refusal because it does not reset (see the product form's submit handler).
 */
export function FileInput({
  field,
  rules,
  multiple = false,
  locale,
  t,
  refused,
  clearWhen,
}: {
  field: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string };
  rules: FileRules;
  multiple?: boolean;
  locale: Locale;
  t: Messages["files"];
  refused?: string;
  /** When this changes to something truthy (a successful save), the picked files are cleared. */
  clearWhen?: unknown;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const size = (bytes: number) => formatBytes(bytes, locale);
  const large = chosen.filter((f) => rules.offerDownscaleAbove !== undefined && f.type.startsWith("image/") && f.size > rules.offerDownscaleAbove);

  const setFiles = (files: File[]) => {
    const list = new DataTransfer();
    files.forEach((f) => list.items.add(f));
    if (ref.current) ref.current.files = list.files;
    setChosen(files);
  };

  useEffect(() => {
    if (!clearWhen || !ref.current) return;
    ref.current.value = "";
    setChosen([]);
    setNotes([]);
  }, [clearWhen]);

  // The server refused one file by name: take out that one, keep the rest.
  useEffect(() => {
    if (!refused || !ref.current) return;
    const files = [...(ref.current.files ?? [])];
    const rest = files.filter((f) => f.name !== refused);
    if (rest.length === files.length) return;
    const list = new DataTransfer();
    rest.forEach((f) => list.items.add(f));
    ref.current.files = list.files;
    setChosen(rest);
  }, [refused]);

  const picked = () => {
    const files = [...(ref.current?.files ?? [])];
    const messages: string[] = [];
    let kept: File[] = [];
    for (const file of files) {
      const photo = rules.offerDownscaleAbove !== undefined && file.type.startsWith("image/");
      if (!rules.types.includes(file.type)) messages.push(fill(t.wrongType, { file: file.name, types: rules.typeNames }));
      // A photo over the limit stays, with the offer to make it smaller; anything else goes.
      else if (file.size > rules.maxBytes && !photo) messages.push(fill(t.tooLarge, { file: file.name, size: size(file.size), max: size(rules.maxBytes) }));
      else kept.push(file);
    }
    if (rules.maxCount !== undefined && kept.length > rules.maxCount) {
      kept = kept.slice(0, rules.maxCount);
      messages.push(fill(t.tooMany, { max: rules.maxCount }));
    }
    setNotes(messages);
    setFiles(kept);
  };

  const shrink = async () => {
    setBusy(true);
    const messages: string[] = [];
    const next = await Promise.all(
      chosen.map(async (file) => {
        if (!large.includes(file)) return file;
        try {
          const smaller = await downscale(file);
          messages.push(fill(t.downscaled, { file: file.name, from: size(file.size), to: size(smaller.size) }));
          return smaller;
        } catch {
          messages.push(fill(t.downscaleFailed, { file: file.name }));
          return file;
        }
      }),
    );
    setFiles(next);
    setNotes(messages);
    setBusy(false);
  };

  return (
    <>
      <input {...field} ref={ref} type="file" multiple={multiple} accept={rules.types.join(",")} onChange={picked} />
      <div aria-live="polite" className="space-y-1 text-sm">
        {chosen.length > 0 && <p className="mt-1 text-stone-700">{fill(t.chosen, { files: chosen.map((f) => `${f.name} (${size(f.size)})`).join(", ") })}</p>}
        {notes.map((n) => (
          <p key={n} className="text-amber-900">{n}</p>
        ))}
        {large.length > 0 && (
          <div className="rounded-md border border-amber-200 bg-amber-50 p-2">
            {large.map((f) => (
              <p key={f.name}>{fill(t.offerDownscale, { file: f.name, size: size(f.size) })}</p>
            ))}
            <button type="button" onClick={shrink} disabled={busy} className="mt-1 rounded-md border border-stone-400 bg-white px-3 py-1 font-semibold disabled:opacity-60">
              {busy ? t.downscaling : t.downscale}
            </button>
          </div>
        )}
      </div>
    </>
  );
}
