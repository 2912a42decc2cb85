import { MODEL_GUARDS } from './data/frames';
import { describe, expect, it } from 'vitest';
import { createChecker, DEFAULT_PACK, ITEM_IDS, PackError, type Rule, type RulePack } from './index';
import { Lexicon } from './engine/lexicon';

const rules = DEFAULT_PACK.rules;

describe('the rule data', () => {
  it('has unique rule ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: valid refs, messages in both languages that cite the item, examples', (_id, rule: Rule) => {
    expect(rule.refs.length).toBeGreaterThan(0);
    for (const ref of rule.refs) expect(ITEM_IDS).toContain(ref);
    for (const text of [rule.message.id, rule.message.en, rule.why?.id ?? 'x', rule.why?.en ?? 'x']) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/\s{2,}|\s[,.]/);
    }
    // Every message names the guideline item it comes from, in words a reader knows.
    const cited = rule.refs.some((ref) => {
      const [group, n] = ref.split('-');
      return rule.message.id.includes(`${group} ${n}`) && rule.message.en.includes(`${group === 'larangan' ? 'prohibition' : 'ethics'} ${n}`);
    });
    expect(cited, `${rule.id} must cite one of ${rule.refs.join(', ')} in both languages`).toBe(true);
    expect(rule.examples.bad.length).toBeGreaterThan(0);
    expect(rule.examples.good.length).toBeGreaterThan(0);
  });

  it('covers every larangan and the etika items that text can show', () => {
    const covered = new Set(rules.flatMap((r) => r.refs));
    for (const id of ITEM_IDS) if (id !== 'etika-8') expect(covered, id).toContain(id);
  });

  it('has concepts whose terms all parse to words', () => {
    for (const [name, terms] of Object.entries(DEFAULT_PACK.concepts)) {
      for (const term of terms) expect(Lexicon.parseTerm(term).length, `@${name}: "${term}"`).toBeGreaterThan(0);
    }
  });

  it('uses every concept it defines, and defines every concept it uses', () => {
    // The checker itself reads these (negators, limiters, answers to a quoted post).
    const used = new Set<string>(['negation', 'only', 'frame-rebuke', 'frame-agree']);
    for (const r of rules) {
      const own = r.kind === 'phrase' ? [r.anchor, ...(r.near ?? []), ...(r.unless ?? [])] : [];
      for (const ref of [...own, ...(r.unlessText ?? []), ...(r.unlessBefore ?? []), ...(r.unlessPair ?? []).flat()]) {
        if (typeof ref === 'string') used.add(ref.replace(/^@/, ''));
        // A list of words may name a concept among them ("'all in', '@campaign-attend'").
        else for (const t of ref) if (t.startsWith('@')) used.add(t.slice(1));
      }
    }
    // The learned layer's guards name concepts ("concept" or "concept:item,item").
    for (const g of MODEL_GUARDS) used.add(g.replace(/^</, '').split(':')[0]!);
    // Detectors read some concepts by name.
    for (const name of ['secret-word', 'secret-neutral', 'alarm', 'source', 'anti-hoax', 'curse-animal', 'insult-word', 'animal-context', 'election-context', 'partisan-pointer', 'partisan-negator', 'alarm-neutral', 'praise-marker', 'mock-signal', 'leader', 'policy', 'institution', 'own-unit', 'official-person', 'walikan-reversible', 'coded-group', 'sara-cue', 'cut-wink', 'unit-money', 'fee-wink', 'group-anaphor']) used.add(name);
    // A concept may include another ("@policy" among its terms).
    // …or pair two ("@report-verb ~4 @command-target").
    for (const terms of Object.values(DEFAULT_PACK.concepts)) for (const t of terms) if (t.startsWith('@')) for (const name of t.split(/ ~\d+ /)) used.add(name.slice(1));
    const defined = new Set(Object.keys(DEFAULT_PACK.concepts));
    for (const name of used) expect(defined, `@${name} is used`).toContain(name);
    for (const name of defined) expect(used, `@${name} is defined but unused`).toContain(name);
  });
});

describe('a broken rule pack', () => {
  const base = DEFAULT_PACK;
  const broken = (change: (p: { concepts: Record<string, readonly string[]>; rules: Rule[] }) => void): RulePack => {
    const pack = { version: 1, concepts: { ...base.concepts }, rules: base.rules.map((r) => ({ ...r })) as Rule[] };
    change(pack);
    return pack;
  };

  it.each([
    ['a duplicate id', (p: { rules: Rule[] }) => p.rules.push({ ...p.rules[0]! }), /duplicate rule id/],
    ['an unknown ref', (p: { rules: Rule[] }) => p.rules.push({ ...p.rules[0]!, id: 'x', refs: ['larangan-9' as never] }), /unknown ref larangan-9/],
    ['an unknown concept', (p: { rules: Rule[] }) => p.rules.push({ ...(p.rules[0] as Rule & { kind: 'phrase' }), id: 'y', anchor: '@nope' }), /unknown concept @nope/],
    ['an unknown detector', (p: { rules: Rule[] }) => p.rules.push({ ...p.rules[0]!, kind: 'detector', id: 'z', detector: 'nope' } as Rule), /unknown detector nope/],
    ['a concept that includes an unknown one', (p: { concepts: Record<string, readonly string[]> }) => (p.concepts.loop = ['@nowhere']), /includes unknown concept @nowhere/],
    ['a concept that includes itself', (p: { concepts: Record<string, readonly string[]> }) => (p.concepts.loop = ['x', '@loop']), /includes itself through @loop/],
    ['a pair with an unknown concept', (p: { concepts: Record<string, readonly string[]> }) => (p.concepts.pair = ['@negation ~3 @nowhere']), /pairs unknown concept @nowhere/],
    ['a pair whose window is out of reach', (p: { concepts: Record<string, readonly string[]> }) => (p.concepts.pair = ['@negation ~0 @negation']), /window must be 1–12 words/],
    ['an empty concept', (p: { concepts: Record<string, readonly string[]> }) => (p.concepts.empty = []), /@empty has no terms/],
    ['a term that is not text', (p: { concepts: Record<string, readonly string[]> }) => (p.concepts.bad = [42 as unknown as string]), /not a non-empty string/],
  ] as const)('is refused with a clear message: %s', (_name, change, message) => {
    expect(() => createChecker(broken(change as never))).toThrow(PackError);
    expect(() => createChecker(broken(change as never))).toThrow(message);
  });

  it('is refused when it is not a pack at all', () => {
    expect(() => createChecker(null as unknown as RulePack)).toThrow(/needs "concepts"/);
    expect(() => createChecker({ version: 1, concepts: {}, rules: 'x' } as unknown as RulePack)).toThrow(PackError);
  });
});
