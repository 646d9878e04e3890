/**
 * "This page": the stored verdict for the tab, in hedged words, with its reasons and the
 * claims found on the page; or "nothing found here". Offers "this isn't a loan page" (undoable).
 */
import { useState } from 'preact/hooks';
import type { TabVerdict } from '../../core/protocol';
import type { Locale, TipId } from '../../core/types';
import { isForeign } from '../../core/types';
import { translator } from '../../core/i18n';
import popupCatalog from '../../core/i18n/catalogs/popup';
import { tipInfo } from '../../core/knowledge';
import { reasonTexts } from './reasons';

export type VerdictState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'ready'; tv: TabVerdict | null; host: string | null };

export interface VerdictCardProps {
  locale: Locale;
  state: VerdictState;
  /** the host's active mute, if any (from settings) */
  muted: boolean;
  onMute: (host: string) => Promise<unknown>;
  onUnmute: (host: string) => Promise<unknown>;
}

export function VerdictCard({ locale, state, muted, onMute, onUnmute }: VerdictCardProps) {
  const tr = translator(popupCatalog, locale);
  const [justMuted, setJustMuted] = useState(false);
  const [error, setError] = useState(false);

  if (state.status === 'loading') return <p class="lg-verdict lg-muted-text">{tr('verdict.loading')}</p>;
  if (state.status === 'no-tab') return <p class="lg-verdict lg-muted-text">{tr('verdict.noTab')}</p>;

  const { tv, host } = state;
  const v = tv?.verdict;
  const notCn = v && isForeign(v.jurisdiction) ? <p class="lg-jurisdiction">{tr('verdict.jurisdiction')}</p> : null;

  const run = (fn: () => Promise<unknown>, after: boolean) => {
    setError(false);
    fn().then(
      () => setJustMuted(after),
      () => setError(true),
    );
  };

  const muteControls = host ? (
    <div class="lg-mute">
      {muted ? (
        <>
          <p role="status">{tr(justMuted ? 'mute.done' : 'mute.active', { host })}</p>
          <button type="button" onClick={() => run(() => onUnmute(host), false)}>
            {tr(justMuted ? 'mute.undo' : 'mute.unmute')}
          </button>
        </>
      ) : (
        <button type="button" class="lg-secondary" onClick={() => run(() => onMute(host), true)}>
          {tr('mute.button')}
        </button>
      )}
      {error ? <p role="alert">{tr('mute.error')}</p> : null}
    </div>
  ) : null;

  if (!v || v.kind === 'none') {
    return (
      <div class="lg-verdict" data-kind="none">
        <p>{tr('verdict.none')}</p>
        {notCn}
      </div>
    );
  }

  const tipIds = [...new Set(v.tips.map((x) => x.id))] as TipId[];
  const reasons = reasonTexts(v.reasons, locale);
  return (
    <div class="lg-verdict" data-kind={v.kind}>
      <h3 class="lg-verdict-heading">{tr(`verdict.heading.${v.kind}`)}</h3>
      {host ? <p class="lg-host">{tr('verdict.page', { host })}</p> : null}
      <p>{tr(`verdict.lead.${v.kind}`)}</p>
      {notCn}
      {reasons.length > 0 ? (
        <div class="lg-reasons">
          <h4>{tr('verdict.reasons')}</h4>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <p class="lg-muted-text">{tr(`verdict.level.${v.level}`)}</p>
        </div>
      ) : null}
      {tipIds.length > 0 ? (
        <div class="lg-page-tips">
          <h4>{tr('verdict.tips')}</h4>
          <ul>
            {tipIds.map((id) => {
              const info = tipInfo(id, locale);
              return (
                <li key={id} data-tip={id}>
                  <strong>{info.title}</strong> {info.body}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {v.truncated ? <p class="lg-muted-text">{tr('verdict.truncated')}</p> : null}
      {muteControls}
    </div>
  );
}
