/**
 * "Basis: law, article · official page" under a fact. Presentational; links open in a new tab
 * (the extension itself never fetches them).
 */
import type { SourceView } from '../core/knowledge';

export interface SourceListProps {
  sources: SourceView[];
  /** "依据：" / "Basis: " (with the locale's punctuation) */
  label: string;
  /** text of the link to an official page */
  openLabel: string;
  /** "as of" notes for dated facts, already formatted */
  asOf?: string[];
  /** shown when some of the facts rest on secondary sources */
  note?: string;
}

/**
 * A link's accessible name says where it goes ("官方页面：征信中心异议处理"): a list of six links
 * all named "官方页面" tells a screen-reader user nothing. The visible text stays its prefix.
 */
export function linkName(openLabel: string, title: string): string {
  return /[\u3400-\u9fff]/.test(openLabel) ? `${openLabel}：${title}` : `${openLabel}: ${title}`;
}

export function SourceList({ sources, label, openLabel, asOf = [], note }: SourceListProps) {
  if (sources.length === 0) return null;
  return (
    <div class="lg-sources">
      <span class="lg-sources-label">{label}</span>
      <ul>
        {sources.map((s) => (
          <li key={`${s.title}|${s.article ?? ''}`}>
            <span class="lg-source-title">{s.title}</span>
            {s.article ? <span class="lg-source-article"> {s.article}</span> : null}
            {s.url ? (
              <>
                {' '}
                <a href={s.url} target="_blank" rel="noopener noreferrer" aria-label={linkName(openLabel, s.title)}>
                  {openLabel}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {asOf.length > 0 ? <p class="lg-asof">{asOf.join(' · ')}</p> : null}
      {note ? <p class="lg-note">{note}</p> : null}
    </div>
  );
}
