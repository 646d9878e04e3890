/**
 * Knowledge-base data types. Pure data: no browser, no DOM.
 *
 * Texts are authored in zh-CN and en (`Txt`). The zh-TW text is generated from zh-CN with
 * opencc-js by scripts/gen/knowledge.ts into ./zh-TW.generated.ts and attached at load time
 * (see ./localize.ts). A unit test regenerates it in memory and compares.
 */
import type { Locale } from '../types';

/** An authored text. `zh-TW` is filled in from the generated file; never hand-write it. */
export interface Txt {
  'zh-CN': string;
  en: string;
  'zh-TW'?: string;
}

export type Confidence = 'high' | 'medium-high' | 'medium' | 'low';

export type SourceKind =
  | 'law' // statute adopted by the NPC / its Standing Committee
  | 'regulation' // State Council regulation
  | 'judicial' // Supreme People's Court / Procuratorate rules and opinions
  | 'rule' // PBOC / NFRA / CBIRC departmental rules and notices
  | 'standard' // recommended national standard (GB/T): not mandatory
  | 'self-regulation' // industry-association guideline or convention: not law
  | 'official-page' // an official web page or service
  | 'media' // news reports: no published text behind them
  | 'secondary'; // third-party pages, contracts or tutorials: not an official statement

export interface Source {
  id: string;
  kind: SourceKind;
  title: Txt;
  /** article(s), when the facts file gives them */
  article?: Txt;
  /** an official URL the facts file gives; shown as a link, never fetched */
  url?: string;
}

export interface Fact {
  /** the id used in ../shared/facts/rights-facts.md, with a letter suffix when one entry is split */
  id: string;
  text: Txt;
  sources: string[];
  confidence: Confidence;
  /** when this fact was last checked against the facts file (ISO date) */
  reviewed: string;
  /** for dated values (LPR, policy windows): the "as of" date the UI must show */
  asOf?: string;
  /** months after `asOf` when the value may have changed: past it, the UI says so (LPR: 3) */
  reviewMonths?: number;
}

/** A titled item in a popup section; its body is the text of its facts, in order. */
export interface Item {
  id: string;
  title: Txt;
  facts: string[];
}

export interface Myth {
  id: string;
  /** the claim as people hear it */
  myth: Txt;
  /** the fact(s) that correct it; the first one is the short correction */
  facts: string[];
}

export interface HelpLine {
  id: string;
  /** what the user copies or dials; a number or a web address */
  number: string;
  kind: 'phone' | 'web';
  name: Txt;
  /** what it is for, in one or two sentences */
  use: Txt;
  facts: string[];
}

export interface RateLine {
  id: 'cap-24' | 'lpr-4x';
  /** the line in percent per year */
  percent: number;
  title: Txt;
  /** which lenders it applies to and how */
  appliesTo: Txt;
  facts: string[];
  asOf?: string;
}

export interface TipText {
  title: Txt;
  body: Txt;
  facts: string[];
}

export type { Locale };
