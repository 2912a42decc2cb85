import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDOCOLLEX, WALIKAN } from '../../rules/data/lexicons/indocollex';
import { NUSAX } from '../../rules/data/lexicons/nusax';
import { PROFANITY_EN, PROFANITY_ID } from '../../rules/data/lexicons/profanity';
import { LEXICON_NORMAL, lexiconProfanity } from '../../rules/data/lexicons/index';
import { WORDNET_SYNONYMS } from '../../rules/data/lexicons/wordnet';
import { SLANG } from '../../rules/data/slang';
import { createChecker, DEFAULT_PACK } from '../../rules/index';
import { writtenSplit } from '../corpus/split';

const ROOT = resolve(import.meta.dirname, '../..');
const file = (name: string) => readFileSync(resolve(ROOT, 'rules/data/lexicons', name), 'utf8');

describe('the lexicon tables (npm run lexicons)', () => {
  it('each carry their source and licence; the NusaX-derived table stays CC BY-SA', () => {
    expect(file('indocollex.ts')).toMatch(/MIT License, Copyright \(c\) 2021 Haryo Akbarianto Wibowo/);
    expect(file('nusax.ts')).toMatch(/THIS FILE, derived from it, is licensed CC BY-SA 4\.0/);
    expect(file('wordnet.ts')).toMatch(/Wordnet Bahasa — Bond.*MIT License/);
    expect(file('profanity.ts')).toMatch(/MIT License, Copyright \(c\) 2025 Side ID.*MIT License, Copyright \(c\) 2021 Surge AI/);
    const notices = readFileSync(resolve(ROOT, 'public/THIRD_PARTY_NOTICES'), 'utf8');
    for (const credit of ['IndoCollex', 'NusaX', 'CC BY-SA 4.0', 'id-profanity-filter', 'Surge AI', 'Wordnet Bahasa', 'SmSA']) expect(notices).toContain(credit);
  });

  it('map slang and Malang walikan to standard Indonesian, but never a standard word', () => {
    expect(WALIKAN.kadit).toBe('tidak');
    expect(WALIKAN.ngalam).toBe('malang');
    expect(Object.keys(INDOCOLLEX).length).toBeGreaterThan(2000);
    // The lexicons README names these: standard words that are also reversed forms, and the inverted row.
    for (const w of ['enam', 'utas', 'anam', 'arek']) expect(WALIKAN[w], w).toBeUndefined();
    for (const [from, to] of Object.entries({ ...INDOCOLLEX, ...NUSAX })) expect(from, `${from} → ${to}`).not.toBe(to);
    expect(NUSAX.awu).toBe('abu');
  });

  it('leave out the profanity lists’ known ordinary words', () => {
    const words = new Set([...PROFANITY_ID, ...PROFANITY_EN].map((e) => e.word));
    for (const w of ['menarik', 'ketagihan', 'miskin', 'berisik', 'lu', 'lo', 'cina', 'china', 'pekak']) expect(words.has(w), w).toBe(false);
    expect(lexiconProfanity(new Set(['brengzek']))).not.toContain('brengzek');
  });

  it('let the hand-written slang win over any lexicon', () => {
    for (const [from, to] of SLANG) expect(LEXICON_NORMAL.get(from)).toBe(to);
  });

  it('widen the built-in concepts with gated Wordnet synonyms, which the rules then use', () => {
    const checker = createChecker();
    const clean = writtenSplit('train').filter((c) => !c.refs.length).map((c) => c.text.toLowerCase());
    for (const [concept, words] of Object.entries(WORDNET_SYNONYMS)) {
      expect(words.length, concept).toBeGreaterThan(0);
      for (const w of words) {
        expect(DEFAULT_PACK.concepts[concept], `${concept} gains ${w}`).toContain(w);
        // The build's gate: no synonym appears in the project's own clean texts.
        expect(clean.some((t) => new RegExp(`\\b${w}\\b`).test(t)), w).toBe(false);
      }
    }
    for (const w of WORDNET_SYNONYMS['insult-word']!) {
      expect(checker.check(`Dasar ${w} kamu, disuruh begitu saja tidak bisa.`).some((f) => f.refs.includes('etika-7')), w).toBe(true);
    }
    for (const w of WORDNET_SYNONYMS['weapon']!) {
      expect(checker.check(`Gudang ${w} di markas Kodim isinya 40 peti.`).some((f) => f.refs.includes('larangan-5')), w).toBe(true);
    }
  });

  it.skipIf(!existsSync(resolve(ROOT, '../shared/data/lexicons')))('are exactly what the build makes from ../shared', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/lexicons.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
