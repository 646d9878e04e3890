/**
 * classify(): scan title + text once, evaluate rules (co-occurrence within a window of
 * normalised characters), score classes, pick the kind by priority scam > overdue > lender,
 * and collect claim-level tips with offsets into the ORIGINAL text.
 */
import type { ClassifyInput, FlaggedKind, Jurisdiction, Level, PageKind, Tip, Verdict } from '../types';
import { getEngine as getEngineImport, JURIS, ROLE_NEAR as ROLE_NEAR_, ROLE_NEEDS_NEAR as ROLE_NEEDS_NEAR_, ROLE_SCAM as ROLE_SCAM_, type Engine } from './engine';
import { lenderHost as lenderHostImport } from './lender-hosts';
import { Hits, scan as scanImport, startOf as startOfImport } from './matcher';
import { parseRate as parseRateImport } from './rate';
import { DEFAULT_BUDGET, GATE_CHARS, hostOf as hostOfImport } from './host';

export { DEFAULT_BUDGET, GATE_CHARS, hostOfImport as hostOf };

// Module-local bindings for what runs per document or per hit: when the module is loaded as
// CommonJS (tsx: npm run bench/scan/eval), every use of an import is a getter call (≈ 2 % of
// the bench). The constants are copied for the same reason.
const getEngine = getEngineImport;
const lenderHost = lenderHostImport;
const scan = scanImport;
const startOf = startOfImport;
const parseRate = parseRateImport;
const hostOf = hostOfImport;
const GATE_LEN = GATE_CHARS;
const ROLE_NEAR = ROLE_NEAR_;
const ROLE_NEEDS_NEAR = ROLE_NEEDS_NEAR_;
const ROLE_SCAM = ROLE_SCAM_;
const BUDGET = DEFAULT_BUDGET;
export const MAX_TIPS = 40;
const TITLE_MAX = 512;
const TITLE_GAP = 1024;
const NEIGHBOURS = 48;

/** Pages longer than this (chars read) need proportionally more evidence (see lengthFactor). */
const LONG_PAGE = 4000;

/** Minimum class score for a flag (for a page of up to LONG_PAGE chars). */
export const THRESHOLD: Readonly<Record<FlaggedKind, number>> = { scam: 5, overdue: 4, lender: 3 };

/**
 * A higher-priority class wins only if its score is at least this share of the others'. A scam
 * cue in the headline (title or first HEAD_CHARS of text) makes the page about it: then the
 * lower `scamHead` share is enough; elsewhere one passing warning on a long overdue page is not.
 */
export const DOMINANCE = { scam: 0.3, scamHead: 0.12, overdue: 0.75 } as const;
const HEAD_CHARS = 40;

/** hit buffer shared by all scans of the realm; allocated on first use, not at import */
let hits: Hits = undefined!;
/** hits [0, titleHits) of the current scan are in the title, the rest in the text */
let titleHits = 0;
/** jurisdiction vocabulary counts of the current scan (filled by evaluate) */
const jurisCounts = [0, 0, 0, 0];
let ruleCount = new Int32Array(0);
let ruleTitle = new Uint8Array(0);
/** a scam rule counted a hit in the headline during the last evaluate() */
let scamHead = false;

export interface Detail {
  scores: Record<FlaggedKind, number>;
  /** thresholds grow with the length read: a long page needs more than one passing mention */
  lengthFactor: number;
  fired: { id: string; kind: PageKind; contribution: number; count: number }[];
  gateHit: boolean;
  truncated: boolean;
  scamHead: boolean;
}

/** A string field of the input, or '' (the content script may hand over anything). */
const str = (x: unknown): string => (typeof x === 'string' ? x : '');

