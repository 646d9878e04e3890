/**
 * The user's settings: one versioned item in extension storage.
 * Validation, defaults, per-field fallback and migrations live beside this file (pure),
 * the storage glue in utils/settings-store.ts.
 */
import type { LanguagePref } from '../i18n';
import type { FlaggedKind } from '../types';

export type Sensitivity = 'high-only' | 'normal' | 'all';
export const SENSITIVITIES: readonly Sensitivity[] = ['high-only', 'normal', 'all'];

export type MuteReason = 'not-loan' | 'site' | 'pause';
export const MUTE_REASONS: readonly MuteReason[] = ['not-loan', 'site', 'pause'];

export interface MutedSite {
  /** hostname, lower-case, without a leading "www." */
  host: string;
  /** when it was muted (ms since epoch; 0 when unknown, e.g. migrated from v1) */
  since: number;
  /** why: the user said it is not a loan page, chose "don't warn on this site", or paused it */
  reason: MuteReason;
  /** for pauses (and only for pauses): when the mute expires by itself (ms since epoch) */
  until?: number;
}

export interface Settings {
  version: number;
  language: LanguagePref;
  sensitivity: Sensitivity;
  overlay: boolean;
  inlineTips: boolean;
  kinds: Record<FlaggedKind, boolean>;
  /**
   * "On lender pages, badge only": for people who worry about being seen, a lender page gets the
   * toolbar badge but no banner and no marks on the page (overdue and scam pages still warn).
   */
  lenderBadgeOnly: boolean;
  mutedSites: MutedSite[];
}

/** The current settings version. Bump it together with a migration in ./migrate.ts. */
export const SETTINGS_VERSION = 3;

/** Marker in exported files, so importing some other JSON file fails clearly. */
export const EXPORT_FORMAT = 'loan-guard-settings';

/** What an exported settings file looks like. */
export interface SettingsExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  settings: Omit<Settings, 'version'>;
}

/**
 * Why an import was refused (the options page turns these into sentences in every locale).
 * - not-json: the file is not JSON at all
 * - wrong-format: JSON, but not a Loan Guard settings file (no/other format marker)
 * - bad-version: the version field is missing or not a positive integer
 * - no-settings: the marker is there but the `settings` object is missing
 * - nothing-usable: every field in the file was wrong, so nothing would be imported
 * - too-large: the file is bigger than any settings file (MAX_IMPORT_CHARS); not read at all
 */
export type ImportError = 'not-json' | 'wrong-format' | 'bad-version' | 'no-settings' | 'nothing-usable' | 'too-large';
