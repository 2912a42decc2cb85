import { createChecker } from '../rules/index';
import { smsa } from './datasets';
import { fold } from '../rules/text/fold';
import { tokenize } from '../rules/text/tokenize';
const c = createChecker();
const sample = smsa().map((s) => s.text).join('\n\n');
const big = sample.repeat(Math.ceil(1_000_000 / sample.length)).slice(0, 1_000_000);
for (let k = 0; k < 3; k++) c.check(big);
const T: Record<string, number[]> = {};
const tm = <R>(n: string, f: () => R): R => { const t = performance.now(); const r = f(); (T[n] ??= []).push(performance.now() - t); return r; };
for (let k = 0; k < 8; k++) {
  const f = tm('fold', () => fold(big));
  const toks = tm('tokenize', () => tokenize(f, c.lexicon.isKnownWord));
  tm('match', () => c.lexicon.match(toks));
  tm('check total', () => c.check(big));
}
for (const [k, v] of Object.entries(T)) { v.sort((a, b) => a - b); console.log(k.padEnd(28), v[Math.floor(v.length / 2)]!.toFixed(1), v.map(x=>x.toFixed(0)).join(',')); }
