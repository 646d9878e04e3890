/**
 * The content script's pre-gate must never hide a page the engine's gate would pass
 * (superset), and should reject most ordinary pages (else it is useless).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { gate, listedLenderHosts } from '../../core/detect';
import { foldChar, isSkip } from '../../core/text';
import { RULE_EXAMPLES } from '../../core/detect/rules.examples';
import { candidates, DEFER, preGate, pregateFlags, pregateFold, quickFold } from '../../utils/pregate';
import { gateCues, pregateTablesFile } from '../../utils/pregate-gen';

const SHARED = path.resolve(__dirname, '../../../shared/corpus');
const dev = fs
  .readFileSync(path.join(SHARED, 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; url: string; label: string; text: string });
const seeds = fs.readdirSync(path.join(SHARED, 'seeds')).map((f) => fs.readFileSync(path.join(SHARED, 'seeds', f), 'utf8'));

describe('preGate ⊇ gate', () => {
  test('every dev-corpus page (with and without its URL, title = first line)', () => {
    for (const p of dev) {
      const [title, ...rest] = p.text.split('\n');
      for (const input of [
        { url: p.url, title, text: rest.join('\n') },
        { title: '', text: p.text },
        { url: p.url, title: '', text: '' },
      ]) {
        if (gate(input)) expect(preGate(input), p.id).toBe(true);
      }
    }
  });

  test('every seed, every rule example and counter-example', () => {
    const snippets = [...seeds, ...Object.values(RULE_EXAMPLES).flatMap((r) => [...r.examples, ...r.counterExamples])];
    expect(snippets.length).toBeGreaterThan(100);
    for (const s of snippets) {
      for (const input of [{ text: s }, { title: s.slice(0, 60), text: '' }]) {
        if (gate(input)) expect(preGate(input), s.slice(0, 40)).toBe(true);
      }
    }
  });

  test('disguised text: traditional, pinyin annotations, zero-width, case, full-width', () => {
    for (const text of ['網貸逾期怎麼辦', '貸(dài)款逾(yú)期', '催\u200b收', 'Personal LOAN rates', 'ｌｏａｎ', '⾦融']) {
      if (gate({ text })) expect(preGate({ text }), text).toBe(true);
    }
    expect(gate({ text: '貸(dài)款' })).toBe(true);
    expect(preGate({ text: '貸(dài)款' })).toBe(true);
  });
});

describe('preGate is worth having', () => {
  test('rejects most ordinary pages of the dev corpus', () => {
    const none = dev.filter((p) => p.label === 'none' && p.text.length >= 40);
    const rejected = none.filter((p) => !preGate({ url: p.url, title: '', text: p.text }));
    // the hard negatives are about debts/fees, so they pass; ordinary pages must not
    expect(rejected.length / none.length).toBeGreaterThan(0.25);
    expect(preGate({ url: 'https://example.org/', title: '湖边的一天', text: '清晨的湖面上飘着薄雾，孩子们在草地上放风筝。' })).toBe(false);
  });
});

describe('preGate folds as the engine does', () => {
  test('every BMP code unit a cue can contain folds to the engine’s foldChar (or the text is deferred)', () => {
    const cueChars = new Set<number>();
    for (const cue of gateCues()) for (const ch of cue) cueChars.add(foldChar(ch.charCodeAt(0)));
    let checked = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (isSkip(c) || DEFER.test(String.fromCharCode(c))) continue;
      const engine = foldChar(c);
      if (!cueChars.has(engine)) continue;
      expect(pregateFold(c), `U+${c.toString(16)}`).toBe(engine);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  test('a character the engine folds through NFKC (DEFER) hands title or text to the engine', () => {
    for (const c of [0x2e80, 0x2fdf, 0xf900, 0xfaff, 0xfe50, 0xfe6f, 0xff5f, 0xffee]) {
      const ch = String.fromCharCode(c);
      expect(DEFER.test(ch)).toBe(true);
      expect(preGate({ title: '', text: `湖边的一天${ch}清晨` }), `U+${c.toString(16)} in text`).toBe(true);
      expect(preGate({ title: `${ch}湖边`, text: '清晨的湖面上飘着薄雾。' }), `U+${c.toString(16)} in title`).toBe(true);
    }
    // just outside the ranges: an ordinary character
    for (const c of [0x2e7f, 0x2fe0, 0xf8ff, 0xfb00, 0xfe4f, 0xfe70, 0xffef]) {
      expect(preGate({ title: '', text: `湖边的一天${String.fromCharCode(c)}清晨` }), `U+${c.toString(16)}`).toBe(false);
    }
  });

  test('lender hosts are read as the engine reads them (user@, port, case)', () => {
    const host = listedLenderHosts()[0]!.host;
    for (const url of [`https://${host}/`, `https://user@${host.toUpperCase()}:8443/x?y#z`, `http://${host}`]) {
      expect(gate({ url, title: '', text: '' }), url).toBe(true);
      expect(preGate({ url, title: '', text: '' }), url).toBe(true);
    }
  });

  test('English cues count on word boundaries only, as in the engine ("apr" is not in "April")', () => {
    const ordinary = 'In April we hiked past the festival grounds; the calendar was full and the apricots were ripe.';
    expect(gate({ text: ordinary })).toBe(false);
    expect(preGate({ text: ordinary })).toBe(false);
    for (const text of ['Compare personal loans today.', 'What APR will I pay?', 'Loan: apply now', 'debt.']) {
      expect(gate({ text }), text).toBe(true);
      expect(preGate({ text }), text).toBe(true);
    }
  });

  test('random text around cue fragments, disguised: preGate ⊇ gate', () => {
    const cues = gateCues();
    const noise = ['的', '一', '大', '，', '\u3000', ' ', '(wèn)', '（dǎo）', '\u200b', 'A', 'ａ', '－', '\n', 's', 'S', '1', '.'];
    const disguise = (s: string, how: number) =>
      [...s]
        .map((ch, i) => {
          const c = ch.charCodeAt(0);
          if (how === 1 && c >= 0x61 && c <= 0x7a) return String.fromCharCode(c - 0x20 + 0xfee0); // full-width upper
          if (how === 2 && c >= 0x21 && c <= 0x7e) return String.fromCharCode(c + 0xfee0); // full-width
          if (how === 3 && i > 0) return '\u200b' + ch;
          if (how === 4 && i === 0) return ch + '(dài)';
          return ch;
        })
        .join('');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...cues), fc.constantFrom(...noise)), { maxLength: 12 }),
        fc.integer({ min: 0, max: 4 }),
        (parts, how) => {
          const text = parts.map((p) => disguise(p, how)).join('');
          if (gate({ text })) expect(preGate({ text }), text).toBe(true);
          if (gate({ title: text, text: '' })) expect(preGate({ title: text, text: '' }), text).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 4242 },
    );
  });
});

describe('pre-generated candidate RegExp', () => {
  test('regenerating gives the checked-in file (npm run gen)', () => {
    const onDisk = fs.readFileSync(path.resolve(__dirname, '../../utils/pregate-tables.generated.ts'), 'utf8');
    expect(onDisk).toBe(pregateTablesFile());
  });

  test('it matches wherever the flags tables allow a cue (every pair of code-unit classes)', () => {
    // The RegExp is `[single]|[first](?=[next])`: check each class against the tables for all
    // 65,536 code units, so every position the per-character loop would compare is a match.
    const { flags, SINGLE, FIRST, NEXT } = pregateFlags();
    const re = candidates();
    const probe = (s: string) => {
      re.lastIndex = 0;
      const m = re.exec(s);
      return m !== null && m.index === 0;
    };
    let n = 0;
    const next = String.fromCharCode(flags.findIndex((f) => (f & NEXT) !== 0));
    const first = String.fromCharCode(flags.findIndex((f) => (f & FIRST) !== 0 && (f & SINGLE) === 0));
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (flags[c]! & SINGLE) expect(probe(ch), `single U+${c.toString(16)}`).toBe(true);
      if (flags[c]! & FIRST) expect(probe(ch + next), `first U+${c.toString(16)}`).toBe(true);
      if (flags[c]! & NEXT) expect(probe(first + ch), `next U+${c.toString(16)}`).toBe(true);
      if (flags[c]) n++;
    }
    expect(n).toBeGreaterThan(300);
  });

  test('the table-free fold used to rule out pairs is the tables’ fold, for all 65,536 code units', () => {
    for (let c = 0; c < 0x10000; c++) if (quickFold(c) !== pregateFold(c)) expect(quickFold(c), `U+${c.toString(16)}`).toBe(pregateFold(c));
  });
});
