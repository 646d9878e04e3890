/**
 * Fill a message's `{name}` placeholders and `{n|one|other}` plurals. A module of its own so
 * the overlay's first script, which gets its messages already looked up (no catalogs), can
 * fill in what only the page knows (how many marks it painted).
 */
export function fill(raw: string, vars: Record<string, string | number>): string {
  return raw
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (m, name: string, one: string, other: string) =>
      name in vars ? (Number(vars[name]) === 1 ? one : other) : m,
    )
    .replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
