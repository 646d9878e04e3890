/**
 * Rates: arithmetic (./math), reading typed rates (./parse) and the plain-words results
 * (./describe). The overlay, the popup's quick calculator and the toolkit call these.
 */
export * from './math';
export * from './parse';
export * from './describe';
