/**
 * Saring's checker: text in, findings out. Pure TypeScript, no DOM or browser API, so it runs
 * unchanged in Node (the scanner), a worker and a page.
 */
import { Checker, PackError } from './engine/checker';
import { DETECTORS } from './detectors';
import { DEFAULT_PACK } from './data';
import { SLANG } from './data/slang';
import type { RulePack } from './types';
import { defaultLearnedLayer } from './model/index';

export { Checker, PackError, MAX_TEXT } from './engine/checker';
export { DEFAULT_PACK } from './data';
export type * from './types';
export * from './guideline';

export interface CreateOptions {
  /** Add the learned layer (default: with the built-in pack, whose concepts its guards use). */
  learned?: boolean;
}

/** Compiles a rule pack (the built-in one by default). Throws PackError listing every problem. */
export function createChecker(pack: RulePack = DEFAULT_PACK, options: CreateOptions = {}): Checker {
  if (!pack || typeof pack !== 'object' || !Array.isArray(pack.rules) || typeof pack.concepts !== 'object' || pack.concepts === null) {
    throw new PackError(['a rule pack needs "concepts" (an object) and "rules" (a list)']);
  }
  const learned = options.learned ?? pack === DEFAULT_PACK;
  return new Checker(pack, SLANG, DETECTORS, learned ? defaultLearnedLayer(SLANG) : null);
}
export { present, checkForUser, pieces, ignoreKey, normalizeExcerpt, trimSpan, severityRank, MAX_SHOWN, LONG_TEXT, PieceCache, type Presented, type PresentOptions, type ShowConfig } from './present';
