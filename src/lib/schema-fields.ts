/**
 * Flattens a generated JSON Schema into the rows of a field table: one row per field, with its
 * dotted path ("lead[].agency"), a short type and the Vietnamese description written once in
 * src/schemas/public-data.ts. The /du-lieu/ tables and the CSV columns both come from here.
 */

/** The part of JSON Schema that zod's toJSONSchema produces for our records. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
}

export interface FieldRow {
  /** "lead[].agency": the field's path, "[]" marking each element of an array. */
  path: string;
  /** "lead.agency": the same path without "[]", as a CSV column is named. */
  column: string;
  /** How deep the field sits (0 for a top-level field), to indent the table. */
  depth: number;
  type: string;
  description: string;
  /** False when the field may be absent from a record (not the same as null). */
  required: boolean;
  /** True when the field holds no object: a value, or a list of values. */
  leaf: boolean;
}

/** An enumeration of at most this many values is spelled out in the type column. */
const MAX_SPELLED_ENUM = 6;

/** The schema without its null alternative, and whether null was allowed. */
function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (schema.anyOf) {
    const rest = schema.anyOf.filter((s) => s.type !== 'null');
    if (rest.length === 1 && rest.length < schema.anyOf.length) {
      return { schema: { ...rest[0]!, description: schema.description ?? rest[0]!.description }, nullable: true };
    }
  }
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const types = schema.type.filter((t) => t !== 'null');
    return { schema: { ...schema, type: types.length === 1 ? types[0]! : types }, nullable: true };
  }
  return { schema, nullable: false };
}

/** A short type: `string`, `"a" | "b"`, `string (ngày)`, `object[]`, `string | null`. */
export function typeLabel(input: JsonSchema): string {
  const { schema, nullable } = withoutNull(input);
  let label: string;
  if (schema.enum) {
    label =
      schema.enum.length <= MAX_SPELLED_ENUM
        ? schema.enum.map((v) => JSON.stringify(v)).join(' | ')
        : 'string (danh mục)';
  } else if (schema.type === 'array') {
    const item = schema.items ? typeLabel(schema.items) : 'unknown';
    label = item.includes(' | ') ? `(${item})[]` : `${item}[]`;
  } else if (schema.format === 'date') {
    label = 'string (ngày)';
  } else {
    label = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'unknown');
  }
  return nullable ? `${label} | null` : label;
}

/** The object a field holds, directly or as the elements of its list, if any. */
function objectOf(schema: JsonSchema): { object: JsonSchema; list: boolean } | null {
  const bare = withoutNull(schema).schema;
  if (bare.properties) return { object: bare, list: false };
  if (bare.type === 'array' && bare.items) {
    const item = withoutNull(bare.items).schema;
    if (item.properties) return { object: item, list: true };
  }
  return null;
}

/** Every field of an object schema (or of the objects of an array schema), depth first. */
export function fieldRows(schema: JsonSchema, maxDepth = Infinity): FieldRow[] {
  const root = objectOf(schema)?.object ?? schema;
  const rows: FieldRow[] = [];
  const walk = (object: JsonSchema, path: string, column: string, depth: number) => {
    for (const [name, field] of Object.entries(object.properties ?? {})) {
      const inner = objectOf(field);
      const fieldPath = `${path}${name}`;
      const fieldColumn = `${column}${name}`;
      rows.push({
        path: fieldPath,
        column: fieldColumn,
        depth,
        type: typeLabel(field),
        description: field.description ?? withoutNull(field).schema.description ?? '',
        required: (object.required ?? []).includes(name),
        leaf: !inner,
      });
      if (inner && depth < maxDepth)
        walk(inner.object, `${fieldPath}${inner.list ? '[]' : ''}.`, `${fieldColumn}.`, depth + 1);
    }
  };
  walk(root, '', '', 0);
  return rows;
}
