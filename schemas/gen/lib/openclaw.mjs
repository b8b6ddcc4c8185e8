// OpenClaw: the JSON Schema of openclaw.json for one pinned openclaw release, exactly as the
// package prints it (`openclaw config schema`: the zod OpenClawSchema converted by zod 4's
// toJSONSchema, merged with the bundled channels' and plugins' own JSON Schemas), plus
//   - "x-azlint-unknown-keys" on every object node: from the zod object itself where the node
//     comes from OpenClawSchema (catchall never = "strict", none = "strip", other = "passthrough"),
//     else from the JSON Schema the package validates that part with (channels.<id>,
//     plugins.entries.<id>.config: additionalProperties false = "strict", else "passthrough");
//   - unmodelled entries (defaults, refinements, transforms, coercion) from the zod side.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { closureVariables } from "./closure.mjs";
import { canonicalSchema, isPlainObject, pointer, walkSchema } from "./json.mjs";
import { packageVersion } from "./pins.mjs";
import { runOpenClaw } from "./sandbox.mjs";
import { PATTERN_FLAGS, UNMODELLED, carryFlags, extract, note, sourceOf, valueOf } from "./unmodelled.mjs";

const MODE = "x-azlint-unknown-keys";
const OPENCLAW_SCHEMA_EXPORT = /export \{[^}]*\bOpenClawSchema as (\w+)/;

/** The package's zod OpenClawSchema (its dist chunks are content-hashed: found by its export). */
export async function loadOpenClawSchema(release) {
  const dist = path.join(release.dir, "dist");
  for (const name of fs.readdirSync(dist).sort()) {
    if (!/\.m?js$/.test(name)) continue;
    const file = path.join(dist, name);
    const match = OPENCLAW_SCHEMA_EXPORT.exec(fs.readFileSync(file, "utf8"));
    if (match) return (await import(pathToFileURL(file).href))[match[1]];
  }
  throw new Error(`openclaw@${release.version}: no dist chunk exports OpenClawSchema`);
}

/** What `openclaw config schema` prints for this release, parsed. */
export function printedSchema(release) {
  const run = runOpenClaw(release, ["config", "schema"]);
  if (run.status !== 0) throw new Error(`openclaw@${release.version} config schema failed (${run.status}): ${run.stderr || run.error}`);
  return JSON.parse(run.stdout);
}

function zodMode(def) {
  if (def.type === "object") {
    if (!def.catchall) return "strip";
    return def.catchall._zod.def.type === "never" ? "strict" : "passthrough";
  }
  if (def.type === "record") {
    const key = def.keyType?._zod.def;
    const open = !key || ((key.type === "string" && !(key.checks ?? []).length) || key.type === "any" || key.type === "unknown");
    return open ? "passthrough" : "strict";
  }
  return undefined;
}

const UNREPRESENTABLE = new Set(["function", "symbol", "bigint", "date", "map", "set", "undefined", "void", "nan", "promise", "custom"]);

function checkMessage(checkDef) {
  try {
    const e = typeof checkDef.error === "function" ? checkDef.error() : checkDef.error;
    if (typeof e === "string") return e;
    if (typeof e?.message === "string") return e.message;
    if (typeof e?.error === "string") return e.error;
  } catch {
    // a message built from the issue: nothing static to show
  }
  return undefined;
}

/** zod 4's toJSONSchema override hook: annotates each node from its zod definition. */
function annotate({ zodSchema, jsonSchema }) {
  const def = zodSchema._zod.def;
  const mode = zodMode(def);
  if (mode) jsonSchema[MODE] = mode;
  if (def.type === "default") note(jsonSchema, "default", valueOf(def.defaultValue));
  if (def.type === "prefault") note(jsonSchema, "prefault", valueOf(def.defaultValue));
  if (def.type === "catch") note(jsonSchema, "catch", "an invalid value is replaced instead of failing the parse");
  if (def.type === "transform") note(jsonSchema, "transform", sourceOf(def.transform));
  if (def.type === "pipe") {
    const inner = def.in._zod.def;
    const outer = def.out._zod.def;
    if (inner.type === "transform") note(jsonSchema, "preprocess", sourceOf(inner.transform));
    else if (outer.type === "transform") note(jsonSchema, "transform", sourceOf(outer.transform));
    else note(jsonSchema, "pipeline", "the value is parsed by a second schema after the first");
  }
  if (def.coerce) note(jsonSchema, "coerce", `${def.type}: the value is converted (z.coerce) before it is checked`);
  if (UNREPRESENTABLE.has(def.type)) note(jsonSchema, "unrepresentable", def.type);
  if (def.format === "url") note(jsonSchema, "string-url", "zod accepts what new URL() parses; JSON Schema says format: uri");
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === "custom") {
      // .refine keeps its function in the def; .superRefine only in the check's closure
      const fn = c.fn ?? closureVariables(check._zod.check, ["fn"]).fn;
      const message = checkMessage(c);
      note(jsonSchema, "refine", `${sourceOf(fn)}${message ? ` (message: ${JSON.stringify(message)})` : ""}`);
    } else if (c.check === "overwrite") {
      note(jsonSchema, "string-transform", sourceOf(c.tx));
    } else if (c.check === "string_format" && c.format === "regex" && c.pattern?.flags &&
               !carryFlags(jsonSchema, c.pattern.source, c.pattern.flags)) {
      note(jsonSchema, "regex-flags", `/${c.pattern.source}/${c.pattern.flags}: the flags are not in the JSON pattern`);
    }
  }
}

