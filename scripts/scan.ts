/**
 * The command-line scanner: the same checker the extension runs, on files or standard input.
 *   npm run --silent scan -- [--jsonl] [--pretty] [--sensitivity strict|normal|relaxed] FILE|-
 * Plain text: one post per blank-line-separated block. JSONL: {"id","text"} a line.
 * Output: one JSON line per case {"id","findings":[…]}, or a table with --pretty.
 */
import { readFileSync } from 'node:fs';
import { checkForUser, createChecker, type Finding, type Sensitivity } from '../rules/index';

interface Case {
  id: string;
  text: string;
}

const USAGE = 'usage: npm run --silent scan -- [--jsonl] [--pretty] [--sensitivity strict|normal|relaxed] FILE|-';

function parseArgs(argv: string[]): { jsonl: boolean; pretty: boolean; sensitivity: Sensitivity; file: string } {
  let jsonl = false;
  let pretty = false;
  let sensitivity: Sensitivity = 'normal';
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--jsonl') jsonl = true;
    else if (a === '--pretty') pretty = true;
    else if (a === '--sensitivity') {
      const v = argv[++i];
      if (v !== 'strict' && v !== 'normal' && v !== 'relaxed') fail(`--sensitivity takes strict, normal or relaxed\n${USAGE}`);
      sensitivity = v;
    } else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`);
    else if (file === undefined) file = a;
    else fail(`one input only\n${USAGE}`);
  }
  if (file === undefined) fail(USAGE);
  return { jsonl: jsonl || /\.jsonl$/i.test(file), pretty, sensitivity, file };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function read(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function parseJsonl(input: string, errors: string[]): Case[] {
  const cases: Case[] = [];
  input.split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    const n = k + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push(`line ${n}: not JSON`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(`line ${n}: not a JSON object`);
      return;
    }
    const obj = value as Record<string, unknown>;
    if (typeof obj.text !== 'string') {
      errors.push(`line ${n}: no "text" string`);
      return;
    }
    cases.push({ id: obj.id === undefined ? String(n) : String(obj.id), text: obj.text });
  });
  return cases;
}

function parsePlain(input: string): Case[] {
  return input
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text, k) => ({ id: String(k + 1), text }));
}

function table(c: Case, findings: Finding[]): string {
  if (findings.length === 0) return `${c.id}  ✓ tidak ada temuan / no findings\n`;
  return (
    findings
      .map((f) => {
        const excerpt = c.text.slice(f.start, f.end).replace(/\s+/g, ' ');
        return `${c.id}  ${f.severity.toUpperCase().padEnd(7)} ${f.refs.join(',').padEnd(22)} «${excerpt}»  ${f.message.id}`;
      })
      .join('\n') + '\n'
  );
}

const args = parseArgs(process.argv.slice(2));
const input = read(args.file);
const errors: string[] = [];
const cases = args.jsonl ? parseJsonl(input, errors) : parsePlain(input);
const checker = createChecker();
const out: string[] = [];
for (const c of cases) {
  // The same presentation step as the extension: what is printed is what a user would be shown.
  const findings = checkForUser(checker, c.text, { sensitivity: args.sensitivity }).shown;
  out.push(args.pretty ? table(c, findings) : JSON.stringify({ id: c.id, findings }) + '\n');
}
process.stdout.write(out.join(''));
for (const e of errors) console.error(`${args.file === '-' ? 'stdin' : args.file}: ${e}`);
process.exitCode = errors.length ? 1 : 0;
