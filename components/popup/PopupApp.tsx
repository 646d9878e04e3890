/**
 * The whole popup / info page, by props only: the locale, the tab's verdict, the mute state
 * and the two actions (mute, copy). Browser glue lives in entrypoints/popup/main.tsx.
 */
import { useMemo } from 'preact/hooks';
import type { Locale } from '../../core/types';
import { translator } from '../../core/i18n';
import popupCatalog from '../../core/i18n/catalogs/popup';
import { REVIEWED_ON, sections } from '../../core/knowledge';
import { FactList } from './FactList';
import { HelpLines } from './HelpLines';
import { Myths } from './Myths';
import { RateCalculator } from './RateCalculator';
import { Section } from './Section';
import { VerdictCard, type VerdictState } from './VerdictCard';
import { ToolkitLinks } from '../toolkit/ToolkitLinks';

export const SECTION_IDS = ['overdue', 'rights', 'deductions', 'help', 'myths', 'rates'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface PopupAppProps {
  locale: Locale;
  verdict: VerdictState;
  muted: boolean;
  onMute: (host: string) => Promise<unknown>;
  onUnmute: (host: string) => Promise<unknown>;
  copy: (text: string) => Promise<boolean>;
  /** sections open at start (e.g. from ?open=rights) */
  open?: readonly SectionId[];
  /** toolkit.html's URL: the footer links to its sections */
  toolkitHref?: string;
}

export function PopupApp({ locale, verdict, muted, onMute, onUnmute, copy, open = [], toolkitHref }: PopupAppProps) {
  const tr = translator(popupCatalog, locale);
  const s = useMemo(() => sections(locale), [locale]);
  const common = {
    sourcesLabel: tr('sources'),
    openLabel: tr('sources.open'),
    asOf: (d: string) => tr('asOf', { date: d }),
    staleAsOf: (d: string) => tr('asOf.stale', { date: d }),
    confidenceNote: tr('confidence.note'),
  };
  const isOpen = (id: SectionId) => open.includes(id);

  return (
    <main class="lg-popup" lang={locale}>
      <header class="lg-header">
        <h1>{tr('title')}</h1>
        <p>{tr('tagline')}</p>
      </header>

      <section class="lg-card" aria-labelledby="lg-page-heading" data-section="page">
        <h2 id="lg-page-heading">{tr('section.page')}</h2>
        <VerdictCard locale={locale} state={verdict} muted={muted} onMute={onMute} onUnmute={onUnmute} />
      </section>

      <Section id="overdue" title={tr('section.overdue')} open={isOpen('overdue')}>
        <p>{tr('overdue.intro')}</p>
        <FactList items={s.timeline} ordered className="lg-timeline" {...common} />
        <h3 class="lg-subhead">{tr('overdue.notTrue')}</h3>
        <FactList items={s.notTrue} className="lg-not-true" {...common} />
      </Section>

      <Section id="rights" title={tr('section.rights')} open={isOpen('rights')}>
        <p>{tr('rights.intro')}</p>
        <FactList items={s.rights} className="lg-rights" {...common} />
      </Section>

      <Section id="deductions" title={tr('section.deductions')} open={isOpen('deductions')}>
        <p>{tr('deductions.intro')}</p>
        <FactList items={s.deductions} className="lg-deductions" {...common} />
      </Section>

      <Section id="help" title={tr('section.help')} open={isOpen('help')}>
        <p>{tr('help.intro')}</p>
        <HelpLines
          lines={s.help}
          copy={copy}
          labels={{
            copy: tr('help.copy'),
            copyLabel: (name, number) => tr('help.copyLabel', { name, number }),
            copied: (number) => tr('help.copied', { number }),
            copyFailed: (number) => tr('help.copyFailed', { number }),
            sources: common.sourcesLabel,
            open: common.openLabel,
            asOf: common.asOf,
            confidenceNote: common.confidenceNote,
          }}
        />
      </Section>

      <Section id="myths" title={tr('section.myths')} open={isOpen('myths')}>
        <p>{tr('myths.intro')}</p>
        <Myths
          myths={s.myths}
          labels={{
            myth: tr('myths.myth'),
            fact: tr('myths.fact'),
            sources: common.sourcesLabel,
            open: common.openLabel,
            confidenceNote: common.confidenceNote,
          }}
        />
      </Section>

      <Section id="rates" title={tr('section.rates')} open={isOpen('rates')}>
        <RateCalculator locale={locale} lines={s.rateLines} />
      </Section>

      <footer class="lg-footer">
        {toolkitHref ? <ToolkitLinks locale={locale} href={toolkitHref} /> : null}
        <p>{tr('disclaimer')}</p>
        <p>{tr('reviewed', { date: REVIEWED_ON })}</p>
      </footer>
    </main>
  );
}
