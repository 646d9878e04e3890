/**
 * The user's settings: one versioned item in extension storage.
 * Validation, defaults, per-field fallback and migrations live beside this file (pure),
 * the storage glue in utils/settings-store.ts.
 */
import type { LanguagePref } from '../i18n';
import type { FlaggedKind } from '../types';

export type Sensitivity = 'high-only' | 'normal' | 'all';

export interface MutedSite {
  /** hostname, lower-case, without a leading "www." */
  host: string;
  /** when it was muted (ms since epoch) */
  since: number;
  /** why: the user said it is not a loan page, chose "don't warn on this site", or paused it */
  reason: 'not-loan' | 'site' | 'pause';
  /** for pauses: when the mute expires by itself (ms since epoch) */
  until?: number;
}

export interface Settings {
  version: number;
  language: LanguagePref;
  sensitivity: Sensitivity;
  overlay: boolean;
  inlineTips: boolean;
  kinds: Record<FlaggedKind, boolean>;
  mutedSites: MutedSite[];
}
