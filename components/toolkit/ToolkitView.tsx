/**
 * The toolkit page's frame: title, section navigation (plain links to #check, #record, #letters,
 * #calc, so the browser's back button and bookmarks work) and the one active section.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import type { Locale } from '../../core/types';
import { SECTIONS, type SectionId } from './sections';

const NAV_KEY = { check: 'nav.check', record: 'nav.record', letters: 'nav.letters', calc: 'nav.calc' } as const;

export interface ToolkitViewProps {
  locale: Locale;
  section: SectionId;
  /** true after a navigation inside the page: move focus to the new section's heading */
  focusHeading: boolean;
  children: ComponentChildren;
}

export function ToolkitView({ locale, section, focusHeading, children }: ToolkitViewProps) {
  const tr = translator(toolkit, locale);
  const heading = useRef<HTMLHeadingElement>(null);
  // with the render: the link the user used may be gone, and focus must not fall to the body
  useLayoutEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [section, focusHeading]);
  return (
    <div class="lg-page lg-toolkit" lang={locale}>
      <header class="lg-header">
        <h1>{tr('title')}</h1>
        <p class="lg-lead">{tr('lead')}</p>
      </header>
      <nav class="tk-nav" aria-label={tr('nav.label')}>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === section ? 'page' : undefined} data-section={id}>
                {tr(NAV_KEY[id])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <section id={`${section}-section`} class="tk-section" aria-labelledby="tk-section-title">
          <h2 id="tk-section-title" tabIndex={-1} ref={heading}>
            {tr(NAV_KEY[section])}
          </h2>
          {children}
        </section>
      </main>
      <footer class="tk-footer">
        <p>{tr('disclaimer')}</p>
      </footer>
    </div>
  );
}
