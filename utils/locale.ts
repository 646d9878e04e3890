/** The browser's UI language ("follow the browser"), resolved one way in every context. */
import { browser } from 'wxt/browser';

/** Extension API first, navigator as backup (both exist in pages and in the worker). */
export function browserLanguage(): string | undefined {
  try {
    const l = browser.i18n?.getUILanguage?.();
    if (l) return l;
  } catch {
    /* not available in this context */
  }
  return typeof navigator !== 'undefined' ? navigator.language : undefined;
}
