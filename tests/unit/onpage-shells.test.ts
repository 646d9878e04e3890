/**
 * Read the page, not its furniture (issue 13), measured in Node: corpus pages inside realistic
 * page shells (tests/fixtures/shells.ts), reduced to text with the scan tool's sampling (the
 * sampler the extension ships, under happy-dom) and classified by the engine.
 * - ordinary pages ('none', bare verdict none) stay unflagged with a sidebar loan ad, a 停息挂账
 *   ad, an ad slot in the article, "相关文章" links to overdue articles or a comment thread;
 * - flagged pages keep their verdict inside the same shells;
 * - and the furniture is loud enough to matter: read as page text, it flags most ordinary pages.
 */
import { describe, expect, test } from 'vitest';
import { classify } from '../../core/detect';
import { htmlToInput } from '../../scripts/scan';
import { ALL_FURNITURE, furnitureText, readCorpus, shell, type Furniture, type Layout } from '../fixtures/shells';

const corpus = readCorpus();
const titleOf = (text: string) => text.split('\n').find((l) => l.trim())!.trim();
const bare = (text: string, url?: string) => classify({ url, title: titleOf(text), text }).kind;
const inShell = (text: string, f: readonly Furniture[], layout: Layout, url?: string) =>
  classify(htmlToInput(shell(text, f, layout), url)).kind;

// Articles: ordinary pages long enough to be an article (the shortest are SEO tag pages: a title).
const ordinary = corpus.filter((r) => r.label === 'none' && r.text.length >= 300 && bare(r.text, r.url) === 'none');
const flagged = corpus.filter((r) => r.label !== 'none' && r.text.length >= 300 && bare(r.text, r.url) === r.label);

const CASES: [readonly Furniture[], Layout][] = [
  ...ALL_FURNITURE.map((f) => [[f], 'semantic'] as [readonly Furniture[], Layout]),
  [ALL_FURNITURE, 'semantic'],
  [ALL_FURNITURE, 'divs'],
];

describe('page shells', () => {
  test('there are enough pages to measure on', () => {
    expect(ordinary.length).toBeGreaterThanOrEqual(60);
    expect(flagged.length).toBeGreaterThanOrEqual(40);
  });

  test('the furniture alone, read as page text, would flag most ordinary pages', () => {
    for (const f of ALL_FURNITURE) {
      const hit = ordinary.filter((r) => bare(`${r.text}\n${furnitureText(f)}`, r.url) !== 'none').length;
      expect(hit / ordinary.length, f).toBeGreaterThan(0.5);
    }
  });

  test('ordinary pages inside shells get no verdict', { timeout: 300_000 }, () => {
    const alarms: string[] = [];
    for (const r of ordinary) {
      for (const [f, layout] of CASES) {
        const kind = inShell(r.text, f, layout, r.url);
        if (kind !== 'none') alarms.push(`${r.id} ${f.join('+')} ${layout}: ${kind}`);
      }
    }
    console.log(`shells, ordinary: ${alarms.length} verdicts on ${ordinary.length * CASES.length} shells (${ordinary.length} pages)`);
    expect(alarms).toEqual([]);
  });

  test('flagged pages inside shells keep their verdict', { timeout: 300_000 }, () => {
    const lost: string[] = [];
    for (const r of flagged) {
      for (const [f, layout] of [[ALL_FURNITURE, 'semantic'], [ALL_FURNITURE, 'divs']] as const) {
        const kind = inShell(r.text, f, layout, r.url);
        if (kind !== r.label) lost.push(`${r.id} ${layout}: ${r.label} → ${kind}`);
      }
    }
    console.log(`shells, flagged: ${lost.length} verdicts changed on ${flagged.length * 2} shells (${flagged.length} pages)`, lost);
    expect(lost).toEqual([]);
  });
});
