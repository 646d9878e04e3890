/**
 * Migrations between stored settings versions (pure).
 *
 * History
 * - v1 (0.0.x prototypes): `{ version?: 1, enabled: boolean, mutedHosts: string[],
 *   language?: LanguagePref, showTips?: boolean }` — one global switch and a plain host list.
 * - v2: per-kind switches, sensitivity, overlay/tips switches, muted sites with a reason and an
 *   optional pause expiry.
 * - v3 (current, see ./types.ts): adds `lenderBadgeOnly` (off, so v2 users see what they saw).
 *
 * Migrations only reshape; they never validate or drop what they do not understand.
 * parseSettings() validates the result field by field afterwards, so a half-broken v1 value still
 * keeps every part that was valid.
 */
import { SETTINGS_VERSION } from './types';

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The version a stored value claims, or guesses it for values written before versions existed. */
export function detectVersion(raw: unknown): number | null {
  if (!isObj(raw)) return null;
  const v = raw.version;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1) return v;
  // v1 prototypes did not always write a version; recognise them by their fields.
  if ('enabled' in raw || 'mutedHosts' in raw || 'showTips' in raw) return 1;
  return null; // no version and no v1 fields: treat as current, let validation sort it out
}

const MIGRATIONS: Record<number, (old: Obj) => Obj> = {
  /** v1 → v2 */
  2(old) {
    const { enabled, mutedHosts, showTips, ...rest } = old;
    const next: Obj = { ...rest, version: 2 };
    // v1's global switch off meant "never warn me": keep that meaning with every kind off.
    if (enabled === false) next.kinds = { lender: false, overdue: false, scam: false };
    if (showTips !== undefined && !('inlineTips' in rest)) next.inlineTips = showTips;
    if (Array.isArray(mutedHosts)) {
      // v1 did not record when or why; "since 0" means unknown, "site" is what a v1 mute did.
      next.mutedSites = mutedHosts.map((host) => ({ host, since: 0, reason: 'site' }));
    } else if (mutedHosts !== undefined) {
      next.mutedSites = mutedHosts; // let validation report it
    }
    return next;
  },
  /**
   * v2 → v3: nothing to reshape. A v2 value has no `lenderBadgeOnly`, so validation falls back:
   * off for stored settings (nothing changes for v2 users), the current value for an imported file.
   */
  3(old) {
    return { ...old, version: 3 };
  },
};

/**
 * Bring a stored value up to SETTINGS_VERSION, step by step. Not-an-object values and values
 * without any version marker are returned unchanged (validation handles them). Values from a
 * newer version than this code knows are returned unchanged too: their known fields still
 * validate, and nothing is rewritten until the user changes a setting.
 */
export function migrateSettings(raw: unknown): unknown {
  const from = detectVersion(raw);
  if (from === null || !isObj(raw) || from >= SETTINGS_VERSION) return raw;
  let value: Obj = raw;
  for (let v = from + 1; v <= SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) value = step(value);
  }
  return { ...value, version: SETTINGS_VERSION };
}
