import { StringDecoder } from "node:string_decoder";
import iconv from "iconv-lite";

/**
 * The encodings a results file arrives in: UTF-8 (with or without a BOM; what the portal's template
 * and Google Sheets write), UTF-16 (Excel's "Unicode text", with a BOM) and Windows-1258 (the
 * Vietnamese code page of older Excel "CSV"), told apart by the file's first bytes.
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export type TextChunkDecoder = { write(chunk: Buffer): string; end(): string };

/** Whether `bytes` are UTF-8, allowing a character cut short at the end (the next chunk has the rest). */
function isUtf8(bytes: Buffer): boolean {
  for (let cut = 0; cut <= Math.min(3, bytes.length); cut++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // try again without the last bytes: a character may be split at the chunk's end
    }
  }
  return false;
}

/** The encoding of a file from its first chunk: a BOM when there is one, else NULs between ASCII letters (UTF-16), else whether the bytes are valid UTF-8. */
export function detectEncoding(first: Buffer): TextEncoding {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return "utf-8";
  if (first[0] === 0xff && first[1] === 0xfe) return "utf-16le";
  if (first[0] === 0xfe && first[1] === 0xff) return "utf-16be";
  const sample = first.subarray(0, 512);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddNul++;
    else evenNul++;
  }
  if (oddNul > sample.length / 4) return "utf-16le";
  if (evenNul > sample.length / 4) return "utf-16be";
  return isUtf8(first) ? "utf-8" : "windows-1258";
}

/**
 * A decoder for one encoding, chunk by chunk. Windows-1258 writes tones as combining marks after
 * the letter ("ố" = "ô" + U+0301): the text is recomposed (NFC) so that names match the
 * database's, holding back a chunk's last letter until its marks, in the next chunk, have come.
 */
export function chunkDecoder(encoding: TextEncoding): TextChunkDecoder {
  if (encoding === "utf-8" || encoding === "utf-16le") return new StringDecoder(encoding === "utf-8" ? "utf8" : "utf16le");
  const inner = iconv.getDecoder(encoding === "utf-16be" ? "utf16be" : "windows1258");
  if (encoding === "utf-16be") return { write: (chunk) => inner.write(chunk), end: () => inner.end() ?? "" };
  let held = "";
  return {
    write(chunk) {
      const text = held + inner.write(chunk);
      // Keep the last base letter and any marks after it for the next chunk.
      const split = text.search(/\P{M}\p{M}*$/u);
      held = split >= 0 ? text.slice(split) : "";
      return (split >= 0 ? text.slice(0, split) : text).normalize("NFC");
    },
    end() {
      const text = (held + (inner.end() ?? "")).normalize("NFC");
      held = "";
      return text;
    },
  };
}

/**
 * A stream of bytes as text in the encoding its first bytes show, chunk by chunk (never the whole
 * file in one string); `counter.bytes` follows how much was read, for progress.
 */
export async function* decodeChunks(source: AsyncIterable<Buffer>, counter: { bytes: number } = { bytes: 0 }): AsyncGenerator<string> {
  let decoder: TextChunkDecoder | null = null;
  for await (const chunk of source) {
    counter.bytes += chunk.length;
    decoder ??= chunkDecoder(detectEncoding(chunk));
    yield decoder.write(chunk);
  }
  const rest = decoder?.end();
  if (rest) yield rest;
}
