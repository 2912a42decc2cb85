/**
 * npm run train: trains the learned layer, reproducibly, and writes it into rules/data/model/.
 *
 * Data (only what may be shipped): the written corpus's train split, the hand-written corpus and the
 * held-out rounds already used (tests/corpus; heldout/, TRAINED_ROUNDS in tests/corpus/rounds.ts), and half
 * of SmSA's reviews as clean text (a third quarter calibrates, the last is only scored) (Apache-2.0, from
 * ../shared). The corpus dev split and CALIBRATION_ROUNDS pick each item's threshold, VETO_ROUNDS where
 * warnings are withdrawn (pickVeto); the test split and later rounds are only scored. Tool: Debian's `fasttext` 0.9.2 (apt-get install fasttext), one thread
 * and a fixed seed, so the same data gives the same model.
 *
 * Writes: rules/data/model/model.ts (the quantised model as base64, thresholds, guards),
 * rules/data/model/MODEL_CARD.md (sources, licences, counts, figures), rules/data/model/figures.json
 * (the floors `npm test` holds the model to), tests/fixtures/model-parity.json (the tool's own
 * probabilities, which the TypeScript reader must reproduce).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Checker } from '../rules/engine/checker';
import { DEFAULT_PACK } from '../rules/data';
import { MODEL_GUARDS } from '../rules/data/frames';
import { SLANG } from '../rules/data/slang';
import { DETECTORS } from '../rules/detectors';
import { ITEM_IDS, type ItemId } from '../rules/guideline';
import { FastTextModel } from '../rules/model/fasttext';
import { modelLine } from '../rules/model/features';
import { LearnedLayer, NEVER_WITHDRAWN, type CleanVeto, type ModelMeta } from '../rules/model/learned';
import { fnv1a } from '../rules/present';
import { handWritten, type CorpusCase } from '../tests/corpus/corpus';
import { CALIBRATION_ROUNDS, readRound, TRAINED_ROUNDS, UNSEEN_FROM, VETO_ROUNDS } from '../tests/corpus/rounds';
import { writtenSplit } from '../tests/corpus/split';
import { scoreChecker, type Score } from '../tests/corpus/score';

const ROOT = resolve(import.meta.dirname, '..');
const SMSA = resolve(ROOT, '../shared/data/smsa/train_preprocess.tsv');
const SEED = 7;
const FASTTEXT_ARGS = ['-loss', 'ova', '-dim', '32', '-epoch', '25', '-lr', '0.3', '-wordNgrams', '2', '-minn', '3', '-maxn', '5', '-bucket', '200000', '-minCount', '1'];
const QUANTIZE_ARGS = ['-qnorm', '-cutoff', '15000', '-retrain', '-dsub', '2'];
/**
 * Stretches doing what careful writers do are left to the rules: a leak reported properly, a hoax
 * denounced, advice on what not to post, a policy supported, remembrance, review or news context.
 */
const GUARDS = MODEL_GUARDS;
/** One false alarm costs as much as this many catches when an item's threshold is chosen. */
const ALARM_COST = 6;
/**
 * The model withdraws a warning only when near-sure the text breaks nothing. On rounds 323–466 (as the
 * rules stood at first run) 0.98 lost twice the catches of 0.99 for a few more cleared alarms, and
 * withdrew a real report of a beaten private (a regression case); below it, about as many catches as
 * cleared alarms.
 */
const VETO_GRID = [0.99, 0.995, 0.998, 0.999];
/** A catch the model withdraws costs as much as this many false alarms it clears. */
const LOST_CATCH_COST = 2;
/** Up to 0.995: an item whose texts resemble harmless talk (faith, leaders) needs a very sure model. */
const GRID = [...Array.from({ length: 15 }, (_, k) => 0.7 + k * 0.02), 0.985, 0.99, 0.995];

function fail(message: string): never {
  console.error(`npm run train: ${message}`);
  process.exit(1);
}

