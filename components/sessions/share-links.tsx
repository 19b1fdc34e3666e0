"use client";

import { useState } from "react";

/** Share links that work without scripts, plus a copy button where the clipboard is available. */
export function ShareLinks({ url, title, labels }: { url: string; title: string; labels: { share: string; shareFacebook: string; shareZalo: string; copyLink: string; copied: string } }) {
  const [copied, setCopied] = useState(false);
  const link = "rounded-md border border-stone-300 bg-white px-3 py-2 text-sm hover:bg-stone-100";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <a className={link} href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`} target="_blank" rel="noopener">
        {labels.shareFacebook}
      </a>
      <a className={link} href={`https://zalo.me/share?url=${encodeURIComponent(url)}&title=${encodeURIComponent(title)}`} target="_blank" rel="noopener">
        {labels.shareZalo}
      </a>
      <button
        type="button"
        className={link}
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => setCopied(true));
        }}
      >
        {copied ? labels.copied : labels.copyLink}
      </button>
    </div>
  );
}
