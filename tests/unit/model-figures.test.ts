import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker, DEFAULT_PACK } from '../../rules/index';
import { writtenSplit } from '../corpus/split';
import { scoreChecker } from '../corpus/score';

/** What `npm run train` measured on the corpus test split; the checker may not fall below it. */
const figures = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../rules/data/model/figures.json'), 'utf8'));

function score(checker: ReturnType<typeof createChecker>) {
  const s = scoreChecker(checker, writtenSplit('test'));
  return { caught: s.caught / s.violating, alarms: s.alarms / s.clean, violating: s.violating, clean: s.clean };
}

describe('the checker on the corpus test split (never trained or tuned on)', () => {
  const withModel = score(createChecker());
  const rulesOnly = score(createChecker(DEFAULT_PACK, { learned: false }));
  const trained = figures.figures.test.withModel;

  it('holds the recall and false-alarm figures recorded when the model was trained', () => {
    expect(withModel.violating).toBe(trained.violating);
    expect(withModel.caught).toBeGreaterThanOrEqual(trained.caught / trained.violating - 0.02);
    expect(withModel.alarms).toBeLessThanOrEqual(trained.alarms / trained.clean + 0.01);
  });

  it('gains recall from the learned layer at a bounded cost in false alarms', () => {
    expect(withModel.caught - rulesOnly.caught).toBeGreaterThan(0.1);
    expect(withModel.alarms - rulesOnly.alarms).toBeLessThan(0.03);
  });
});
