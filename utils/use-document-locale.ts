/**
 * An extension page's <html lang> and title follow the chosen language. Set in a layout effect,
 * so the first paint in a new language already has them (a screen reader reads the page with
 * the right voice, and the tab's title never lags behind the text).
 */
import { useLayoutEffect } from 'preact/hooks';

export function useDocumentLocale(locale: string, title: string): void {
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.title = title;
  }, [locale, title]);
}
