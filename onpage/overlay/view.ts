/**
 * What the overlay shows on one page, decided and worded in one place (pure: runs in the
 * worker, in the overlay's lazy script and in Node). The worker makes it when it injects the
 * overlay, so the overlay's first script carries no settings parser, catalog, knowledge base or
 * rate code: it renders this, fills in what only the page knows (how many marks it painted) and
 * asks the lazy script (rest.ts) for a new view when the settings, the page mutes or the verdict
 * change.
 */
import { translator } from '../../core/i18n';
import commonCatalog from '../../core/i18n/catalogs/common';
import overlayCatalog from '../../core/i18n/catalogs/overlay';
import { recordable } from '../../core/evidence/recordable';
import { hostKey, type Settings } from '../../core/settings';
import { signalsFor } from '../../core/signals';
import type { SiteMemory } from '../../core/site-memory';
import type { FlaggedKind, Locale, Verdict } from '../../core/types';
import { noteTexts, type NoteTexts, type Stance } from './note-text';
import { tipView } from './tip-view';
import type { TipView } from './types';
import { verdictKey } from './view-key';

export interface OverlayView {
  /** the verdict this view was made for (view-key.ts): the overlay asks again when it changes */
  key: string;
  locale: Locale;
  /** the site, as settings and the session memory name it (null: not an http(s) page) */
  site: string | null;
  kind: FlaggedKind;
  /** the same rule as the badge (core/signals.ts), before what the user chose on this page */
  warn: boolean;
  banner: boolean;
  marks: boolean;
  inlineTips: boolean;
  /** what the user chose for the note on this site this session, and whether this page is muted */
  memory: SiteMemory;
  pageMuted: boolean;
  /** one entry per distinct claim, in page order (names and titles only: cards come lazily) */
  tips: Pick<TipView, 'id' | 'name' | 'title'>[];
  /** the note's texts; `tipsNote` says the browser cannot mark text, `tipsCount` has an {n} to fill */
  texts: NoteTexts;
  tipsCount: string;
  /** a collection page with a claim worth recording: the note offers "record this" */
  recordable: boolean;
  toast: { closed: string; pageDone: string; siteDone?: string; failed: string; undo: string };
}

export interface ViewInput {
  settings: Settings;
  verdict: Verdict;
  url: string;
  locale: Locale;
  memory: SiteMemory;
  pageMuted: boolean;
  now: number;
}

export function overlayView(i: ViewInput): OverlayView {
  const { verdict, locale } = i;
  const site = hostKey(i.url);
  const sig = signalsFor(i.settings, verdict, site, i.now);
  const kind = (verdict.kind === 'none' ? 'overdue' : verdict.kind) as FlaggedKind;
  const seen = new Set<string>();
  const tips: OverlayView['tips'] = [];
  for (const t of verdict.tips) {
    if (seen.has(t.id)) continue;
    seen.add(t.id);
    const v = tipView(t.id, locale);
    tips.push({ id: v.id, name: v.name, title: v.title });
  }
  const stance = (verdict as { stance?: Stance }).stance;
  const texts = noteTexts(
    {
      kind,
      level: verdict.level,
      ...(stance ? { stance } : {}),
      jurisdiction: verdict.jurisdiction ?? 'unknown',
      tipNames: tips.map((t) => t.name),
      marks: null,
      host: site,
    },
    locale,
  );
  const tr = translator(overlayCatalog, locale);
  return {
    key: verdictKey(verdict),
    locale,
    site,
    kind,
    warn: sig.badge === 'warn',
    banner: sig.banner,
    marks: sig.marks,
    inlineTips: i.settings.inlineTips,
    memory: i.memory,
    pageMuted: i.pageMuted,
    tips,
    texts,
    tipsCount: tr('tips.count'),
    recordable: recordable(verdict),
    toast: {
      closed: tr('note.closed'),
      pageDone: tr('mute.pageDone'),
      ...(site ? { siteDone: tr('mute.siteDone', { host: site }) } : {}),
      failed: tr('actionFailed'),
      undo: translator(commonCatalog, locale)('undo'),
    },
  };
}
