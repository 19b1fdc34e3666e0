/**
 * A small server-rendered SVG bar chart with its labels as text below it. It is decorative for
 * screen readers (the table next to it carries the same figures); each bar has a <title> for
 * pointer users.
 */
export function BarChart({ bars, label }: { bars: { label: string; value: number; title: string }[]; label: string }) {
  const width = 640;
  const height = 200;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.min(64, Math.max(4, slot * 0.7));
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-3">
      <svg viewBox={`0 0 ${width} ${height + 2}`} className="h-auto w-full" aria-hidden="true" focusable="false">
        <line x1="0" y1={height} x2={width} y2={height} stroke="#d6d3d1" />
        {bars.map((b, i) => {
          const h = (b.value / max) * (height - 8);
          const x = i * slot + (slot - barWidth) / 2;
          return (
            <g key={`${b.label}-${i}`}>
              <rect x={x} y={height - h} width={barWidth} height={h} rx="3" fill="#1f7a35">
                <title>{b.title}</title>
              </rect>
            </g>
          );
        })}
      </svg>
      {/* The bars' labels as text of the page's size (inside the SVG they shrank with it, to 5 px on
          a phone), one column per bar; with many bars, every other label on a phone. */}
      <div className="grid text-center text-xs text-stone-600" style={{ gridTemplateColumns: `repeat(${Math.max(1, bars.length)}, minmax(0, 1fr))` }} aria-hidden="true">
        {bars.map((b, i) => (
          <span key={`${b.label}-${i}`} className={`truncate ${bars.length > 8 && i % 2 === 1 ? "max-sm:invisible" : ""}`}>
            {b.label}
          </span>
        ))}
      </div>
      <figcaption className="mt-1 text-sm text-stone-600">{label}</figcaption>
    </figure>
  );
}
