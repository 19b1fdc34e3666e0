/** Fills "{name}" placeholders. Its own module: client components import it without the dictionaries. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
