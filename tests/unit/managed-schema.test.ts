import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA_PATH, managedSchema, managedSchemaText } from '../../scripts/managed-schema';
import * as v from 'valibot';
import { PolicySchema } from '@/utils/schema/settings';
import { POLICY_KEYS, sanitizePolicy } from '@/utils/settings';

type Schema = Record<string, unknown>;

// What Chrome's managed-schema validator knows, and the JSON type each attribute must have
// (components/json_schema in Chromium). It ignores other attributes, but refuses these with the
// wrong type: a boolean `additionalProperties`, say, would stop the extension from loading.
const CHROME_ATTRIBUTES: Record<string, (v: unknown) => boolean> = {
  type: (v) => typeof v === 'string' && ['any', 'array', 'boolean', 'integer', 'number', 'null', 'object', 'string'].includes(v),
  title: (v) => typeof v === 'string',
  description: (v) => typeof v === 'string',
  properties: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  items: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  enum: (v) => Array.isArray(v) && v.every((x) => ['string', 'number', 'boolean'].includes(typeof x)),
  required: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  minLength: (v) => Number.isInteger(v) && (v as number) >= 0,
  maxLength: (v) => Number.isInteger(v) && (v as number) >= 0,
  minItems: (v) => Number.isInteger(v) && (v as number) >= 0,
  maxItems: (v) => Number.isInteger(v) && (v as number) >= 0,
  // Not Chrome's, and ignored by it; kept because it tells an administrator what is assumed.
  default: () => true,
};

function chromeProblems(schema: Schema, at = '$'): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    const ok = CHROME_ATTRIBUTES[key];
    if (!ok) problems.push(`${at}: ${key} is not an attribute Chrome knows`);
    else if (!ok(value)) problems.push(`${at}: ${key} has a value Chrome refuses`);
  }
  if (typeof schema.type !== 'string') problems.push(`${at}: no type`);
  for (const [k, s] of Object.entries((schema.properties as Record<string, Schema>) ?? {})) problems.push(...chromeProblems(s, `${at}.${k}`));
  if (schema.items) problems.push(...chromeProblems(schema.items as Schema, `${at}[]`));
  return problems;
}

/** Enough of JSON Schema to check a policy against the generated file. */
function valid(schema: Schema, value: unknown): boolean {
  const type = schema.type as string;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (type === 'boolean') return typeof value === 'boolean';
  if (type === 'string') {
    if (typeof value !== 'string') return false;
    return value.length >= ((schema.minLength as number) ?? 0) && value.length <= ((schema.maxLength as number) ?? Infinity);
  }
  if (type === 'array') {
    if (!Array.isArray(value) || value.length > ((schema.maxItems as number) ?? Infinity)) return false;
    return value.every((x) => valid(schema.items as Schema, x));
  }
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const v = value as Record<string, unknown>;
    const props = schema.properties as Record<string, Schema>;
    if (((schema.required as string[]) ?? []).some((k) => !(k in v))) return false;
    return Object.entries(v).every(([k, x]) => !props[k] || valid(props[k], x));
  }
  return false;
}

describe('public/managed_schema.json', () => {
  it('is what scripts/managed-schema.ts generates (run `npm run --silent managed-schema` after changing the settings schema)', () => {
    expect(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')).toBe(managedSchemaText());
  });

  it('describes exactly the keys an administrator may set', () => {
    expect(Object.keys(managedSchema().properties as object).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('uses only what Chrome’s managed-schema validator accepts', () => {
    const schema = managedSchema();
    expect(schema.type).toBe('object');
    expect(chromeProblems(schema)).toEqual([]);
  });

  it.each([
    ['the README example', { sensitivity: 'strict', watchTerms: [{ term: 'Operasi Teratai', severity: 'danger' }] }, true],
    ['a term without a severity', { watchTerms: [{ term: 'Operasi Teratai' }] }, true],
    ['a long allowed phrase', { allowTerms: ['x'.repeat(200)] }, true],
    ['an overlong watch term', { watchTerms: [{ term: 'x'.repeat(81), severity: 'danger' }] }, false],
    ['an unknown severity', { watchTerms: [{ term: 'Pos 3', severity: 'loud' }] }, false],
    ['an unknown item', { disabledItems: ['larangan-99'] }, false],
    ['a string for a boolean', { enabled: 'false' }, false],
  ])('agrees with the schema Saring checks a policy with on %s', (_name, policy, ok) => {
    expect(valid(managedSchema(), policy)).toBe(ok);
    expect(v.is(PolicySchema, policy)).toBe(ok);
    if (ok) expect(Object.keys(sanitizePolicy(policy))).toEqual(Object.keys(policy));
  });
});