if (spawnSync('fasttext', [], { encoding: 'utf8' }).error) fail('the `fasttext` tool is missing: apt-get install -y fasttext');
if (!existsSync(SMSA)) fail(`SmSA is missing at ${SMSA}: training needs ../shared/data (the model must come from the same data every time)`);

const base = new Checker(DEFAULT_PACK, SLANG, DETECTORS);
const line = (text: string) => modelLine(text, SLANG, base.lexicon.isKnownWord);
const labelled = (c: CorpusCase) => `${c.refs.length ? c.refs.map((r) => `__label__${r}`).join(' ') : '__label__clean'} ${line(c.text)}`;

const usedRounds = TRAINED_ROUNDS.flatMap(readRound);
const calibrationRounds = CALIBRATION_ROUNDS.flatMap(readRound);
const smsaAll = readFileSync(SMSA, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
/** SmSA by text hash: quarters 0–1 are trained on, 2 calibrates thresholds, 3 is only scored. */
const smsaQuarter = (q: number) => smsaAll.filter(([t]) => parseInt(fnv1a(t!), 36) % 4 === q);
const smsaCases = (rows: string[][], tag: string) => rows.map(([t], k) => ({ id: `smsa-${tag}-${k}`, text: t!, refs: [] as string[] }));
const smsaTrain = smsaCases([...smsaQuarter(0), ...smsaQuarter(1)], 'train');
const friendly = (rows: string[][]) => rows.filter(([, l]) => l !== 'negative');
const smsaCalibration = smsaCases(friendly(smsaQuarter(2)), 'cal');
const smsaHeld = smsaCases(friendly(smsaQuarter(3)), 'held');
const sources = { written: writtenSplit('train'), handWritten: handWritten(), rounds: usedRounds, smsa: smsaTrain };
const train = Object.values(sources).flat();
const dev = writtenSplit('dev');
const test = writtenSplit('test');
const unknown = train.flatMap((c) => c.refs).filter((r) => !ITEM_IDS.includes(r as ItemId));
if (unknown.length) fail(`unknown item ids in the training data: ${[...new Set(unknown)].join(', ')}`);

const dir = mkdtempSync(join(tmpdir(), 'saring-train-'));
try {
  writeFileSync(join(dir, 'train.txt'), train.map(labelled).join('\n') + '\n');
  console.log(`training on ${train.length} texts (${Object.entries(sources).map(([k, v]) => `${k} ${v.length}`).join(', ')})`);
  const run = (args: string[]) => execFileSync('fasttext', [...args, '-seed', String(SEED), '-thread', '1', '-verbose', '0'], { stdio: 'inherit' });
  run(['supervised', '-input', join(dir, 'train.txt'), '-output', join(dir, 'model'), ...FASTTEXT_ARGS]);
  run(['quantize', '-input', join(dir, 'train.txt'), '-output', join(dir, 'model'), ...QUANTIZE_ARGS]);
  const bytes = new Uint8Array(readFileSync(join(dir, 'model.ftz')));
  const model = new FastTextModel(bytes);

  // Thresholds: per item, on the dev split and the calibration rounds, where the rules say nothing about that item.
  const probe = new LearnedLayer(model, { thresholds: Object.fromEntries(ITEM_IDS.map((i) => [i, 0.5])), guards: GUARDS }, SLANG);
  const probeChecker = new Checker(DEFAULT_PACK, SLANG, DETECTORS, probe);
  const devRows = [...dev, ...smsaCalibration, ...calibrationRounds].map((c) => {
    const raised = new Set<string>(base.check(c.text).filter((f) => f.severity !== 'info').flatMap((f) => f.refs));
    return { c, raised, probs: probe.maxProbs(probeChecker.read(c.text), probeChecker.learnedGuards) };
  });
  const thresholds: Partial<Record<ItemId, number>> = {};
  for (const item of model.labels.filter((l): l is ItemId => ITEM_IDS.includes(l as ItemId))) {
    let best = { t: 1, gain: 0 };
    for (const t of GRID) {
      let gain = 0;
      for (const { c, raised, probs } of devRows) {
        if (raised.has(item) || (probs.get(item) ?? 0) < t) continue;
        if (c.refs.length === 0 || !c.refs.some((r) => raised.has(r))) gain += c.refs.includes(item) ? 1 : c.refs.length === 0 ? -ALARM_COST : 0;
      }
      if (gain > best.gain) best = { t: Math.round(t * 1000) / 1000, gain };
    }
    if (best.gain > 0) thresholds[item] = best.t;
  }
  const cleanVeto = pickVeto(probe);
  const meta: ModelMeta = { ...(cleanVeto ? { cleanVeto } : {}), thresholds, guards: GUARDS };

  // Figures: rules alone and rules + model on the dev and test splits and the other half of SmSA.
  const withModel = new Checker(DEFAULT_PACK, SLANG, DETECTORS, new LearnedLayer(model, meta, SLANG));
  const figures = {
    test: { rules: scoreChecker(base, test), withModel: scoreChecker(withModel, test) },
    dev: { rules: scoreChecker(base, dev), withModel: scoreChecker(withModel, dev) },
    smsaHeldOut: { rules: scoreChecker(base, smsaHeld), withModel: scoreChecker(withModel, smsaHeld) },
  };

  // Parity: the tool's own probabilities on dev lines, which the TypeScript reader must match.
  const parityLines = dev.slice(0, 40).map((c) => line(c.text));
  writeFileSync(join(dir, 'parity.txt'), parityLines.join('\n') + '\n');
  const predicted = execFileSync('fasttext', ['predict-prob', join(dir, 'model.ftz'), join(dir, 'parity.txt'), '-1', '0'], { encoding: 'utf8' }).split('\n');
  const parity = parityLines.map((l, i) => {
    const probs: Record<string, number> = {};
    const p = predicted[i]!.trim().split(' ');
    for (let k = 0; k + 1 < p.length; k += 2) probs[p[k]!.replace('__label__', '')] = Number(p[k + 1]);
    return { words: l, probs };
  });

  const b64 = Buffer.from(bytes).toString('base64');
  writeFileSync(
    resolve(ROOT, 'rules/data/model/model.ts'),
    `// Generated by \`npm run train\` (scripts/train.ts) — do not edit. See MODEL_CARD.md beside this file.\n` +
      `// A fastText model trained on the project's own corpus and SmSA (Apache-2.0); licence as the project.\n` +
      `import type { ModelMeta } from '../../model/learned';\n\n` +
      `export const MODEL_META: ModelMeta = ${JSON.stringify(meta)};\n\n` +
      `export const MODEL_BASE64 =\n  '${b64}';\n`,
  );
  const counts = { train: train.length, ...Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, v.length])), dev: dev.length, calibration: calibrationRounds.length, test: test.length, clean: train.filter((c) => !c.refs.length).length };
  writeFileSync(resolve(ROOT, 'rules/data/model/figures.json'), JSON.stringify({ counts, bytes: bytes.length, thresholds, figures }, null, 2) + '\n');
  writeFileSync(resolve(ROOT, 'tests/fixtures/model-parity.json'), JSON.stringify(parity) + '\n');
  writeFileSync(resolve(ROOT, 'rules/data/model/MODEL_CARD.md'), card(counts, bytes.length, thresholds, figures, meta));
  console.log(card(counts, bytes.length, thresholds, figures, meta));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Where the model may withdraw the rules' warnings from a text it is near-sure is clean: a threshold and
 * the items, chosen on VETO_ROUNDS with the rules *as they stood at each round's first run*
 * (tests/corpus/first-run.json); today's rules have been fixed on those posts and no longer show how they
 * go wrong on fresh text. Not the corpus dev split: the rules are tuned to it (a handful of false alarms in
 * a thousand clean texts), so it shows what withdrawing loses, never what it clears. A lost catch costs
 * two cleared false alarms; danger findings, and texts holding one, are never touched.
 */
