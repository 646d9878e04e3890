/** Links into the toolkit's sections, for other pages (popup). `href` is toolkit.html's URL. */
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import type { Locale } from '../../core/types';
import { SECTIONS } from './sections';

const NAV_KEY = { check: 'nav.check', record: 'nav.record', letters: 'nav.letters', calc: 'nav.calc' } as const;

export function ToolkitLinks({ locale, href }: { locale: Locale; href: string }) {
  const tr = translator(toolkit, locale);
  return (
    <nav class="lg-toolkit-links" aria-label={tr('title')}>
      <p>
        <strong>{tr('title')}</strong>
      </p>
      <ul>
        {SECTIONS.map((id) => (
          <li key={id}>
            <a href={`${href}#${id}`} target="_blank" rel="noopener" data-toolkit={id}>
              {tr(NAV_KEY[id])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
