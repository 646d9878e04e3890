/** Turn parseSettings' field paths ("kinds.scam", "mutedSites[2]") into words for the user. */
import { translator } from '../../core/i18n';
import common from '../../core/i18n/catalogs/common';
import options from '../../core/i18n/catalogs/options';
import { MAX_MUTED_SITES } from '../../core/settings';
import type { Locale } from '../../core/types';
import { FLAGGED_KINDS } from '../../core/types';

export function problemLabel(path: string, locale: Locale): string {
  const o = translator(options, locale);
  const c = translator(common, locale);
  const entry = /^mutedSites\[(\d+)\](\.since)?$/.exec(path);
  if (entry) return o(entry[2] ? 'field.entrySince' : 'field.entry', { n: Number(entry[1]) + 1 });
  if (path === 'mutedSites.limit') return o('field.mutedSitesLimit', { max: MAX_MUTED_SITES });
  const kind = /^kinds\.(.+)$/.exec(path);
  if (kind) {
    const k = kind[1]!;
    const name = (FLAGGED_KINDS as readonly string[]).includes(k) ? c(`kind.${k as 'lender'}`) : k;
    return `${o('field.kinds')} (${name})`;
  }
  switch (path) {
    case 'language':
    case 'sensitivity':
    case 'overlay':
    case 'inlineTips':
    case 'lenderBadgeOnly':
    case 'kinds':
    case 'mutedSites':
      return o(`field.${path}`);
    default:
      return o('field.other', { name: path });
  }
}

export function problemList(paths: readonly string[], locale: Locale): string {
  const sep = locale === 'en' ? ', ' : '、';
  return paths.map((p) => problemLabel(p, locale)).join(sep);
}
