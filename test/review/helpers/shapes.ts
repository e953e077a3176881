// Checks real answers of the review API against the JSON schemas its OpenAPI document gives.
import { reviewOpenApi } from '../../../src/review/http/openapi.js';

export type Schema = {
  $ref?: string;
  type?: string | string[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  format?: string;
};

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
export const DOC = reviewOpenApi();
/** A schema, or the document's component its $ref names. */
const resolved = (s: Schema): Schema | undefined => (s.$ref ? (DOC.schemas[s.$ref.replace('#/components/schemas/', '')] as Schema | undefined) : s);
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Where a value departs from a (small, local) JSON schema: missing or unknown keys, wrong types, values
 * outside an enum, strings off their pattern or date-time format, numbers under their minimum. Follows
 * the document's $refs; additionalProperties may be a schema (maps of counts).
 */
export function shapeProblems(of: unknown, value: unknown, at = '$'): string[] {
  const schema = resolved(of as Schema);
  if (!schema) return [`${at}: ${(of as Schema).$ref} is no schema of the document`];
  const out: string[] = [];
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type);
  const t = typeOf(value);
  if (types.length && !types.includes(t) && !(t === 'integer' && types.includes('number'))) return [`${at}: ${t}, not ${types.join('|')}`];
  if (schema.enum && !schema.enum.includes(value)) out.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (t === 'string' && schema.pattern && !new RegExp(schema.pattern, 'u').test(value as string)) out.push(`${at}: does not match ${schema.pattern}`);
  if (t === 'string' && schema.format === 'date-time' && !ISO_UTC.test(value as string)) out.push(`${at}: ${JSON.stringify(value)} is no date-time`);
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) out.push(`${at}: ${value} < ${schema.minimum}`);
  if (t === 'array' && schema.items) (value as unknown[]).forEach((v, i) => out.push(...shapeProblems(schema.items!, v, `${at}[${i}]`)));
  if (t === 'object' && (schema.properties || typeof schema.additionalProperties === 'object')) {
    const obj = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in obj)) out.push(`${at}.${k}: missing`);
    for (const [k, v] of Object.entries(obj)) {
      const sub = schema.properties?.[k];
      if (sub) out.push(...shapeProblems(sub, v, `${at}.${k}`));
      else if (schema.additionalProperties === false) out.push(`${at}.${k}: not in the schema`);
      else if (typeof schema.additionalProperties === 'object') out.push(...shapeProblems(schema.additionalProperties, v, `${at}.${k}`));
    }
  }
  return out;
}
