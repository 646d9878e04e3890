/** Knowledge base (its generated tip table, core/knowledge/tips.ts) + rates → what a tip card shows, in one locale. */
import { translator } from '../../core/i18n';
import overlayCatalog from '../../core/i18n/catalogs/overlay';
import { tipText } from '../../core/knowledge/tips';
import { aprFromClaim, describeRate } from '../../core/rates';
import type { Locale, RateClaim, TipId } from '../../core/types';
import type { TipView } from './types';

export function tipView(id: TipId, locale: Locale, rate?: RateClaim): TipView {
  const info = tipText(id, locale);
  const tr = translator(overlayCatalog, locale);
  const view: TipView = {
    id,
    name: tr(`tip.${id}`),
    title: info.title,
    body: info.body,
    sources: info.sources.map((s) => ({
      label: s.article ? `${s.title} ${s.article}` : s.title,
      ...(s.url ? { url: s.url } : {}),
    })),
  };
  if (rate) {
    const lines = describeRate(aprFromClaim(rate), locale);
    if (lines.length) view.rateLines = lines;
  }
  return view;
}
