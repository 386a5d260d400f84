// Compares prisma/schema.prisma (through Prisma's own schema parser, compiled to wasm) with a live
// database: tables, columns, types, nullability, enums, primary, unique and foreign keys, and indexes.
// An empty list means the migrations produce exactly the schema the Prisma client expects.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Sql } from "postgres";

const require = createRequire(import.meta.url);
const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf: (params: string) => string };

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[]; dbName?: string | null };
type Dmmf = {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
    indexes: DmmfIndex[];
  };
};

export function readDmmf(schema = readFileSync(SCHEMA_PATH, "utf8")): Dmmf {
  return JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as Dmmf;
}

/** The column type PostgreSQL reports (format_type) for a Prisma field. */
function expectedType(field: DmmfField, enums: Map<string, string>): string {
  const native = field.nativeType?.[0];
  const args = field.nativeType?.[1] ?? [];
  let base: string;
  if (field.kind === "enum") base = `"${enums.get(field.type) ?? field.type}"`;
  else if (native === "Uuid") base = "uuid";
  else if (native === "Char") base = `character(${args[0] ?? 1})`;
  else if (native === "VarChar") base = args.length ? `character varying(${args[0]})` : "character varying";
  else if (native === "Date") base = "date";
  else if (native === "Timestamptz") base = `timestamp(${args[0] ?? 3}) with time zone`;
  else if (native) base = native.toLowerCase();
  else {
    base = (
      {
        String: "text",
        Int: "integer",
        BigInt: "bigint",
        Float: "double precision",
        Decimal: "numeric(65,30)",
        Boolean: "boolean",
        DateTime: "timestamp(3) without time zone",
        Json: "jsonb",
        Bytes: "bytea",
      } as Record<string, string>
    )[field.type];
  }
  return field.isList ? `${base}[]` : base;
}

const columnName = (field: DmmfField) => field.dbName ?? field.name;
const tableName = (model: DmmfModel) => model.dbName ?? model.name;
const unquote = (type: string) => type.replace(/"/g, "");

export type DbSchema = {
  tables: Set<string>;
  columns: Map<string, { type: string; nullable: boolean }>;
  enums: Map<string, string[]>;
  primaryKeys: Map<string, string>;
  uniques: Set<string>;
  indexes: Set<string>;
  foreignKeys: Set<string>;
};

export async function readDbSchema(sql: Sql): Promise<DbSchema> {
  const tables = await sql<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'`;
  const columns = await sql<{ table: string; column: string; type: string; nullable: boolean }[]>`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`;
  const enums = await sql<{ name: string; labels: string[] }[]>`
    SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname`;
  // Every index with its ordered columns, and whether it is the primary key or unique.
  const indexes = await sql<{ table: string; columns: string[]; primary: boolean; unique: boolean }[]>`
    SELECT c.relname AS table, i.indisprimary AS primary, i.indisunique AS unique,
      array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'`;
  const foreignKeys = await sql<{ table: string; columns: string[]; ref_table: string; ref_columns: string[]; on_delete: string }[]>`
    SELECT c.relname AS table, r.relname AS ref_table, con.confdeltype AS on_delete,
      array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
      array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS ref_columns
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE con.contype = 'f' AND n.nspname = 'public'`;

  const deleteRule: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };
  return {
    tables: new Set(tables.map((row) => row.name)),
    columns: new Map(columns.map((row) => [`${row.table}.${row.column}`, { type: unquote(row.type), nullable: row.nullable }])),
    enums: new Map(enums.map((row) => [row.name, row.labels])),
    primaryKeys: new Map(indexes.filter((row) => row.primary).map((row) => [row.table, row.columns.join(",")])),
    uniques: new Set(indexes.filter((row) => row.unique && !row.primary).map((row) => `${row.table}(${row.columns.join(",")})`)),
    indexes: new Set(indexes.filter((row) => !row.unique && !row.primary).map((row) => `${row.table}(${row.columns.join(",")})`)),
    foreignKeys: new Set(
      foreignKeys.map(
        (row) => `${row.table}(${row.columns.join(",")}) -> ${row.ref_table}(${row.ref_columns.join(",")}) on delete ${deleteRule[row.on_delete]}`,
      ),
    ),
  };
}

