/**
 * Every text the note shows, from the verdict and the settings (pure: runs in Node).
 *
 * Worded by the page's stance when the detector gives one: a page that WARNS about paid
 * "debt relief" must not read as an accusation of the site ("may be promoting …"); only a
 * page that promotes it gets that heading. Without a stance the old, hedged wording stays.
 */
import { translator } from '../../core/i18n';
import commonCatalog from '../../core/i18n/catalogs/common';
import overlayCatalog from '../../core/i18n/catalogs/overlay';
import type { FlaggedKind, Level, Locale } from '../../core/types';
import { isForeign, type Jurisdiction } from '../../core/types';

export type Stance = 'promotes' | 'warns' | 'neutral';

export interface NoteInput {
  kind: FlaggedKind;
  level: Level;
  stance?: Stance;
  jurisdiction: Jurisdiction;
  /** short names of the claims found on the page, in order, deduplicated */
  tipNames: string[];
  /** marks painted on the page (null: this browser cannot mark text) */
  marks: number | null;
  /** the site, as the mute button names it ("bbs.example.cn"); null: not an http(s) page */
  host: string | null;
}

export interface NoteTexts {
  region: string;
  brand: string;
  heading: string;
  lead: string;
  why: string;
  whyLines: string[];
  tipsHeading: string;
  tipsNote: string;
  jurisdiction?: string;
  details: string;
  record: string;
  recordLabel: string;
  more: string;
  collapse: string;
  collapseLabel: string;
  close: string;
  closeLabel: string;
  muteLegend: string;
  mutePage: string;
  mutePageLabel: string;
  muteSite?: string;
  muteSiteLabel?: string;
}

/** The heading's catalog key: kind × stance, where the stance changes what is fair to say. */
export function headingKey(kind: FlaggedKind, stance: Stance | undefined) {
  if (kind === 'overdue' || !stance || stance === 'promotes') return `heading.${kind}` as const;
  return `heading.${kind}.${stance}` as const;
}

export function noteTexts(input: NoteInput, locale: Locale): NoteTexts {
  const tr = translator(overlayCatalog, locale);
  const common = translator(commonCatalog, locale);
  const { kind } = input;
  const en = locale === 'en';
  const level = tr(`why.level.${input.level}`);
  const whyLines = [
    en ? `${tr(`why.kind.${kind}`)} (${level})` : `${tr(`why.kind.${kind}`)}（${level}）`,
    ...(input.tipNames.length ? [tr('why.tips', { list: input.tipNames.join(en ? ', ' : '、') })] : []),
  ];
  const warns = input.stance === 'warns';
  const host = input.host;
  return {
    region: tr('region'),
    brand: common('appName'),
    heading: tr(headingKey(kind, input.stance)),
    lead: warns ? tr('lead.warns') : tr(`lead.${kind}`),
    why: tr('why'),
    whyLines,
    tipsHeading: tr('tips'),
    tipsNote: input.marks === null ? tr('tips.noHighlight') : tr('tips.count', { n: input.marks }),
    // 'unknown' (no country cue at all) gets no note: most such pages are mainland ones
    ...(isForeign(input.jurisdiction) ? { jurisdiction: tr('jurisdiction') } : {}),
    details: tr('details'),
    record: tr('note.record'),
    recordLabel: tr('note.recordLabel'),
    more: tr('note.more'),
    collapse: tr('note.collapse'),
    collapseLabel: tr('note.collapseLabel'),
    close: tr('note.close'),
    closeLabel: tr('note.closeLabel'),
    muteLegend: tr('mute.legend'),
    mutePage: tr('mute.page'),
    mutePageLabel: tr('mute.pageLabel'),
    ...(host ? { muteSite: tr('mute.site', { host }), muteSiteLabel: tr('mute.siteLabel', { host }) } : {}),
  };
}
