/**
 * Fill a letter template from the short form and the chosen evidence entries. Pure: the same
 * input gives the same text. Citations come from the facts' sources (core/knowledge), so no
 * article number is typed into a template.
 */
import { RULE_FACTS, type EvidenceEntry, type RuleId } from '../evidence/types';
import { sortEntries } from '../evidence/validate';
import { t } from '../i18n';
import toolkit from '../i18n/catalogs/toolkit';
import { FACTS, SOURCES } from '../knowledge';
import { TEMPLATE_BY_ID, type FieldId, type LetterId, type Statement } from './templates';

export const MAX_FIELD = 2000;

export interface LetterInput {
  values: Partial<Record<FieldId, string>>;
  entries: readonly EvidenceEntry[];
  /** the local date the letter is dated, "YYYY-MM-DD" */
  today: string;
}

export interface Letter {
  text: string;
  /** fact ids of every statement included, in order, without repeats */
  facts: string[];
  /** required fields left empty; when any, `text` is still made, with blanks */
  missing: FieldId[];
}

const CITED_KINDS = new Set(['law', 'regulation', 'judicial', 'rule', 'standard', 'self-regulation']);

/** "《民法典》第546条；《个人信息保护法》第23条、第25条" for some facts. */
export function citation(facts: readonly string[]): string {
  const seen = new Set<string>();
  // One entry per law, its articles in first-cited order: 《个人信息保护法》第23条、第25条、第13条
  const byTitle = new Map<string, string[]>();
  for (const f of facts) {
    for (const sid of FACTS.find((x) => x.id === f)?.sources ?? []) {
      const s = SOURCES.find((x) => x.id === sid);
      if (!s || seen.has(sid) || !CITED_KINDS.has(s.kind)) continue;
      seen.add(sid);
      const list = byTitle.get(s.title['zh-CN']) ?? [];
      if (s.article) list.push(s.article['zh-CN']);
      byTitle.set(s.title['zh-CN'], list);
    }
  }
  return [...byTitle].map(([title, arts]) => title + arts.join('、')).join('；');
}

const clean = (v: string | undefined) => (v ?? '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim().slice(0, MAX_FIELD);
const show = (at: string) => at.replace('T', ' ');
const zh = (key: Parameters<typeof t<keyof (typeof toolkit)['zh-CN']>>[2], vars?: Record<string, string | number>) => t(toolkit, 'zh-CN', key, vars);

function entryLines(entries: readonly EvidenceEntry[]): string[] {
  return sortEntries(entries).map((e, i) => {
    const who = e.who ? ` · ${zh('summary.who', { who: e.who })}` : '';
    return `${i + 1}. ${show(e.at)} · ${zh(`channel.${e.channel}`)}${who}：${e.said.replace(/\n+/g, ' ')}`;
  });
}

export function fillLetter(id: LetterId, input: LetterInput): Letter {
  const tpl = TEMPLATE_BY_ID.get(id)!;
  const v = Object.fromEntries(tpl.fields.map(([f]) => [f, clean(input.values[f])])) as Record<FieldId, string>;
  const missing = tpl.fields.filter(([f, req]) => req && !v[f]).map(([f]) => f);
  // A complaint needs its facts: typed, or from the record.
  if (id === 'complaint' && !v.facts && input.entries.length === 0) missing.push('facts');
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, f: FieldId) => v[f] || '＿＿＿＿');
  const shown = (s: Statement) => (s.needs ?? []).every((f) => v[f]) && (s.unless ?? []).every((f) => !v[f]);

  const facts: string[] = [];
  const lines: string[] = [`致：${fill('{lender}')}`, '', tpl.subject, ''];
  const entries = entryLines(input.entries);
  tpl.body.forEach((s, i) => {
    if (shown(s)) {
      const cite = s.kind === 'law' ? citation(s.facts) : '';
      lines.push(fill(s.text) + (cite ? `（依据：${cite}）` : ''));
      for (const f of s.facts) if (!facts.includes(f)) facts.push(f);
    }
    if (i === tpl.rulesAfter) {
      const rules = [...new Set(input.entries.flatMap((e) => e.rules))] as RuleId[];
      if (rules.length) lines.push('五、可能违反的规定：');
      for (const r of rules) {
        lines.push(`- ${zh(`rule.${r}`)}（依据：${citation(RULE_FACTS[r])}）`);
        for (const f of RULE_FACTS[r]) if (!facts.includes(f)) facts.push(f);
      }
    }
  });
  if (entries.length) lines.push('', '附：相关记录（本人如实记录）', ...entries);
  lines.push('', '此致', '', `${fill('{name}')}`, input.today);
  return { text: lines.join('\n'), facts, missing };
}
