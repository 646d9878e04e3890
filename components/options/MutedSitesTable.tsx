/** The muted-sites list: host, when, why (and when a pause ends), with "warn again" per entry. */
import { translator } from '../../core/i18n';
import common from '../../core/i18n/catalogs/common';
import options from '../../core/i18n/catalogs/options';
import type { MutedSite } from '../../core/settings';
import { isBoundedTime, isMuteActive } from '../../core/settings';
import type { Locale } from '../../core/types';

/**
 * A stored time for display, or null when it is not a sane time. Settings are validated on read,
 * but this page must render (reset, import, unmute) whatever reaches it, so a bad number never
 * gets as far as Intl's "RangeError: Invalid time value".
 */
export function formatTime(ms: number, locale: Locale): string | null {
  if (!isBoundedTime(ms)) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

export interface MutedSitesTableProps {
  sites: readonly MutedSite[];
  locale: Locale;
  now: number;
  onUnmute(host: string): void;
}

export function MutedSitesTable({ sites, locale, now, onUnmute }: MutedSitesTableProps) {
  const o = translator(options, locale);
  const c = translator(common, locale);
  // Expired pauses are already not muting anything; they are pruned on the next write.
  const live = sites.filter((m) => isMuteActive(m, now));
  if (live.length === 0) {
    return (
      <p class="lg-empty" data-testid="muted-empty">
        {o('muted.empty', { notLoan: c('reason.not-loan'), site: c('reason.site') })}
      </p>
    );
  }
  return (
    <table class="lg-table" data-testid="muted-table">
      <thead>
        <tr>
          <th scope="col">{o('muted.col.host')}</th>
          <th scope="col">{o('muted.col.since')}</th>
          <th scope="col">{o('muted.col.reason')}</th>
          <th scope="col">
            <span class="lg-sr-only">{o('muted.col.action')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {live.map((m) => (
          <tr key={m.host} data-host={m.host}>
            <th scope="row" class="lg-host">
              {m.host}
            </th>
            <td>{(m.since > 0 && formatTime(m.since, locale)) || o('muted.sinceUnknown')}</td>
            <td>
              {c(`reason.${m.reason}`)}
              {m.reason === 'pause' && m.until !== undefined && formatTime(m.until, locale) !== null && (
                <span class="lg-sub">{o('muted.until', { time: formatTime(m.until, locale)! })}</span>
              )}
            </td>
            <td>
              <button
                type="button"
                class="lg-button lg-button--small"
                aria-label={o('muted.unmuteLabel', { host: m.host })}
                onClick={() => onUnmute(m.host)}
              >
                {o('muted.unmute')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
