/**
 * The held-out rounds (heldout/round-N.jsonl) and what the learned layer did with them: the training
 * script learns from the first range, picks thresholds on the second and where to withdraw warnings on the
 * third; every figure that calls itself unseen starts after all three.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CorpusCase } from './corpus';

const DIR = resolve(import.meta.dirname, '../../heldout');
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);

/** Scored once and used since: the learned layer learns from them. */
export const TRAINED_ROUNDS = range(44, 286);
/**
 * The most recent scored rounds when the layer was trained: they pick its thresholds with the dev split
 * (blind-written posts in many registers, where the dev split alone set them for the corpus's own style).
 */
export const CALIBRATION_ROUNDS = range(287, 322);
/**
 * Where the learned layer may withdraw the rules' warnings is chosen on these, as the rules stood at each
 * round's first run (first-run.json): every round scored before the withdrawal was built.
 */
export const VETO_ROUNDS = range(287, 430);
/** The first round neither trained on nor calibrated on. */
export const UNSEEN_FROM = Math.max(TRAINED_ROUNDS.at(-1)!, CALIBRATION_ROUNDS.at(-1)!, VETO_ROUNDS.at(-1)!) + 1;

export function readRound(n: number): CorpusCase[] {
  return readFileSync(resolve(DIR, `round-${n}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusCase);
}

/** The numbers of the rounds on disk from `from` on, in order. */
export function roundsFrom(from: number): number[] {
  return readdirSync(DIR)
    .map((f) => /^round-(\d+)\.jsonl$/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .filter((n) => n >= from)
    .sort((a, b) => a - b);
}
