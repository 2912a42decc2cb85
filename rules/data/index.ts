import type { RulePack } from '../types';
import { CONCEPTS } from './concepts';
import { FRAME_CONCEPTS, withFrames } from './frames';
import { RULES as L1 } from './larangan-1';
import { RULES as L2 } from './larangan-2';
import { RULES as L3 } from './larangan-3';
import { RULES as L4 } from './larangan-4';
import { RULES as L5 } from './larangan-5';
import { RULES as L6 } from './larangan-6';
import { RULES as L7 } from './larangan-7';
import { RULES as ETIKA } from './etika';
import { RULES as E7 } from './etika-7';
import { WORDNET_SYNONYMS } from './lexicons/wordnet';

const concepts: Record<string, readonly string[]> = { ...CONCEPTS, ...FRAME_CONCEPTS };
// Synonyms from Wordnet Bahasa (built and gated by `npm run lexicons`) join the concepts they widen.
for (const [name, words] of Object.entries(WORDNET_SYNONYMS)) concepts[name] = [...(concepts[name] ?? []), ...words];

/** The built-in rule pack. Bump `version` when rule ids change meaning (stored ignores refer to them). */
export const DEFAULT_PACK: RulePack = {
  version: 1,
  concepts,
  rules: withFrames([...L1, ...L2, ...L3, ...L4, ...L5, ...L6, ...L7, ...ETIKA, ...E7]),
};
