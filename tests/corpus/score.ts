/**
 * One way to score a checker on labelled cases, as shared/eval/score.mjs does: a violating case is
 * caught when a warning or danger cites one of its items; a clean case with any is a false alarm.
 * Used by `npm run train`, `npm run bench` and the model's floor test.
 */
import type { Checker } from '../../rules/index';

export interface Score {
  caught: number;
  violating: number;
  alarms: number;
  clean: number;
  /** Clean cases with a `danger` finding. */
  danger: number;
  /** Per item: [raised, cases citing it]. */
  per: Record<string, [number, number]>;
}

export function scoreChecker(checker: Checker, cases: readonly { text: string; refs: readonly string[] }[]): Score {
  const s: Score = { caught: 0, violating: 0, alarms: 0, clean: 0, danger: 0, per: {} };
  for (const c of cases) {
    const found = checker.check(c.text).filter((f) => f.severity !== 'info');
    const raised = new Set<string>(found.flatMap((f) => f.refs));
    if (c.refs.length === 0) {
      s.clean++;
      if (found.length) s.alarms++;
      if (found.some((f) => f.severity === 'danger')) s.danger++;
      continue;
    }
    s.violating++;
    if (c.refs.some((r) => raised.has(r))) s.caught++;
    for (const r of c.refs) {
      const p = (s.per[r] ??= [0, 0]);
      p[1]++;
      if (raised.has(r)) p[0]++;
    }
  }
  return s;
}
