/** Browser-side helpers for the toolkit page: print one text, copy (downloads: utils/download.ts). */
import { localMinute } from '../../core/evidence/validate';

/** Today's local date, "YYYY-MM-DD". */
export const today = () => localMinute(new Date()).slice(0, 10);

/** Print only `text`: the page's print stylesheet shows #tk-print and hides everything else. */
export function printText(text: string) {
  let area = document.getElementById('tk-print');
  if (!area) {
    area = document.createElement('pre');
    area.id = 'tk-print';
    area.className = 'tk-letter';
    document.body.append(area);
  }
  area.textContent = text;
  document.body.classList.add('tk-printing');
  const done = () => document.body.classList.remove('tk-printing');
  addEventListener('afterprint', done, { once: true });
  print();
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
