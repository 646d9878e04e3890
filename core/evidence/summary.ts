/**
 * The printable, dated summary of the evidence log: plain text a person can attach to a
 * complaint (to the lender, 12378, the police). It lists what the user recorded and nothing else.
 */
import type { Locale } from '../types';
import { RULE_FACTS, type Channel, type EvidenceEntry, type RuleId } from './types';
import { sortEntries } from './validate';
import { translator } from '../i18n';
import toolkit from '../i18n/catalogs/toolkit';

export interface SummaryCounts {
  total: number;
  byChannel: Partial<Record<EvidenceEntry['channel'], number>>;
  byRule: Partial<Record<keyof typeof RULE_FACTS, number>>;
  first?: string;
  last?: string;
}

export function countEntries(entries: readonly EvidenceEntry[]): SummaryCounts {
  const sorted = sortEntries(entries);
  const c: SummaryCounts = { total: sorted.length, byChannel: {}, byRule: {} };
  for (const e of sorted) {
    c.byChannel[e.channel] = (c.byChannel[e.channel] ?? 0) + 1;
    for (const r of e.rules) c.byRule[r] = (c.byRule[r] ?? 0) + 1;
  }
  if (sorted.length) {
    c.first = sorted[0]!.at;
    c.last = sorted[sorted.length - 1]!.at;
  }
  return c;
}

const show = (at: string) => at.replace('T', ' ');

/** The summary as plain text; `today` is the local date "YYYY-MM-DD" it is made on. */
export function summaryText(entries: readonly EvidenceEntry[], locale: Locale, today: string, owner = ''): string {
  const tr = translator(toolkit, locale);
  const sep = tr('list.sep');
  const c = countEntries(entries);
  const lines: string[] = [tr('summary.title'), tr('summary.made', { date: today })];
  if (owner.trim()) lines.push(tr('summary.owner', { name: owner.trim() }));
  lines.push(tr('summary.count', { n: c.total }));
  if (c.first && c.last) lines.push(tr('summary.period', { from: show(c.first), to: show(c.last) }));
  const byCh = Object.entries(c.byChannel).map(([k, n]) => `${tr(`channel.${k as Channel}`)} ${n}`);
  if (byCh.length) lines.push(tr('summary.byChannel', { list: byCh.join(sep) }));
  const byRule = Object.entries(c.byRule).map(([k, n]) => `${tr(`rule.${k as RuleId}`)} ${n}`);
  if (byRule.length) lines.push(tr('summary.byRule', { list: byRule.join(sep) }));
  lines.push('');
  sortEntries(entries).forEach((e, i) => {
    const who = e.who ? ` · ${tr('summary.who', { who: e.who })}` : '';
    lines.push(`${i + 1}. ${show(e.at)} · ${tr(`channel.${e.channel}`)}${who}`);
    for (const l of e.said.split('\n')) lines.push(`   ${l}`);
    if (e.rules.length) lines.push(`   ${tr('summary.rules', { list: e.rules.map((r) => tr(`rule.${r}`)).join(sep) })}`);
    if (e.screenshots.length) lines.push(`   ${tr('summary.shots', { n: e.screenshots.length })}`);
    lines.push('');
  });
  lines.push(tr('summary.note'));
  return lines.join('\n');
}
