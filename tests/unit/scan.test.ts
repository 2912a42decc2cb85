import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const scan = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/scan.ts'), ...args], { cwd: root, input, encoding: 'utf8' });

describe('the scanner', () => {
  it('scans plain text blocks and prints one JSON line per case', () => {
    const r = scan(['-'], 'Dokumen RAHASIA: rencana besok\n\nSelamat pagi rekan-rekan\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['1', '2']);
    expect(lines[0].findings.map((f: { refs: string[] }) => f.refs).flat()).toContain('larangan-5');
    expect(lines[1].findings).toEqual([]);
  });

  it('reads JSONL, reports bad lines with their numbers, still scans the rest, and exits non-zero', () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'saring-scan-'));
    const file = resolve(dir, 'cases.jsonl');
    writeFileSync(file, ['{"id":"a","text":"Dasar goblok"}', 'not json', '{"id":"b"}', '{"id":"c","text":"Selamat pagi"}', '[1]'].join('\n'));
    const r = scan(['--jsonl', file]);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
    expect(r.stderr).toContain('line 2: not JSON');
    expect(r.stderr).toContain('line 3: no "text" string');
    expect(r.stderr).toContain('line 5: not a JSON object');
  });

  it('prints a readable table with --pretty', () => {
    const r = scan(['--pretty', '-'], 'Password wifi kantor: Kodim0818');
    expect(r.stdout).toMatch(/DANGER\s+larangan-5,etika-3\s+«Kodim0818»/);
  });

  it('says clearly when a file cannot be read', () => {
    const r = scan(['/no/such/file.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read /no/such/file.txt: ENOENT');
  });
});
