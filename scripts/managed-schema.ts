/**
 * Writes public/managed_schema.json (the schema Chrome checks an administrator's policy against)
 * from the same valibot definitions that sanitise the policy at run time:
 *   npm run --silent managed-schema
 * tests/unit/managed-schema.test.ts fails when the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { PolicySchema } from '../utils/schema/settings';

export const MANAGED_SCHEMA_PATH = resolve(import.meta.dirname, '../public/managed_schema.json');

type Json = Record<string, unknown>;

/**
 * Chrome checks managed schemas with its own validator, a JSON Schema subset with no `$schema`
 * dialect; tests/unit/managed-schema.test.ts holds the output to that subset.
 */
function forChrome(schema: Json): Json {
  const { $schema: _dialect, required, ...rest } = schema;
  return Array.isArray(required) && required.length > 0 ? { ...rest, required } : rest;
}

export function managedSchema(): Json {
  // `trim` is a clean-up, not a constraint; `metadata` holds how lists are tidied, which is code.
  // Chrome's validator knows no formats or custom checks: https-only links and common words are
  // refused by the extension itself when it reads the policy (sanitizePolicy).
  return forChrome(toJsonSchema(PolicySchema, { target: 'draft-07', ignoreActions: ['trim', 'metadata', 'check', 'url', 'starts_with'] }) as Json);
}

export function managedSchemaText(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(MANAGED_SCHEMA_PATH, managedSchemaText());
  console.log(`wrote ${MANAGED_SCHEMA_PATH}`);
}
