import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { chunkDecoder, detectEncoding } from "@/lib/results/encoding";
import { windows1258 } from "@/tests/support/encodings";

const TEXT = "Mã phiên;Mã SKU;Số đơn;Số lượng bán;Doanh số\nPhiên Đặc sản Hà Giang;Mật ong bạc hà;3;4;1.200.000\n";

const decodeInChunks = (bytes: Buffer, size: number) => {
  // Told apart from the first 64 bytes, as the import does from its first chunk; then fed in pieces.
  const decoder = chunkDecoder(detectEncoding(bytes.subarray(0, 64)));
  let text = "";
  for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size));
  // A BOM may stay (parseCsv drops it) or go (iconv's UTF-16BE decoder drops it).
  return (text + decoder.end()).replace(/^\uFEFF/, "");
};

describe("results files in the encodings Excel writes", () => {
  it("tells them apart by their first bytes", () => {
    expect(detectEncoding(Buffer.from(`\uFEFF${TEXT}`))).toBe("utf-8");
    expect(detectEncoding(Buffer.from(TEXT))).toBe("utf-8");
    expect(detectEncoding(Buffer.from(`\uFEFF${TEXT}`, "utf16le"))).toBe("utf-16le");
    expect(detectEncoding(Buffer.from(TEXT, "utf16le"))).toBe("utf-16le");
    expect(detectEncoding(iconv.encode(`\uFEFF${TEXT}`, "utf16be"))).toBe("utf-16be");
    expect(detectEncoding(windows1258(TEXT))).toBe("windows-1258");
  });

  it("decodes each to the same text, whatever the chunks it arrives in", () => {
    const windows = windows1258(TEXT);
    // The test's own encoder is right: Windows-1258 read back and recomposed is the text.
    expect(iconv.decode(windows, "windows1258").normalize("NFC")).toBe(TEXT);
    expect(iconv.decode(windows, "windows1258")).not.toBe(TEXT);
    for (const size of [1, 2, 3, 7, 64, 4096]) {
      expect(decodeInChunks(Buffer.from(TEXT), size), `utf-8 in chunks of ${size}`).toBe(TEXT);
      expect(decodeInChunks(Buffer.from(`\uFEFF${TEXT}`, "utf16le"), size), `utf-16le in chunks of ${size}`).toBe(TEXT);
      expect(decodeInChunks(iconv.encode(`\uFEFF${TEXT}`, "utf16be"), size), `utf-16be in chunks of ${size}`).toBe(TEXT);
      expect(decodeInChunks(windows, size), `windows-1258 in chunks of ${size}`).toBe(TEXT);
    }
  });
});