export function expectedSchema(dmmf: Dmmf): DbSchema {
  const { models, enums, indexes } = dmmf.datamodel;
  const enumNames = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const byName = new Map(models.map((model) => [model.name, model]));
  const fieldColumn = (model: DmmfModel, name: string) => columnName(model.fields.find((field) => field.name === name)!);
  const expected: DbSchema = {
    tables: new Set(models.map(tableName)),
    columns: new Map(),
    enums: new Map(enums.map((e) => [e.dbName ?? e.name, e.values.map((value) => value.dbName ?? value.name)])),
    primaryKeys: new Map(),
    uniques: new Set(),
    indexes: new Set(),
    foreignKeys: new Set(),
  };
  for (const model of models) {
    for (const field of model.fields) {
      if (field.kind === "scalar" || field.kind === "enum") {
        expected.columns.set(`${tableName(model)}.${columnName(field)}`, {
          type: unquote(expectedType(field, enumNames)),
          // Prisma creates list columns without NOT NULL.
          nullable: field.isList || !field.isRequired,
        });
      }
      if (field.kind === "object" && field.relationFromFields?.length) {
        const target = byName.get(field.type)!;
        const from = field.relationFromFields.map((name) => fieldColumn(model, name));
        const to = field.relationToFields!.map((name) => fieldColumn(target, name));
        // Prisma's default: Restrict for a required relation, SetNull for an optional one.
        const scalarsRequired = field.relationFromFields.every((name) => model.fields.find((f) => f.name === name)!.isRequired);
        const onDelete = field.relationOnDelete ?? (scalarsRequired ? "Restrict" : "SetNull");
        expected.foreignKeys.add(`${tableName(model)}(${from.join(",")}) -> ${tableName(target)}(${to.join(",")}) on delete ${onDelete}`);
      }
    }
  }
  for (const index of indexes) {
    const model = byName.get(index.model)!;
    const columns = index.fields.map((field) => fieldColumn(model, field.name)).join(",");
    if (index.type === "id") expected.primaryKeys.set(tableName(model), columns);
    else if (index.type === "unique") expected.uniques.add(`${tableName(model)}(${columns})`);
    else expected.indexes.add(`${tableName(model)}(${columns})`);
  }
  return expected;
}

function diffSets(label: string, expected: Set<string>, actual: Set<string>): string[] {
  return [
    ...[...expected].filter((item) => !actual.has(item)).map((item) => `${label} missing in database: ${item}`),
    ...[...actual].filter((item) => !expected.has(item)).map((item) => `${label} not in schema.prisma: ${item}`),
  ];
}

/** Every difference between schema.prisma and the database, in words; [] when they agree. */
export async function schemaDrift(sql: Sql, schema?: string): Promise<string[]> {
  const expected = expectedSchema(readDmmf(schema));
  const actual = await readDbSchema(sql);
  const problems = [
    ...diffSets("table", expected.tables, actual.tables),
    ...diffSets("unique key", expected.uniques, actual.uniques),
    ...diffSets("index", expected.indexes, actual.indexes),
    ...diffSets("foreign key", expected.foreignKeys, actual.foreignKeys),
  ];
  for (const [column, want] of expected.columns) {
    const got = actual.columns.get(column);
    if (!got) problems.push(`column missing in database: ${column}`);
    else {
      if (got.type !== want.type) problems.push(`column ${column}: type is ${got.type}, schema.prisma says ${want.type}`);
      if (got.nullable !== want.nullable)
        problems.push(`column ${column}: ${got.nullable ? "nullable" : "NOT NULL"} in database, schema.prisma says ${want.nullable ? "optional" : "required"}`);
    }
  }
  for (const column of actual.columns.keys()) {
    if (!expected.columns.has(column)) problems.push(`column not in schema.prisma: ${column}`);
  }
  for (const [name, labels] of expected.enums) {
    const got = actual.enums.get(name);
    if (!got) problems.push(`enum missing in database: ${name}`);
    else if (got.join(",") !== labels.join(",")) problems.push(`enum ${name}: database has ${got.join(",")}, schema.prisma says ${labels.join(",")}`);
  }
  for (const name of actual.enums.keys()) if (!expected.enums.has(name)) problems.push(`enum not in schema.prisma: ${name}`);
  for (const [table, columns] of expected.primaryKeys) {
    if (actual.primaryKeys.get(table) !== columns)
      problems.push(`primary key of ${table}: database has (${actual.primaryKeys.get(table) ?? "none"}), schema.prisma says (${columns})`);
  }
  return problems;
}
