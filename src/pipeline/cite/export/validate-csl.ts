/**
 * Validates CSL-JSON against `csl-data.schema.json` (our own JSON Schema of
 * CSL 1.0.2 data). For tests: it needs ajv (a dev dependency) and the file
 * system, so nothing on the site imports it.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const SCHEMA_URL = new URL('./csl-data.schema.json', import.meta.url);

let compiled: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

/** Null when `data` is valid CSL-JSON; otherwise ajv's errors as text. */
export function cslJsonErrors(data: unknown): string | null {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object);
  }
  return compiled(data) ? null : JSON.stringify(compiled.errors, null, 2);
}