function nearSatisfied(e: Engine, h: number, near: Uint8Array, window: number): boolean {
  const { npos, pid, count } = hits; // locals: `hits` is a module-level let
  const np = npos[h]!;
  const len = e.a.patLen[pid[h]!]!;
  const lo = np - len - window;
  const hi = np + window;
  for (let j = h - 1, k = 0; j >= 0 && k < NEIGHBOURS; j--, k++) {
    // hits are in end order; a hit ending before lo - 16 cannot reach back
    if (npos[j]! < lo) break;
    if (near[pid[j]!] === 1) return true;
  }
  for (let j = h + 1, k = 0; j < count && k < NEIGHBOURS; j++, k++) {
    const p = npos[j]!;
    if (p - e.a.patLen[pid[j]!]! > hi) break;
    if (near[pid[j]!] === 1) return true;
  }
  return false;
}

function run(input: ClassifyInput, budget: number, knownLender: boolean): { e: Engine; truncated: boolean; gateHit: boolean } {
  const e = getEngine();
  hits ??= new Hits(4096);
  hits.reset();
  const title = str(input.title);
  const text = str(input.text);
  const tl = Math.min(title.length, TITLE_MAX, budget);
  const tn = scan(e.a, title, tl, hits, 0);
  titleHits = hits.count;
  const room = Math.max(0, budget - tl);
  const limit = Math.min(text.length, room);
  scan(e.a, text, limit, hits, tn + TITLE_GAP);
  let gateHit = false;
  const { pid, end, count } = hits;
  const th = titleHits;
  const patFlags = e.patFlags;
  for (let h = 0; h < count; h++) {
    // text hits are in end order: none after this one is in the first GATE_CHARS either
    if (h >= th && end[h]! > GATE_LEN) break;
    if ((patFlags[pid[h]!]! & 16) !== 0) {
      gateHit = true;
      break;
    }
  }
  if (!gateHit && knownLender) gateHit = true;
  return { e, truncated: text.length > limit, gateHit };
}

let lastNear = new Int32Array(0);
let pendingHit = new Int32Array(0);
const FAR = -0x40000000;

/**
 * Evaluate the class rules over the current hits in one pass (hits are in position order):
 * an anchor counts when a `near` phrase of its rule ended within the window before it, or
 * when one starts within the window after it (the anchor waits as "pending" until then).
 * Tip rules: evaluateTips() (firedRuleIds only), kept out of this hot loop.
 */
function evaluate(e: Engine): void {
  const nr = e.rules.length;
  if (ruleCount.length !== nr) {
    ruleCount = new Int32Array(nr);
    ruleTitle = new Uint8Array(nr);
    lastNear = new Int32Array(nr);
    pendingHit = new Int32Array(nr);
  }
  const rc = ruleCount;
  const rt = ruleTitle;
  const ln = lastNear;
  const ph = pendingHit;
  // one loop over locals: four TypedArray.fill calls (or the module-level bindings read per
  // store) cost more than resetting ~50 rules, and this runs once per document
  for (let ri = 0; ri < nr; ri++) {
    rc[ri] = 0;
    rt[ri] = 0;
    ln[ri] = FAR;
    ph[ri] = -1;
  }
  const { roleStart, roles, patFlags, rWindow } = e;
  const patLen = e.a.patLen;
  const { pid, npos, end } = hits;
  const count = hits.count;
  const th = titleHits;
  let head = false;
  let j0 = 0;
  let j1 = 0;
  let j2 = 0;
  let j3 = 0;
  for (let h = 0; h < count; h++) {
    const p = pid[h]!;
    const f = patFlags[p]! & 15;
    if (f !== 0) {
      if (f & 1) j0++;
      if (f & 2) j1++;
      if (f & 4) j2++;
      if (f & 8) j3++;
    }
    const np = npos[h]!;
    const len = patLen[p]!;
    // the class rules this pattern anchors, then those it is a `near` phrase of
    for (let x = roleStart[p]!, y = roleStart[p + 1]!; x < y; x++) {
      const role = roles[x]!;
      const ri = role >> 3;
      if ((role & ROLE_NEAR) === 0) {
        // anchor: counts if a near phrase ended within the window before, else waits as pending
        // (only the latest pending anchor of a rule is kept)
        if ((role & ROLE_NEEDS_NEAR) !== 0 && ln[ri]! < np - len - rWindow[ri]!) {
          ph[ri] = h;
          continue;
        }
        rc[ri]!++;
        if (h < th) rt[ri] = 1;
        if ((role & ROLE_SCAM) !== 0 && (h < th || end[h]! <= HEAD_CHARS)) head = true;
      } else {
        // near: remember it, and settle a pending anchor it is close enough to
        ln[ri] = np;
        const a = ph[ri]!;
        if (a >= 0 && a !== h && np - len <= npos[a]! + rWindow[ri]!) {
          rc[ri]!++;
          if (a < th) rt[ri] = 1;
          if ((role & ROLE_SCAM) !== 0 && (a < th || end[a]! <= HEAD_CHARS)) head = true;
          ph[ri] = -1;
        }
      }
    }
  }
  scamHead = head;
  jurisCounts[0] = j0;
  jurisCounts[1] = j1;
  jurisCounts[2] = j2;
  jurisCounts[3] = j3;
}

