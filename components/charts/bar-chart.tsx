/**
 * A small server-rendered SVG bar chart. It is decorative for screen readers (the table next to
 * it carries the same figures); each bar has a <title> for pointer users.
 */
export function BarChart({ bars, label }: { bars: { label: string; value: number; title: string }[]; label: string }) {
  const width = 640;
  const height = 200;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.min(64, Math.max(4, slot * 0.7));
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-3">
      <svg viewBox={`0 0 ${width} ${height + 24}`} className="h-auto w-full" aria-hidden="true" focusable="false">
        <line x1="0" y1={height} x2={width} y2={height} stroke="#d6d3d1" />
        {bars.map((b, i) => {
          const h = (b.value / max) * (height - 8);
          const x = i * slot + (slot - barWidth) / 2;
          return (
            <g key={`${b.label}-${i}`}>
              <rect x={x} y={height - h} width={barWidth} height={h} rx="3" fill="#1f7a35">
                <title>{b.title}</title>
              </rect>
              <text x={x + barWidth / 2} y={height + 16} textAnchor="middle" fontSize="11" fill="#57534e">
                {b.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-stone-600">{label}</figcaption>
    </figure>
  );
}