function isObjectNode(node) {
  const t = node.type;
  return t === "object" || (Array.isArray(t) && t.includes("object")) || isPlainObject(node.properties);
}

const MAPS = ["properties", "patternProperties", "$defs", "definitions"];
const ONE = ["items", "additionalProperties", "propertyNames", "not", "if", "then", "else", "contains"];
const LIST = ["allOf", "anyOf", "oneOf", "prefixItems"];

/**
 * Walks the printed schema and the annotated zod conversion side by side: a node OpenClawSchema
 * made takes the zod object's mode and unmodelled notes; a property the zod side only knows
 * through its catchall or record (plugins.entries.<id>) takes the catchall's.
 */
function transfer(printed, zodSide, entries, segments = []) {
  if (!isPlainObject(printed)) return;
  const z = isPlainObject(zodSide) ? zodSide : undefined;
  for (const n of z?.[UNMODELLED] ?? []) entries.push({ segments, ...n });
  // A regex's flags go where the printed schema has the same pattern; else they stay unmodelled.
  if (typeof z?.[PATTERN_FLAGS] === "string") {
    if (printed.pattern === z.pattern) printed[PATTERN_FLAGS] = z[PATTERN_FLAGS];
    else entries.push({ segments, kind: "regex-flags", detail: `/${z.pattern}/${z[PATTERN_FLAGS]}: the flags are not in the JSON pattern` });
  }
  if (isObjectNode(printed)) {
    const fromZod = z?.[MODE];
    printed[MODE] = fromZod === "strict" || fromZod === "strip" ? fromZod
      : printed.additionalProperties === false ? "strict" : "passthrough";
  }
  for (const key of MAPS) {
    if (!isPlainObject(printed[key])) continue;
    for (const [name, child] of Object.entries(printed[key])) {
      let twin = z?.[key]?.[name];
      if (twin === undefined && key === "properties" && isPlainObject(z?.additionalProperties)) twin = z.additionalProperties;
      transfer(child, twin, entries, [...segments, key, name]);
    }
  }
  for (const key of ONE) if (isPlainObject(printed[key])) transfer(printed[key], z?.[key], entries, [...segments, key]);
  for (const key of LIST) {
    if (!Array.isArray(printed[key])) continue;
    printed[key].forEach((child, i) => transfer(child, z?.[key]?.[i], entries, [...segments, key, i]));
  }
}

/**
 * Embedded plugin schemas keep their own "#/$defs/x" references, which resolve against the
 * plugin schema's root when OpenClaw validates the plugin config on its own, but against the
 * document root once merged. They are rebased to the absolute pointer of the nearest enclosing
 * node holding that $defs entry, so the generated document resolves as OpenClaw means it.
 */
function rebaseRefs(schema) {
  let rebased = 0;
  const visit = (node, segments, scopes) => {
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, [...segments, i], scopes));
    if (!isPlainObject(node)) return;
    const here = ["$defs", "definitions"].some((k) => isPlainObject(node[k])) ? [...scopes, { node, segments }] : scopes;
    if (typeof node.$ref === "string") {
      const m = /^#\/(\$defs|definitions)\/([^/]+)(.*)$/.exec(node.$ref);
      if (m && !(isPlainObject(schema[m[1]]) && m[2] in schema[m[1]])) {
        const scope = [...here].reverse().find((s) => isPlainObject(s.node[m[1]]) && m[2] in s.node[m[1]]);
        if (scope) {
          node.$ref = `${pointer([...scope.segments, m[1], m[2]])}${m[3]}`;
          rebased++;
        }
      }
    }
    for (const [key, child] of Object.entries(node)) visit(child, [...segments, key], here);
  };
  visit(schema, [], []);
  return rebased;
}

/** {schema, unmodelled, info} for one openclaw release (runs under node >= 24.16). */
export async function generate(release) {
  const printed = printedSchema(release);
  const OpenClawSchema = await loadOpenClawSchema(release);
  const zodSide = OpenClawSchema.toJSONSchema({ io: "input", target: "draft-07", unrepresentable: "any", override: annotate });
  const noted = [];
  transfer(printed, zodSide, noted);
  for (const { segments, kind, detail } of noted) {
    // re-hang on the printed node so extract() yields pointers and config paths uniformly
    let node = printed;
    for (const s of segments) node = node[s];
    note(node, kind, detail);
  }
  const unmodelled = extract(printed);
  const refs = rebaseRefs(printed);
  const { $schema, ...body } = printed;
  const schema = canonicalSchema({
    $schema,
    $id: `https://github.com/azlint/azlint/schemas/openclaw/${release.version}.schema.json`,
    $comment: `Generated by schemas/gen/generate.mjs from \`openclaw config schema\` of openclaw@${release.version}; do not edit.`,
    ...body,
  });
  let objects = 0;
  walkSchema(schema, (node) => { if (node[MODE]) objects++; });
  const zodVersion = packageVersion(path.join(release.dir, "node_modules", "zod"));
  const info = {
    package: `openclaw@${release.version}`,
    engines_node: JSON.parse(fs.readFileSync(path.join(release.dir, "package.json"), "utf8")).engines?.node,
    zod: zodVersion,
    top_level_keys: Object.keys(OpenClawSchema._zod.def.shape).filter((k) => k !== "$schema").sort(),
    annotated_objects: objects,
    unmodelled_entries: unmodelled.length,
    rebased_refs: refs,
  };
  return { schema, unmodelled, info };
}
