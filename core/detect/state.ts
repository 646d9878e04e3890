/**
 * Everything one classification writes: the hits of the scan, and what evaluation derives
 * from them. classify() and gate() reuse the engine's one state, reset() per document (they
 * are synchronous and hand no part of it out); inspect() makes a new one for its caller.
 * Nothing about a document outlives its call.
 */
import type { Engine } from './engine';
import { Hits } from './scan';

export class ScanState {
  readonly hits: Hits;
  /** hits [0, titleHits) are in the title, the rest in the text */
  titleHits = 0;
  /** the text was longer than the budget (only part of it was read) */
  overBudget = false;
  /** a flagging cue in the title or the opening (or a known lender host) */
  gateHit = false;
  /** per rule: counted hits, and whether one of them is in the title */
  readonly ruleCount: Int32Array;
  readonly ruleTitle: Uint8Array;
  /** per rule: one of its counted hits is in the opening (title or first OPENING_CHARS of text) */
  readonly ruleHead: Uint8Array;
  /** hits of each jurisdiction's vocabulary (JURIS order) */
  readonly juris = new Int32Array(4);
  /** a scam rule counted a hit in the headline (title or the first HEAD_CHARS) */
  scamHead = false;
  /** stance words: warning against a scheme, selling it */
  warns = 0;
  promotes = 0;
  /** normalised length of the text read */
  textLength = 0;
  /** a message is read whole: a rule's `near` phrase counts anywhere in it, not only within the rule's window */
  nearAnywhere = false;
  /**
   * The tip rules' counted hits (evaluateTips), as pairs: hit tipHit[j] counted for rule
   * tipRule[j]. The marks are made from these (marks.ts) without evaluating the rules again.
   */
  readonly tipHit: number[] = [];
  readonly tipRule: number[] = [];

  constructor(e: Pick<Engine, 'rules' | 'a'>) {
    const n = e.rules.length;
    this.hits = new Hits(e.a.patterns.length);
    this.ruleCount = new Int32Array(n);
    this.ruleTitle = new Uint8Array(n);
    this.ruleHead = new Uint8Array(n);
  }

  /** Forget the last document: the state as the constructor leaves it. */
  reset(): this {
    this.hits.reset();
    this.titleHits = 0;
    this.overBudget = false;
    this.gateHit = false;
    this.ruleCount.fill(0);
    this.ruleTitle.fill(0);
    this.ruleHead.fill(0);
    this.juris.fill(0);
    this.scamHead = false;
    this.warns = 0;
    this.promotes = 0;
    this.textLength = 0;
    this.nearAnywhere = false;
    this.tipHit.length = this.tipRule.length = 0;
    return this;
  }

  /** Some limit bound: the text budget or a phrase's hit cap. */
  get truncated(): boolean {
    return this.overBudget || this.hits.capped;
  }
}