function pickVeto(layer: LearnedLayer): CleanVeto | undefined {
  const firstRun = JSON.parse(readFileSync(resolve(ROOT, 'tests/corpus/first-run.json'), 'utf8')) as { findings: Record<string, { rule: string; refs: string[]; severity: string }[]> };
  const disguised = new Set(DEFAULT_PACK.rules.filter((r) => r.disguised).map((r) => r.id));
  const rows = VETO_ROUNDS.flatMap(readRound).map((c) => {
    const found = firstRun.findings[c.id!]?.map((f) => ({ ...f, disguised: disguised.has(f.rule) }));
    if (!found) fail(`tests/corpus/first-run.json has no first run of ${c.id}: run tsx scripts/first-run.ts`);
    return { refs: c.refs, found, p: layer.cleanSureness(base.read(c.text)) };
  });
  const gain = (t: number, items: ReadonlySet<string>): number => {
    let g = 0;
    for (const r of rows) {
      if (r.p < t || r.found.length === 0 || r.found.some((f) => f.severity === 'danger')) continue;
      const kept = r.found.filter((f) => f.disguised || !f.refs.every((x) => items.has(x)));
      const hit = (fs: readonly { refs: string[] }[]) => fs.some((f) => f.refs.some((x) => r.refs.includes(x)));
      if (r.refs.length === 0 && kept.length === 0) g += 1;
      if (r.refs.length && hit(r.found) && !hit(kept)) g -= LOST_CATCH_COST;
    }
    return g;
  };
  let best: { veto: CleanVeto; gain: number } | undefined;
  for (const threshold of VETO_GRID) {
    const items = ITEM_IDS.filter((i) => !NEVER_WITHDRAWN.includes(i) && gain(threshold, new Set([i])) > 0);
    const g = gain(threshold, new Set(items));
    if (items.length && g > 0 && (!best || g >= best.gain)) best = { veto: { threshold, items }, gain: g };
  }
  return best?.veto;
}

