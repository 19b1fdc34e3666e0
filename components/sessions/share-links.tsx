/**
 * Share links that work without scripts; the copy button shows only where the islands' script
 * finds a clipboard (lib/islands/share.ts).
 */
export function ShareLinks({ url, title, labels }: { url: string; title: string; labels: { share: string; shareFacebook: string; shareZalo: string; copyLink: string; copied: string } }) {
  const link = "rounded-md border border-stone-300 bg-white px-3 py-2 text-sm hover:bg-stone-100";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <a className={link} href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`} target="_blank" rel="noopener">
        {labels.shareFacebook}
      </a>
      <a className={link} href={`https://zalo.me/share?url=${encodeURIComponent(url)}&title=${encodeURIComponent(title)}`} target="_blank" rel="noopener">
        {labels.shareZalo}
      </a>
      <button type="button" className={link} hidden data-copy-link={url} data-copied={labels.copied}>
        {labels.copyLink}
      </button>
    </div>
  );
}
