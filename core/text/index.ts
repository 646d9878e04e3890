/**
 * THE one definition of what the engine sees: folding (case, width, NFKC, 繁→简), the skip
 * set, pinyin notes and word boundaries. The matcher, the cue check and normalise() use these.
 */
export { SKIP_CHARS, isSkip } from './skip';
export { foldChar, foldString, foldedSources, COMPAT_BLOCKS } from './fold';
export { isCjk, isOpenParen, isCloseParen, mayStartPinyin, pinyinEnd, pinyinStartBefore } from './pinyin';
export { isAsciiAlnum, needsBoundary, onBoundaries } from './words';
export { normalise } from './normalise';
export { TRAD_FROM, TRAD_TO } from './trad-map.generated';
