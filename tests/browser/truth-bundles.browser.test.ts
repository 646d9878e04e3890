/**
 * The built bundles (both browsers) carry none of the wording the December 2026 audit marked
 * false or overstated, in any locale, and do carry the corrected texts. Reads the built files,
 * so it runs in the browser suite, after `npm run build` and `npm run build:firefox`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toZhTW } from '../../core/knowledge/generate';
import { OLD_WORDING } from '../unit/old-wording';
import { ROOT } from './harness';

function builtJs(dir: string): string {
  const root = path.resolve(ROOT, dir);
  if (!fs.existsSync(path.join(root, 'manifest.json'))) throw new Error(`no build at ${root}: run the builds first`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|html)$/.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return out.join('\n');
}

const BUILDS = [process.env.LG_EXT_DIR ?? '.output/chrome-mv3', process.env.LG_FIREFOX_DIR ?? '.output/firefox-mv2'];

describe('built bundles', () => {
  for (const dir of BUILDS) {
    it(`${dir}: no audited old wording, in zh-CN, zh-TW or en`, () => {
      const js = builtJs(dir);
      for (const old of OLD_WORDING) {
        expect(js.includes(old), old).toBe(false);
        const tw = toZhTW(old);
        if (!old.includes('髮')) expect(js.includes(tw), tw).toBe(false);
      }
    });
    it(`${dir}: the corrected enforcement and payment-order texts are there`, () => {
      const js = builtJs(dir);
      for (const s of ['有生效法律文书', '有生效法律文書', '15日内既不异议也不还款的', '15日內既不異議也不還款的', 'effective legal document', '銀發〔2016〕111號']) {
        expect(js.includes(s), s).toBe(true);
      }
    });
  }
});
