import iconv from "iconv-lite";

/** Windows-1258 as Vietnamese Excel writes it: â ê ô ơ ư ă đ precomposed, tones as combining marks. */
export function windows1258(text: string): Buffer {
  const decomposed = text.normalize("NFD").replace(/(\p{L})(\p{M}+)/gu, (_, base: string, marks: string) => {
    const modifiers = [...marks].filter((m) => /[\u0302\u0306\u031B]/.test(m)).join("");
    const tones = [...marks].filter((m) => !/[\u0302\u0306\u031B]/.test(m)).join("");
    return (base + modifiers).normalize("NFC") + tones;
  });
  return iconv.encode(decomposed, "windows1258");
}

