/** A labelled select for GET filter forms (no JavaScript needed). */
export function FilterSelect({
  name,
  label,
  value,
  options,
  allLabel,
}: {
  name: string;
  label: string;
  value?: string | number;
  options: { value: string | number; label: string }[];
  allLabel: string;
}) {
  return (
    <label className="block min-w-0 text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value === undefined ? "" : String(value)} className="mt-1 block w-full min-w-0 rounded-md border border-stone-300 bg-white px-2 py-2">
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
