import fc from 'fast-check';
import { type ZodType, z } from 'zod';

/**
 * Hostile and edge-case inputs derived from a route's zod schema. The schema is read through
 * its JSON Schema form, so any route with a schema is covered without writing anything new.
 */
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  example?: unknown;
  items?: JsonSchema;
  minItems?: number;
  anyOf?: JsonSchema[];
};

export const NASTY_STRINGS = [
  '',
  ' ',
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '%00%0d%0a',
  'null',
  '\u0000',
  '\ud800',
  '🧑🏽‍💻👩‍❤️‍👨',
  'مرحبا بالعالم',
  'Z̷̢̛a̶̡͝l̸͙̕g̴̛̹o̵̢͠',
  '\u202eevil',
  'x'.repeat(100_000),
];

const WRONG_TYPES: unknown[] = [null, 0, -1, 1e308, true, [], {}, ['a'], { $gt: '' }];

export function toJsonSchema(schema: unknown): JsonSchema | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  return z.toJSONSchema(schema as ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

let counter = 0;
/** A value the schema would likely accept, to vary one field at a time around it. */
export function sampleValue(schema: JsonSchema): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.anyOf?.[0]) return sampleValue(schema.anyOf[0]);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      counter += 1;
      if (schema.format === 'email') return `fuzz-${Date.now()}-${counter}@example.test`;
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'uri') return 'https://example.org/';
      return 'sample-text-'.padEnd(Math.max(schema.minLength ?? 0, 12), 'x');
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleValue(schema.items ?? {}));
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sampleValue(value)]),
      );
    default:
      return 'sample';
  }
}

/** Deterministic cases: not-an-object, each required field missing, each field mistyped or nasty. */
export function hostileObjects(schema: JsonSchema): unknown[] {
  const base = sampleValue(schema) as Record<string, unknown>;
  const cases: unknown[] = [null, [], 'text', 42, true, { __proto__: { isAdmin: true } }];
  cases.push({ ...base, constructor: { prototype: { isAdmin: true } }, unexpected: 'field' });
  for (const key of schema.required ?? []) {
    const { [key]: _dropped, ...rest } = base;
    cases.push(rest);
  }
  for (const key of Object.keys(schema.properties ?? {})) {
    for (const value of [...WRONG_TYPES, ...NASTY_STRINGS]) cases.push({ ...base, [key]: value });
  }
  return cases;
}

/** Random JSON objects mixing the schema's own keys with arbitrary values, for fast-check. */
export function randomObjects(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(schema.properties ?? {});
  const value = fc.oneof(
    fc.jsonValue(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(...NASTY_STRINGS),
  );
  const known = keys.length
    ? fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] })
    : fc.constant({});
  return fc
    .tuple(known, fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }))
    .map(([a, b]) => ({ ...b, ...a }));
}
