/**
 * Every statement the extension can show, with where it appears, its fact ids, sources,
 * confidence and review date, in all three locales: the rows of `npm run -s facts:report`
 * (a lawyer's review sheet) and of the test that no shown legal sentence lacks a fact.
 * Node and extension alike (pure data); the HTML is written by scripts/facts-report.ts.
 */
import type { Locale, TipId } from '../types';
import { LOCALES } from '../types';
import { RATE_TEXT, type RateTextKey } from '../rates/text';
import { FACTS, FACT_BY_ID, REVIEWED_ON } from './facts';
import { L } from './localize';
import { DEDUCTIONS, HELP_LINES, MYTHS, NOT_TRUE, RATE_LINES, RIGHTS, TIMELINE, TIPS } from './sections';
import { SOURCE_BY_ID } from './sources';
import type { Confidence, Txt } from './types';

/**
 * The rate sentences (core/rates/text.ts) and the facts behind each. `null`: a message about the
 * input or the arithmetic itself, not a legal statement.
 */
export const RATE_TEXT_FACTS: Record<RateTextKey, string[] | null> = {
  simple: ['E7'],
  compounded: ['E7'],
  irr: ['E8', 'E1'],
  headline: ['E8'],
  assumedPeriods: null,
  annual: ['E1'],
  above24: ['E4', 'E5', 'E6', 'B3'],
  below24: ['E4', 'B3'],
  above36: ['E10', 'F2', 'F10'],
  above4lpr: ['E2', 'E3'],
  within4lpr: ['E2', 'E3'],
  lprStale: ['E3'],
  dailyTooHigh: ['E7'],
  readDaily: null,
  readMonthly: null,
  onContract: ['E8', 'E9'],
  onReceived: ['E9', 'E1'],
  upfront: ['E11'],
  receivedAboveContract: null,
  invalid: null,
  tooManyPeriods: null,
  noSolution: null,
  received: ['E9'],
};

export interface ReportRow {
  /** where the statement appears, e.g. "popup › rights › payment-order (title)" */
  where: string;
  factIds: string[];
  /** "title article" of each distinct source of those facts */
  sources: string[];
  /** the lowest confidence among the facts (none: no facts) */
  confidence: Confidence | 'none';
  /** the facts' review date, and the as-of dates of dated values */
  reviewed: string;
  asOf: string[];
  text: Record<Locale, string>;
}

const RANK: Record<Confidence, number> = { high: 3, 'medium-high': 2, medium: 1, low: 0 };

export function row(where: string, txt: Txt, factIds: readonly string[]): ReportRow {
  const facts = factIds.map((id) => FACT_BY_ID.get(id)).filter((f) => f !== undefined);
  const seen = new Set<string>();
  const sources: string[] = [];
  for (const f of facts) {
    for (const sid of f.sources) {
      if (seen.has(sid)) continue;
      seen.add(sid);
      const s = SOURCE_BY_ID.get(sid);
      if (s) sources.push(LOCALES.map((l) => [L(s.title, l), s.article ? L(s.article, l) : ''].join(' ').trim()).join(' ‖ '));
    }
  }
  const confidence = facts.length
    ? facts.reduce<Confidence>((c, f) => (RANK[f.confidence] < RANK[c] ? f.confidence : c), 'high')
    : 'none';
  const text = Object.fromEntries(LOCALES.map((l) => [l, L(txt, l)])) as Record<Locale, string>;
  return {
    where,
    factIds: [...factIds],
    sources,
    confidence,
    reviewed: facts.length ? REVIEWED_ON : '',
    asOf: facts.flatMap((f) => (f.asOf ? [f.asOf] : [])),
    text,
  };
}

/** Every shown statement: item and tip titles and bodies, each fact in each place, rate sentences. */
export function reportRows(): ReportRow[] {
  const rows: ReportRow[] = [];
  const places = new Map<string, string[]>();
  const note = (id: string, where: string) => places.set(id, [...(places.get(id) ?? []), where]);

  const lists: Array<[string, Array<{ id: string; title?: Txt; myth?: Txt; name?: Txt; use?: Txt; appliesTo?: Txt; facts: string[] }>]> = [
    ['popup › overdue timeline', TIMELINE],
    ['popup › not true', NOT_TRUE],
    ['popup › rights', RIGHTS],
    ['popup › deductions', DEDUCTIONS],
    ['popup › help lines', HELP_LINES],
    ['popup › myths', MYTHS],
    ['popup › rate lines', RATE_LINES],
  ];
  for (const [where, list] of lists) {
    for (const it of list) {
      const heading = it.title ?? it.myth ?? it.name;
      if (heading) rows.push(row(`${where} › ${it.id} (${it.myth ? 'myth' : 'title'})`, heading, it.facts));
      if (it.use) rows.push(row(`${where} › ${it.id} (use)`, it.use, it.facts));
      if (it.appliesTo) rows.push(row(`${where} › ${it.id} (applies to)`, it.appliesTo, it.facts));
      for (const f of it.facts) note(f, `${where} › ${it.id}`);
    }
  }
  for (const [id, tip] of Object.entries(TIPS) as Array<[TipId, (typeof TIPS)[TipId]]>) {
    rows.push(row(`overlay tip card › ${id} (title)`, tip.title, tip.facts));
    rows.push(row(`overlay tip card › ${id} (body)`, tip.body, tip.facts));
  }
  for (const [key, facts] of Object.entries(RATE_TEXT_FACTS) as Array<[RateTextKey, string[] | null]>) {
    if (facts) rows.push(row(`rate result (popup calculator, overlay rate card) › ${key}`, RATE_TEXT[key], facts));
  }
  for (const f of FACTS) {
    const where = places.get(f.id);
    if (where) rows.push(row(`fact ${f.id} › shown in: ${where.join('; ')}`, f.text, [f.id]));
  }
  return rows;
}

/** Facts no item, myth, help line or tip shows (kept for reference; the report lists them apart). */
export function unshownFacts(): string[] {
  const shown = new Set(
    [RIGHTS, TIMELINE, NOT_TRUE, DEDUCTIONS, HELP_LINES, MYTHS, RATE_LINES, Object.values(TIPS)].flatMap((l) => l.flatMap((x) => x.facts)),
  );
  for (const f of Object.values(RATE_TEXT_FACTS)) for (const id of f ?? []) shown.add(id);
  return FACTS.filter((f) => !shown.has(f.id)).map((f) => f.id);
}
