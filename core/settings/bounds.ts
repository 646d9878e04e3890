/**
 * Bounds on stored and imported settings (pure). Stored data is the user's, but it may have been
 * written by an old build, edited by hand or imported from a hostile file: every number and list
 * is bounded when read, so no value can crash a page that shows it or grow without end.
 */

/** The latest date a stored timestamp may hold (1 Jan 2100); later is corruption, not a choice. */
export const TIME_MAX = Date.UTC(2100, 0, 1);

/** How far a "muted since" may lie ahead of the reading clock (clock changes, time zones). */
export const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/** The longest pause the settings keep; a longer one is not a pause anybody chose. */
export const MAX_PAUSE_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * Most muted sites kept. Past it, adding a mute lets the oldest one go (see withMutedSite), and
 * reading or importing a longer list keeps the first MAX_MUTED_SITES valid entries.
 */
export const MAX_MUTED_SITES = 1000;

/** Most per-entry problems listed one by one; the rest are reported once as "mutedSites". */
export const MAX_LISTED_PROBLEMS = 10;

/** The largest settings file an import reads (characters); a real one is a few KB. */
export const MAX_IMPORT_CHARS = 1024 * 1024;

/** A timestamp we can store and show: a finite number of ms in [0, TIME_MAX]. */
export function isBoundedTime(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= TIME_MAX;
}
