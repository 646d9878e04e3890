/**
 * The knowledge API used by the overlay (tipInfo) and the popup (sections).
 * Data lives in ./facts, ./sources and ./sections; zh-TW is generated (./zh-TW.generated.ts).
 */
import type { Locale, TipId } from '../types';
import { FACT_BY_ID, FACTS, REVIEWED_ON } from './facts';
import { L } from './localize';
import { DEDUCTIONS, HELP_LINES, LPR, MYTHS, NOT_TRUE, RATE_LINES, RIGHTS, TIMELINE, TIPS } from './sections';
import { SOURCE_BY_ID, SOURCES } from './sources';
import type { Confidence, Fact, HelpLine, Item, Myth, RateLine, Source, SourceKind } from './types';

export { REVIEWED_ON, FACTS, SOURCES, RIGHTS, TIMELINE, NOT_TRUE, DEDUCTIONS, HELP_LINES, MYTHS, RATE_LINES, TIPS, LPR };
export { L } from './localize';
export type * from './types';

export interface SourceView {
  title: string;
  article?: string;
  url?: string;
  kind: SourceKind;
}

export interface TipInfo {
  title: string;
  body: string;
  sources: SourceView[];
  /** the lowest confidence among its facts: medium or low shows a one-line note */
  confidence: Confidence;
}

export interface ItemView {
  id: string;
  title: string;
  /** the facts' texts, in order */
  body: string[];
  sources: SourceView[];
  /** the lowest confidence among its facts */
  confidence: Confidence;
  /** "as of" dates of dated facts, if any */
  asOf: string[];
  /** the subset of `asOf` past its review period (the value may have changed since) */
  stale: string[];
}

export interface MythView extends ItemView {
  myth: string;
}

export interface HelpLineView extends ItemView {
  number: string;
  kind: HelpLine['kind'];
  use: string;
}

export interface RateLineView extends ItemView {
  percent: number;
  appliesTo: string;
  lineAsOf?: string;
}

const RANK: Record<Confidence, number> = { high: 3, 'medium-high': 2, medium: 1, low: 0 };

export function sourceView(s: Source, locale: Locale): SourceView {
  return {
    title: L(s.title, locale),
    kind: s.kind,
    ...(s.article ? { article: L(s.article, locale) } : {}),
    ...(s.url ? { url: s.url } : {}),
  };
}

/** The distinct sources of some facts, in first-seen order. Unknown ids are skipped (a test forbids them). */
export function sourcesOf(factIds: readonly string[], locale: Locale): SourceView[] {
  const seen = new Set<string>();
  const out: SourceView[] = [];
  for (const fid of factIds) {
    for (const sid of FACT_BY_ID.get(fid)?.sources ?? []) {
      if (seen.has(sid)) continue;
      seen.add(sid);
      const s = SOURCE_BY_ID.get(sid);
      if (s) out.push(sourceView(s, locale));
    }
  }
  return out;
}

export function factText(id: string, locale: Locale): string {
  const fact = FACT_BY_ID.get(id);
  return fact ? L(fact.text, locale) : '';
}

function lowest(facts: readonly Fact[]): Confidence {
  return facts.reduce<Confidence>((c, f) => (RANK[f.confidence] < RANK[c] ? f.confidence : c), 'high');
}

/** A dated fact with a review period is stale once `now` is past asOf + reviewMonths. */
export function isStale(f: Fact, now: Date): boolean {
  if (!f.asOf || !f.reviewMonths) return false;
  const d = new Date(`${f.asOf}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + f.reviewMonths);
  return !(now.getTime() <= d.getTime());
}

let clock: () => Date = () => new Date();
/** Tests fix "today" for the stale-date notes. */
export function setClock(now: () => Date): void {
  clock = now;
}

function view(id: string, title: string, factIds: readonly string[], locale: Locale): ItemView {
  const facts = factIds.map((f) => FACT_BY_ID.get(f)).filter((f) => f !== undefined);
  const confidence = lowest(facts);
  const now = clock();
  return {
    id,
    title,
    body: facts.map((f) => L(f.text, locale)),
    sources: sourcesOf(factIds, locale),
    confidence,
    asOf: facts.flatMap((f) => (f.asOf ? [f.asOf] : [])),
    stale: facts.flatMap((f) => (f.asOf && isStale(f, now) ? [f.asOf] : [])),
  };
}

export const itemView = (it: Item, locale: Locale): ItemView => view(it.id, L(it.title, locale), it.facts, locale);

export const mythView = (m: Myth, locale: Locale): MythView => ({
  ...view(m.id, L(m.myth, locale), m.facts, locale),
  myth: L(m.myth, locale),
});

export const helpLineView = (h: HelpLine, locale: Locale): HelpLineView => ({
  ...view(h.id, L(h.name, locale), h.facts, locale),
  number: h.number,
  kind: h.kind,
  use: L(h.use, locale),
});

export const rateLineView = (r: RateLine, locale: Locale): RateLineView => ({
  ...view(r.id, L(r.title, locale), r.facts, locale),
  percent: r.percent,
  appliesTo: L(r.appliesTo, locale),
  ...(r.asOf ? { lineAsOf: r.asOf } : {}),
});

/** Everything the popup shows, for one locale. */
export function sections(locale: Locale) {
  return {
    rights: RIGHTS.map((x) => itemView(x, locale)),
    timeline: TIMELINE.map((x) => itemView(x, locale)),
    notTrue: NOT_TRUE.map((x) => itemView(x, locale)),
    deductions: DEDUCTIONS.map((x) => itemView(x, locale)),
    help: HELP_LINES.map((x) => helpLineView(x, locale)),
    myths: MYTHS.map((x) => mythView(x, locale)),
    rateLines: RATE_LINES.map((x) => rateLineView(x, locale)),
  };
}
export type Sections = ReturnType<typeof sections>;

/** The explanation of a tip for the overlay: a title, one or two sentences, and its sources. */
export function tipInfo(id: TipId, locale: Locale): TipInfo {
  const tip = TIPS[id];
  if (!tip) return { title: id, body: '', sources: [], confidence: 'low' };
  const facts = tip.facts.map((f) => FACT_BY_ID.get(f)).filter((f) => f !== undefined);
  return { title: L(tip.title, locale), body: L(tip.body, locale), sources: sourcesOf(tip.facts, locale), confidence: lowest(facts) };
}
