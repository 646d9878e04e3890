/**
 * The one-year LPR used by the rate lines (fact E3: 3.0% as of 2026-01-20). Its own module so
 * the rate maths (core/rates, also in the overlay script) does not pull in the knowledge base.
 */
export const LPR = { percent: 3.0, asOf: '2026-01-20' } as const;
