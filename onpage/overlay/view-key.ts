import type { Verdict } from '../../core/types';

/**
 * What an overlay view (view.ts) depends on in a verdict: its kind, level, stance, place and
 * claims. The overlay asks for a new view when this changes (a re-check after an SPA
 * navigation); kept apart from view.ts so the overlay's first script does not carry the
 * catalogs that one imports.
 */
export function verdictKey(v: Verdict | null): string {
  if (!v || v.kind === 'none') return '';
  const stance = (v as { stance?: string }).stance ?? '';
  return [v.kind, v.level, stance, v.jurisdiction ?? '', ...v.tips.map((t) => `${t.id}@${t.start}`)].join('|');
}
