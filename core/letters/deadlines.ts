/**
 * Handling deadlines of a complaint to a bank or insurer (fact F13: 15 days, 30 when complex,
 * a further 30 with approval), as dates counted from a given day. The UI shows them only when
 * the knowledge base carries F13, so a date is never shown without its source.
 */
import { FACT_BY_ID } from '../knowledge/facts';

export const DEADLINE_FACT = 'F13';
export const DEADLINE_DAYS = [15, 30, 60] as const;

/** "YYYY-MM-DD" + n days → "YYYY-MM-DD" (calendar days; no time zone can shift it). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function complaintDeadlines(today: string): Array<{ days: (typeof DEADLINE_DAYS)[number]; date: string }> | null {
  if (!FACT_BY_ID.has(DEADLINE_FACT)) return null;
  return DEADLINE_DAYS.map((days) => ({ days, date: addDays(today, days) }));
}
