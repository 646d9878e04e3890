/**
 * One rule for every signal: the toolbar badge, the on-page banner and the inline marks all
 * follow this one decision, so they never disagree (issue 15). Pure: runs in the worker, in
 * the page's isolated world and in Node.
 *
 * - No verdict (an ordinary page): nothing anywhere.
 * - A verdict the settings do not warn about (kind switched off, below the sensitivity, site
 *   muted or paused): at most a neutral grey badge, no banner, no marks.
 * - A verdict to warn about: the badge, and the banner and marks as the settings choose.
 */
import { shouldWarn, type Settings } from './settings';
import type { Level, PageKind } from './types';

export type BadgeSignal = 'none' | 'quiet' | 'warn';

export interface Signals {
  badge: BadgeSignal;
  banner: boolean;
  marks: boolean;
}

const NOTHING: Signals = { badge: 'none', banner: false, marks: false };
const QUIET: Signals = { badge: 'quiet', banner: false, marks: false };

export function signalsFor(
  settings: Readonly<Settings>,
  verdict: { kind: PageKind; level: Level } | null,
  host: string | null,
  now: number,
): Signals {
  if (!verdict || verdict.kind === 'none') return NOTHING;
  if (!shouldWarn(settings, verdict, host, now)) return QUIET;
  return { badge: 'warn', banner: settings.overlay, marks: settings.inlineTips };
}

/**
 * The badge's text: the same neutral mark in every locale (a word such as 骗 on the toolbar
 * would say more than the verdict can, and shows to anyone looking at the screen).
 */
export const BADGE_TEXT: Record<BadgeSignal, string> = { none: '', quiet: 'i', warn: '!' };
/** A quiet badge is grey whatever the kind. */
export const QUIET_COLOR = '#6b7280';
