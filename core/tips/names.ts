import type { Locale } from '../types';
import { TIPS, type TipId } from './index';

/** The tips' names in one locale, as i18n messages keyed `tip.<id>` (the overlay catalog spreads them). */
export function tipNames(locale: Locale): Record<`tip.${TipId}`, string> {
  return Object.fromEntries(TIPS.map((t) => [`tip.${t.id}`, t.names[locale]])) as Record<`tip.${TipId}`, string>;
}
