import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';

const schemaPath = path.resolve(import.meta.dirname, '../../schema/digest.schema.json');
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

/** Throws with ajv's messages when a JSON document does not match schema/digest.schema.json. */
export function assertValidDocument(document: unknown): void {
  if (!validate(document)) throw new Error(`output does not match the schema: ${ajv.errorsText(validate.errors)}`);
}

/** The schema's definition for one item (an article line of NDJSON, say). */
export function assertValidItem(definition: string, item: unknown): void {
  const check = ajv.getSchema(`https://digest.invalid/schema/digest.schema.json#/definitions/${definition}`);
  if (!check) throw new Error(`no schema definition ${definition}`);
  if (!check(item)) throw new Error(`${definition} does not match the schema: ${ajv.errorsText(check.errors)}`);
}