/** Count the tip rules' hits into ruleCount (after evaluate(), which resets it). */
function evaluateTips(e: Engine): void {
  const { anchorStart, anchorRules, rules, nClassRules } = e;
  const { pid, count } = hits;
  for (let h = 0; h < count; h++) {
    const p = pid[h]!;
    // a pattern's rules are in rule order, tip rules last
    for (let x = anchorStart[p]!, y = anchorStart[p + 1]!; x < y; x++) {
      const ri = anchorRules[x]!;
      if (ri < nClassRules) continue;
      const r = rules[ri]!;
      if (r.near && !nearSatisfied(e, h, r.near, r.window)) continue;
      ruleCount[ri]!++;
    }
  }
}

/** More hits of one rule add evidence, with diminishing returns: 1, 2, 2.58, 3, … capped at 4. */
const repeat = (c: number): number => Math.min(4, 1 + Math.log2(c));
const REPEAT_CAP = 8;

function score(e: Engine, knownLender: boolean): Detail['fired'] {
  const fired: Detail['fired'] = [];
  const rc = ruleCount;
  const rt = ruleTitle;
  for (let ri = 0; ri < e.nClassRules; ri++) {
    const c = rc[ri]!;
    if (c === 0) continue;
    const r = e.rules[ri]!;
    if (r.kind === 'none') continue; // suppressors are listed by analyse()
    const contribution = r.weight * repeat(c) * (rt[ri] ? 1.25 : 1);
    fired.push({ id: r.id, kind: r.kind, contribution, count: c });
  }
  if (knownLender) fired.push({ id: 'lender.known-host', kind: 'lender', contribution: 3, count: 1 });
  return fired;
}

export function analyse(input: ClassifyInput, opts?: { budget?: number }, host = hostOf(input.url)): Detail {
  const budget = Math.max(0, Math.floor(opts?.budget ?? BUDGET));
  const knownLender = lenderHost(host) !== undefined;
  const { e, truncated, gateHit } = run(input, budget, knownLender);
  evaluate(e);
  const fired = score(e, knownLender);
  const scores: Record<FlaggedKind, number> = { scam: 0, overdue: 0, lender: 0 };
  // named stores (a keyed store with three different names goes megamorphic)
  for (const f of fired) {
    if (f.kind === 'scam') scores.scam += f.contribution;
    else if (f.kind === 'overdue') scores.overdue += f.contribution;
    else if (f.kind === 'lender') scores.lender += f.contribution;
  }
  const rc = ruleCount;
  for (let ri = 0; ri < e.nClassRules; ri++) {
    const c = rc[ri]!;
    if (c === 0) continue;
    const r = e.rules[ri]!;
    if (r.kind === 'none') {
      const w = r.weight * repeat(c);
      fired.push({ id: r.id, kind: 'none', contribution: -w, count: c });
      for (const k of r.suppress) {
        if (k === 'scam') scores.scam -= w;
        else if (k === 'overdue') scores.overdue -= w;
        else scores.lender -= w;
      }
    }
  }
  const read = Math.min(budget, str(input.title).length + str(input.text).length);
  const lengthFactor = read <= LONG_PAGE ? 1 : Math.min(3, 1 + 0.5 * Math.log2(read / LONG_PAGE));
  return { scores, fired, gateHit, truncated, lengthFactor, scamHead };
}

