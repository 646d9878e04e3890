/**
 * The toolkit's legal statements as rows of the facts report (npm run -s facts:report): the
 * message check's advice, the evidence log's rule labels, the complaint deadlines and every
 * `law` / `ask` statement of each letter, each with the fact ids it restates. Letters are
 * written in Chinese in every UI, so their rows carry the Chinese text in each column.
 */
import { LOCALES, type Locale } from '../types';
import { translator } from '../i18n';
import toolkit from '../i18n/catalogs/toolkit';
import { row, type ReportRow } from '../knowledge/report';
import { ADVICE, type AdviceKey } from '../message/advice';
import { RULE_FACTS, type RuleId } from '../evidence/types';
import { DEADLINE_DAYS, DEADLINE_FACT } from './deadlines';
import { TEMPLATES } from './templates';

type Key = keyof (typeof toolkit)['en'];

/** One catalog text in the three locales. */
function txt(key: Key, vars?: Record<string, string | number>) {
  const by = (l: Locale) => translator(toolkit, l)(key, vars);
  return Object.fromEntries(LOCALES.map((l) => [l, by(l)])) as { 'zh-CN': string; 'zh-TW': string; en: string };
}

export function toolkitReportRows(): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const [key, facts] of Object.entries(ADVICE) as Array<[AdviceKey, readonly string[]]>) {
    rows.push(row(`toolkit › message check › what to do › ${key}`, txt(key), facts));
  }
  for (const [id, facts] of Object.entries(RULE_FACTS) as Array<[RuleId, readonly string[]]>) {
    rows.push(row(`toolkit › record › rule it may break › ${id}`, txt(`rule.${id}`), facts));
  }
  for (const days of DEADLINE_DAYS) {
    rows.push(row(`toolkit › letters › complaint deadline ${days} days`, txt(`letters.deadline.${days}`, { date: 'YYYY-MM-DD' }), [DEADLINE_FACT]));
  }
  rows.push(row('toolkit › letters › complaint deadlines (note)', txt('letters.deadline.note'), [DEADLINE_FACT]));
  for (const t of TEMPLATES) {
    const asked = [...new Set(t.body.filter((s) => s.kind === 'ask').flatMap((s) => s.facts))];
    rows.push(row(`toolkit › letters › ${t.id} (what it asks, UI language)`, txt(`letter.${t.id}.asks`), asked));
    t.body.forEach((s, i) => {
      if (s.kind === 'user') return;
      const zh = s.text;
      rows.push(row(`toolkit › letter ${t.id} › statement ${i + 1} (${s.kind}; Chinese in every UI)`, { 'zh-CN': zh, 'zh-TW': zh, en: zh }, s.facts));
    });
  }
  return rows;
}
