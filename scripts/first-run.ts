/**
 * Replays each held-out batch's first run: the rules alone (no learned layer), as they stood at the
 * commit that first scored the batch (heldout/README.md names it), on that batch's posts. Writes
 * tests/corpus/first-run.json, which `npm run train` reads to decide where the learned layer may withdraw
 * a warning: on fresh text the rules are wrong in ways today's rules, fixed on those very posts, no
 * longer show.
 *
 * Needs the repository's history (a full clone). Usage: tsx scripts/first-run.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readRound } from '../tests/corpus/rounds';

const ROOT = resolve(import.meta.dirname, '..');
/** Each batch of nine rounds and the commit that scored it first. */
export const BATCHES: readonly [number, string][] = [
  [287, 'cca9f09'], [296, '7059a82'], [305, 'a28b072'], [314, '797e59e'], [323, '31a7c58'], [332, '62f0c83'],
  [341, 'fb3bd45'], [350, '0df6e05'], [359, 'd766c98'], [368, 'a545871'], [377, '9f994f2'], [386, '67601a2'],
  [395, '38ee37e'], [404, 'e015316'], [413, '2f1765c'], [422, 'a580ebd'], [431, '4c8fd84'], [440, 'a310e27'],
  [449, '1bc7b1c'], [458, '48fc134'],
];

interface Found {
  rule: string;
  refs: string[];
  severity: string;
}

const findings: Record<string, Found[]> = {};
const work = mkdtempSync(join(tmpdir(), 'saring-first-run-'));
try {
  for (const [from, commit] of BATCHES) {
    const tree = join(work, commit);
    execFileSync('git', ['worktree', 'add', '--detach', '-f', tree, commit], { cwd: ROOT, stdio: 'ignore' });
    if (!existsSync(join(tree, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
    const { Checker } = await import(join(tree, 'rules/engine/checker.ts'));
    const { DEFAULT_PACK } = await import(join(tree, 'rules/data/index.ts'));
    const { SLANG } = await import(join(tree, 'rules/data/slang.ts'));
    const { DETECTORS } = await import(join(tree, 'rules/detectors/index.ts'));
    const rules = new Checker(DEFAULT_PACK, SLANG, DETECTORS);
    for (let r = from; r < from + 9; r++) {
      for (const c of readRound(r)) {
        const found: { ruleId: string; refs: string[]; severity: string }[] = rules.check(c.text);
        findings[c.id!] = found.filter((f) => f.severity !== 'info').map((f) => ({ rule: f.ruleId, refs: f.refs, severity: f.severity }));
      }
    }
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
    console.log(`rounds ${from}-${from + 8}: rules at ${commit}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  execFileSync('git', ['worktree', 'prune'], { cwd: ROOT });
}
writeFileSync(resolve(ROOT, 'tests/corpus/first-run.json'), JSON.stringify({ batches: Object.fromEntries(BATCHES.map(([f, c]) => [`${f}-${f + 8}`, c])), findings }) + '\n');
