/** Knowledge base (its generated tip table, core/knowledge/tips.ts) + rates → what a tip card shows, in one locale. */
import { translator } from '../../core/i18n';
import overlayCatalog from '../../core/i18n/catalogs/overlay';
import { tipText } from '../../core/knowledge/tips';
import { aprFromClaim, describeRate } from '../../core/rates';
import type { Locale, RateClaim, Tip, TipId } from '../../core/types';
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
  // the rate lines' 24 % sentences rest on medium-confidence facts (E4–E6)
  if (info.confidence === 'medium' || info.confidence === 'low' || rate) view.note = tr('card.confidence');
  return view;
}

export interface CardLabels {
  card: string;
  quote: string;
  sources: string;
  sourceSep: string;
  close: string;
  disclaimer: string;
}

/**
 * A tip card's content for one claim on the page: its own rate (a rate card is built from its
 * own claim, issue 11) and its quote, which is page text — rendered as text only.
 */
export function tipCard(tip: Tip, locale: Locale): { view: TipView; labels: CardLabels } {
  const view = tipView(tip.id, locale, tip.rate);
  const tr = translator(overlayCatalog, locale);
  return {
    view,
    labels: {
      card: tr('card.label', { name: view.name }),
      quote: tr('card.quote', { text: tip.text }),
      sources: tr('card.sources'),
      sourceSep: tr('card.sourceSep'),
      close: tr('card.close'),
      disclaimer: tr('disclaimer'),
    },
  };
}
