/**
 * Tip texts for the overlay: tipInfo() without the rest of the knowledge base. The table is
 * generated from the knowledge base (scripts/gen/knowledge.ts) and a test keeps it in sync, so
 * the facts and sources stay the single place to edit.
 */
import type { Locale, TipId } from '../types';
import type { TipInfo } from './index';
import { TIP_INFO } from './tips.generated';

export function tipText(id: TipId, locale: Locale): TipInfo {
  return TIP_INFO[id]?.[locale] ?? { title: id, body: '', sources: [], confidence: 'low' };
}
