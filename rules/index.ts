/**
 * Saring's checker: text in, findings out. Pure TypeScript, no DOM or browser API, so it runs
 * unchanged in Node (the scanner), a worker and a page.
 */
import { Checker, PackError } from './engine/checker';
import { DETECTORS } from './detectors';
import { DEFAULT_PACK } from './data';
import { SLANG } from './data/slang';
import type { RulePack } from './types';

export { Checker, PackError, MAX_TEXT } from './engine/checker';
export { DEFAULT_PACK } from './data';
export type * from './types';
export * from './guideline';

/** Compiles a rule pack (the built-in one by default). Throws PackError listing every problem. */
export function createChecker(pack: RulePack = DEFAULT_PACK): Checker {
  if (!pack || typeof pack !== 'object' || !Array.isArray(pack.rules) || typeof pack.concepts !== 'object' || pack.concepts === null) {
    throw new PackError(['a rule pack needs "concepts" (an object) and "rules" (a list)']);
  }
  return new Checker(pack, SLANG, DETECTORS);
}
export { present, checkForUser, pieces, ignoreKey, normalizeExcerpt, trimSpan, severityRank, MAX_SHOWN, LONG_TEXT, PieceCache, type Presented, type PresentOptions, type ShowConfig } from './present';