function pickKind(d: Detail): PageKind {
  if (!d.gateHit) return 'none';
  const s = d.scores;
  const f = d.lengthFactor;
  // a class must be present on its own terms AND not be a side remark on a page about another
  if (s.scam >= THRESHOLD.scam * f && s.scam >= (d.scamHead ? DOMINANCE.scamHead : DOMINANCE.scam) * Math.max(s.overdue, s.lender)) return 'scam';
  if (s.overdue >= THRESHOLD.overdue * f && s.overdue >= DOMINANCE.overdue * s.lender) return 'overdue';
  if (s.lender >= THRESHOLD.lender * f) return 'lender';
  return 'none';
}

function levelOf(kind: PageKind, score: number): Level {
  if (kind === 'none') return 'low';
  const t = THRESHOLD[kind];
  if (score >= t * 3) return 'high';
  if (kind === 'scam' || score >= t * 1.8) return 'medium';
  return 'low';
}

/** ccTLDs (and US-only gTLDs) of places whose borrower rules are neither mainland, TW nor HK. */
const OTHER_TLDS = new Set('jp us uk kr sg my au ca nz de fr is eg ie in ph gov edu'.split(' '));

function jurisdictionOf(e: Engine, host: string): Jurisdiction {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (tld === 'tw') return 'tw';
  if (tld === 'hk' || tld === 'mo') return 'hk';
  if (tld === 'cn') return 'cn';
  if (OTHER_TLDS.has(tld)) return 'other';
  const counts = jurisCounts;
  let best = -1;
  let bestN = 0;
  for (let j = 0; j < 4; j++) {
    if (counts[j]! > bestN) {
      best = j;
      bestN = counts[j]!;
    }
  }
  return best < 0 ? 'unknown' : JURIS[best]!;
}

function collectTips(e: Engine, text: string): Tip[] {
  const raw: Tip[] = [];
  const { pid, count, end: hEnd } = hits;
  const th = titleHits;
  const { patFlags, anchorStart, anchorRules, nClassRules, rules } = e;
  for (let h = 0; h < count && raw.length < MAX_TIPS * 4; h++) {
    const p = pid[h]!;
    if (h < th || (patFlags[p]! & 32) === 0) continue;
    // a pattern's rules are listed in rule order and tip rules come last: walk back over them
    for (let x = anchorStart[p + 1]! - 1, y = anchorStart[p]!; x >= y; x--) {
      const ri = anchorRules[x]!;
      if (ri < nClassRules) break;
      const r = rules[ri]!;
      const tip = r.tip;
      if (!tip || (r.near && !nearSatisfied(e, h, r.near, r.window))) continue;
      let end = hEnd[h]!;
      const start = startOf(text, end - 1, e.a.patLen[p]!);
      // text is sliced for kept tips only (below)
      if (tip === 'rate-claim') {
        const pr = parseRate(text, start, end, e.a.patterns[p]!);
        if (!pr) continue;
        end = pr.end;
        raw.push({ id: tip, start, end, text: '', rate: pr.rate });
      } else raw.push({ id: tip, start, end, text: '' });
    }
  }
  // dedupe overlaps: earliest start first, longer first; drop anything overlapping a kept tip
  // (stable insertion sort: raw is nearly in start order already, as hits are in end order)
  for (let i = 1; i < raw.length; i++) {
    const t = raw[i]!;
    let j = i - 1;
    for (; j >= 0; j--) {
      const u = raw[j]!;
      if (u.start < t.start || (u.start === t.start && u.end >= t.end)) break;
      raw[j + 1] = u;
    }
    raw[j + 1] = t;
  }
  const out: Tip[] = [];
  let lastEnd = -1;
  for (const t of raw) {
    if (t.start < lastEnd) continue;
    t.text = text.slice(t.start, t.end);
    out.push(t);
    lastEnd = t.end;
    if (out.length >= MAX_TIPS) break;
  }
  return out;
}

