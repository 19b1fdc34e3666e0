/**
 * Fills "{name}" placeholders; "{name|one|other}" picks a word by the value — the first when it is
 * exactly 1, the second otherwise ("{count} {count|session|sessions}"). English needs it; Vietnamese
 * nouns do not change. Its own module: client components import it without the dictionaries.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (match, key: string, one?: string, other?: string) => {
    if (!(key in values)) return match;
    if (one === undefined) return String(values[key]);
    return String(values[key]).trim() === "1" ? one : other!;
  });
}
