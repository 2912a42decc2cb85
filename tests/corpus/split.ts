/**
 * The written corpus split once, by a hash of each case's id (stable however the files grow):
 * 80% train, 10% dev, 10% test. The test split is never trained or tuned on; `npm run bench` reports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fnv1a } from '../../rules/present';
import type { CorpusCase } from './corpus';

export type Split = 'train' | 'dev' | 'test';

export function splitOf(id: string): Split {
  const bucket = parseInt(fnv1a(id), 36) % 10;
  return bucket === 0 ? 'test' : bucket === 1 ? 'dev' : 'train';
}

const DIR = resolve(import.meta.dirname, 'written');

/** Every written case (tests/corpus/written/*.jsonl), in file order. */
export function written(): CorpusCase[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(resolve(DIR, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as CorpusCase),
    );
}

export function writtenSplit(split: Split): CorpusCase[] {
  return written().filter((c) => splitOf(c.id) === split);
}
