/**
 * `useSettings()` — live settings and the resolved UI locale for any Preact UI (popup, options,
 * welcome, overlay). Re-renders when any context changes the settings.
 *
 *   const { settings, locale, ready } = useSettings();
 *
 * Before the first read resolves, `settings` are the defaults and `ready` is false; render
 * nothing (or a neutral shell) until ready, so the page does not flash in the wrong language.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../core/types';
import { resolveLocale } from '../core/i18n';
import type { Settings } from '../core/settings';
import { defaultSettings } from '../core/settings';
import { browserLanguage } from './locale';
import { getSettings, watchSettings } from './settings-store';

export interface SettingsState {
  settings: Settings;
  locale: Locale;
  ready: boolean;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let alive = true;
    let changed = false; // a change event is newer than the initial read: never let the read win
    const unwatch = watchSettings((s) => {
      if (!alive) return;
      changed = true;
      setSettings(s);
      setReady(true);
    });
    getSettings().then(
      (s) => {
        if (!alive) return;
        if (!changed) setSettings(s);
        setReady(true);
      },
      () => alive && setReady(true), // storage unavailable: show defaults rather than nothing
    );
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  return { settings, locale: resolveLocale(settings.language, browserLanguage()), ready };
}
