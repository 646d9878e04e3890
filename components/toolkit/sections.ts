/** The toolkit page's sections; each is also the URL hash that opens it (toolkit.html#record). */
export const SECTIONS = ['check', 'record', 'letters', 'calc'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** "#record" → 'record'; anything else → the first section. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : 'check';
}
