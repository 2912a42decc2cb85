import { describe, expect, it } from 'vitest';
import { createChecker, DEFAULT_PACK } from './index';

// Every rule carries its own good and bad sentences; this runs them all.
const checker = createChecker();
const strict = { sensitivity: 'strict' } as const;

describe.each(DEFAULT_PACK.rules.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it.each(rule.examples.bad.map((t) => [t]))('flags: %s', (text) => {
    const ids = checker.check(text, strict).map((f) => f.ruleId);
    expect(ids, `"${text}" should raise ${id}`).toContain(id);
  });
  it.each(rule.examples.good.map((t) => [t]))('leaves alone: %s', (text) => {
    const ids = checker.check(text, strict).map((f) => f.ruleId);
    expect(ids, `"${text}" should not raise ${id}`).not.toContain(id);
  });
});