/**
 * Run every path of the engine once on a synthetic page (tip anchors, every 8th phrase, latin
 * and full-width case, zero-width chars, pinyin notes, rate claims) early, so the
 * JIT optimises the hot functions with complete type feedback instead of optimising early and
 * deoptimising on the first rare branch (which left throughput bimodal across processes).
 * Results are unaffected: all per-scan state is reset by run()/evaluate(). Runs at the second
 * classify() of a realm.
 */
let calls = 0;
function warmUp(): void {
  const e = getEngine();
  const seps = [' ', '，', '\u200b', '(wèn)', '\n', 'x', '0.5%', '。'];
  let t = 'LOAN Loans ＡＰＰ 日利率0.05% 月费率0.6%，分12期 日息万分之五 年化36% 月息8厘 ';
  // the tip anchors and every 8th other phrase: enough to flag the page and reach every branch
  e.a.patterns.forEach((p, i) => {
    if ((e.patFlags[i]! & 32) !== 0 || (i & 7) === 0) t += p + seps[i & 7];
  });
  classify({ url: 'https://example.com/a', title: t.slice(0, 200), text: t });
  classify({ text: t.slice(0, 300) });
  gate({ text: t });
}

export function classify(input: ClassifyInput, opts?: { budget?: number }): Verdict {
  // not on the first call: a content script classifies one page per realm, and the warm-up
  // (~3 ms unoptimised) only pays off for callers that classify many documents
  if (calls < 2 && ++calls === 2) warmUp();
  const host = hostOf(input.url);
  const d = analyse(input, opts, host);
  const e = getEngine();
  const kind = pickKind(d);
  const sc = kind === 'none' ? 0 : Math.round(d.scores[kind] * 100) / 100;
  // stable insertion sort (a handful of entries), in place (d is ours): the flagged kind first,
  // then by contribution
  const ord = d.fired;
  for (let i = 1; i < ord.length; i++) {
    const f = ord[i]!;
    const fk = f.kind === kind;
    let j = i - 1;
    for (; j >= 0; j--) {
      const g = ord[j]!;
      const gk = g.kind === kind;
      if (gk === fk ? g.contribution >= f.contribution : gk) break;
      ord[j + 1] = g;
    }
    ord[j + 1] = f;
  }
  const reasons = ord.map((f) => f.id);
  const text = str(input.text);
  const v: Verdict = {
    kind,
    level: levelOf(kind, sc),
    score: sc,
    reasons,
    tips: kind === 'none' ? [] : collectTips(e, text),
    jurisdiction: jurisdictionOf(e, host),
  };
  if (d.truncated) v.truncated = true;
  return v;
}

/**
 * Cheap pre-check for the content script: URL host + title + first ~2 KB of text. True for
 * every input classify() would flag (classify requires the same early cue), false for most
 * ordinary pages.
 */
export function gate(input: ClassifyInput): boolean {
  const text = str(input.text);
  return run({ title: input.title, text: text.slice(0, GATE_LEN) }, GATE_LEN + TITLE_MAX, lenderHost(hostOf(input.url)) !== undefined).gateHit;
}

/** Ids of every rule that fires on a snippet (class rules, suppressors and tip rules). */
export function firedRuleIds(input: ClassifyInput): string[] {
  const { e } = run(input, BUDGET, false);
  evaluate(e);
  evaluateTips(e);
  const out: string[] = [];
  for (let ri = 0; ri < e.rules.length; ri++) if (ruleCount[ri]) out.push(e.rules[ri]!.id);
  return out;
}