function card(counts: Record<string, number>, size: number, thresholds: Partial<Record<ItemId, number>>, figures: Record<string, { rules: Score; withModel: Score }>, meta: ModelMeta): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  const row = (name: string, s: Score) => `| ${name} | ${s.caught}/${s.violating} (${pct(s.caught, s.violating)}) | ${s.alarms}/${s.clean} (${pct(s.alarms, s.clean)}) |`;
  const t = figures.test!;
  const items = Object.keys(t.withModel.per).sort();
  return `# Data card: Saring's learned layer

Generated by \`npm run train\` (scripts/train.ts); every figure below is recomputed by it.

- **What it is:** a fastText classifier (one-vs-all sigmoids over the 15 guideline items and "clean"),
  words + word bigrams + character 3–5-grams, dimension ${FASTTEXT_ARGS[FASTTEXT_ARGS.indexOf('-dim') + 1]}, quantised (\`fasttext quantize -qnorm -cutoff
  15000 -retrain\`): ${(size / 1024).toFixed(0)} KB. Read by \`rules/model/fasttext.ts\` in the checker's worker.
- **How it is used:** after the rules, per stretch of text (sentences gathered to ≥ 6 words); it adds a
  \`warning\` for an item the rules did not raise when the item's probability passes its threshold. Never
  \`danger\`. Stretches with a guard concept (${GUARDS.join(', ')}) are left to the rules.
  Sensitivity moves the thresholds (strict −0.15, relaxed halfway to 1).
- **Withdrawing warnings:** ${meta.cleanVeto ? `when the model is ${meta.cleanVeto.threshold} sure the whole text breaks nothing (its probability of "clean" and one minus its highest item probability both reach that), the rules' warnings of ${meta.cleanVeto.items.join(', ')} in it are withdrawn; never ${NEVER_WITHDRAWN.join(' nor ')} (coded hate and hints are written to look harmless; insults are in their words, and on real tweets withdrawing them lost far more than it cleared), never a rule that finds the disguised (irony, hints, scare quotes), never \`danger\`, nor any warning in a text with a \`danger\` finding; strict sensitivity keeps them all, relaxed withdraws sooner. Threshold and items were chosen on rounds ${VETO_ROUNDS[0]}–${VETO_ROUNDS.at(-1)} as the rules stood at their first run (tests/corpus/first-run.json), where a lost catch cost two cleared false alarms.` : 'none (it did not help on the calibration data).'}
- **Tool:** Debian's \`fasttext\` 0.9.2, \`-seed ${SEED} -thread 1\`, arguments \`${FASTTEXT_ARGS.join(' ')}\`.
- **Input:** \`rules/model/features.ts\` — the rules' folding and tokens, leet undone, stretched letters
  squeezed, slang mapped to standard words, numbers as digit shapes.

## Sources and licences (training only on what may be shipped)

| source | texts | licence |
| --- | --- | --- |
| written corpus, train split (tests/corpus/written, 80% by id hash) | ${counts.written} | the project's own |
| hand-written corpus and used held-out rounds (tests/corpus, heldout/round-${TRAINED_ROUNDS[0]}…${TRAINED_ROUNDS.at(-1)}) | ${counts.handWritten! + counts.rounds!} | the project's own |
| SmSA reviews, two quarters by text hash, as clean text (IndoNLU) | ${counts.smsa} | Apache-2.0 |

${counts.train} texts in all, ${counts.clean} of them clean. Not trained on: the corpus dev split (${counts.dev}, used
to pick thresholds with rounds ${CALIBRATION_ROUNDS[0]}–${CALIBRATION_ROUNDS.at(-1)}, ${counts.calibration} posts), the corpus test split (${counts.test}, only scored), held-out
rounds ${CALIBRATION_ROUNDS.at(-1)! + 1}–${VETO_ROUNDS.at(-1)} (only to choose where warnings are withdrawn, as the rules stood at first run) and from ${UNSEEN_FROM} on (only scored),
Ibrohim 2018 (CC BY-NC-SA) and \`shared/data/corpora\` (evaluation only).

## Thresholds (picked on the dev split, a third SmSA quarter and held-out rounds ${CALIBRATION_ROUNDS[0]}–${CALIBRATION_ROUNDS.at(-1)}; a false alarm costs ${ALARM_COST} catches)

${Object.entries(thresholds).map(([k, v]) => `${k} ${v}`).join(' · ')}
${items.filter((i) => !(i in thresholds)).length ? `\nNo threshold (the model stays silent): ${ITEM_IDS.filter((i) => !(i in thresholds)).join(', ')}.\n` : ''}
## Figures (normal sensitivity; a text counts as caught when one of its items is raised)

| set | caught | false alarms |
| --- | --- | --- |
${row('test split, rules alone', t.rules)}
${row('test split, rules + model', t.withModel)}
${row('dev split, rules alone', figures.dev!.rules)}
${row('dev split, rules + model', figures.dev!.withModel)}
${row('SmSA scored quarter (positive + neutral), rules alone', figures.smsaHeldOut!.rules)}
${row('SmSA scored quarter (positive + neutral), rules + model', figures.smsaHeldOut!.withModel)}

Per item on the test split, rules + model (rules alone): ${items.map((i) => `${i} ${pct(...(t.withModel.per[i] ?? [0, 0]))} (${pct(...(t.rules.per[i] ?? [0, 0]))})`).join(' · ')}.

The corpus was written by the project's helpers from the guideline; its test split is in-distribution.
The honest figure is the held-out rounds, written by people who never saw rules, corpus or model:
see heldout/README.md.
`;
}
