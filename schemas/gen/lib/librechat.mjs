// LibreChat: the JSON Schema of librechat.yaml for one librechat-data-provider release, from the
// package's own zod `configSchema`, converted by zod-to-json-schema (zod 3), with
//   - "x-azlint-unknown-keys" on every object node, read from the zod object's _def.unknownKeys
//     (and catchall): "strict" = zod's parse fails on an unknown key and LibreChat exits,
//     "strip" = the key is dropped silently, "passthrough" = kept;
//   - the things JSON Schema cannot say (defaults, coercion, refinements, transforms) returned
//     as "unmodelled" entries.
// The object converted is `configSchema.strict()`, the exact object LibreChat validates with:
// api/server/services/Config/loadCustomConfig.js (danny-avila/LibreChat, commit fb04e670):
//   `const result = configSchema.strict().safeParse(customConfig);`
import { createRequire } from "node:module";
import path from "node:path";
import { closureVariables } from "./closure.mjs";
import { canonicalSchema, walkSchema } from "./json.mjs";
import { NODE_MODULES } from "./pins.mjs";
import { carryFlags, extract, note, sourceOf, valueOf } from "./unmodelled.mjs";

const require = createRequire(import.meta.url);

export function loadProvider(release) {
  return require(release.dir);
}

/** The unknown-key mode of a zod 3 schema that parses objects, or undefined. */
export function unknownKeysMode(def) {
  switch (def.typeName) {
    case "ZodObject":
      return def.catchall._def.typeName === "ZodNever" ? def.unknownKeys : "passthrough";
    case "ZodRecord": {
      // Every key is checked by keyType: a plain string accepts any key, anything narrower
      // (enum, regex, literal) fails the parse on a key outside it.
      const key = def.keyType?._def;
      const open = !key || ((key.typeName === "ZodString" && !(key.checks ?? []).length) || key.typeName === "ZodAny" || key.typeName === "ZodUnknown");
      return open ? "passthrough" : "strict";
    }
    case "ZodIntersection": {
      // Both sides parse the whole value: a strict side rejects the other side's keys too; a
      // passthrough side keeps what a strip side drops (the results are merged).
      const modes = [unknownKeysMode(unwrap(def.left._def)), unknownKeysMode(unwrap(def.right._def))];
      if (modes.includes(undefined)) return undefined;
      if (modes.includes("strict")) return "strict";
      return modes.includes("passthrough") ? "passthrough" : "strip";
    }
    default:
      return undefined;
  }
}

function unwrap(def) {
  for (;;) {
    if (def.typeName === "ZodEffects") def = def.schema._def;
    else if (def.typeName === "ZodLazy") def = def.getter()._def;
    else if (def.typeName === "ZodBranded") def = def.type._def;
    else if (def.innerType) def = def.innerType._def;
    else return def;
  }
}

const STRING_TRANSFORMS = new Set(["trim", "toLowerCase", "toUpperCase"]);
const UNREPRESENTABLE = new Set(["ZodFunction", "ZodPromise", "ZodSymbol", "ZodVoid", "ZodUndefined", "ZodNaN",
  "ZodBigInt", "ZodDate", "ZodMap", "ZodSet"]);

/** What an effect does: its function's source, or for .refine(check, message) the check and message. */
function effectDetail(effect) {
  const fn = effect.refinement ?? effect.transform;
  const source = sourceOf(fn);
  if (!/const result = check\(val\)/.test(source)) return source;
  const { check, message } = closureVariables(fn, ["check", "message"]);
  const text = typeof message === "string" ? message : message?.message;
  return `${sourceOf(check)}${text ? ` (message: ${JSON.stringify(text)})` : ""}`;
}

/** zod-to-json-schema's postProcess hook: annotates each node from its zod definition. */
function annotate(jsonSchema, def) {
  if (!jsonSchema) return jsonSchema;
  const mode = unknownKeysMode(def);
  if (mode) {
    jsonSchema["x-azlint-unknown-keys"] = mode;
    if (def.typeName === "ZodIntersection" && mode === "strict") {
      note(jsonSchema, "intersection-strict", "a strict side of this intersection also rejects the keys only the other side declares; draft-07 allOf cannot say that");
    }
  }
  switch (def.typeName) {
    case "ZodEffects":
      note(jsonSchema, def.effect.type === "refinement" ? "refine" : def.effect.type, effectDetail(def.effect));
      break;
    case "ZodDefault":
      note(jsonSchema, "default", valueOf(def.defaultValue()));
      break;
    case "ZodCatch":
      note(jsonSchema, "catch", "an invalid value is replaced instead of failing the parse");
      break;
    case "ZodPipeline":
      note(jsonSchema, "pipeline", "the value is parsed by a second schema after the first");
      break;
    default:
      break;
  }
  if (def.coerce) note(jsonSchema, "coerce", `${def.typeName}: the value is converted (z.coerce) before it is checked`);
  for (const check of def.checks ?? []) {
    if (def.typeName !== "ZodString") break;
    if (STRING_TRANSFORMS.has(check.kind)) note(jsonSchema, "string-transform", `${check.kind} before the other checks`);
    if (check.kind === "url") note(jsonSchema, "string-url", "zod accepts what new URL() parses; JSON Schema says format: uri");
    if (check.kind === "regex" && check.regex.flags && !carryFlags(jsonSchema, check.regex.source, check.regex.flags))
      note(jsonSchema, "regex-flags", `/${check.regex.source}/${check.regex.flags}: the flags are not in the JSON pattern`);
  }
  if (UNREPRESENTABLE.has(def.typeName)) note(jsonSchema, "unrepresentable", def.typeName);
  return jsonSchema;
}

/** {schema, unmodelled, info} for one librechat-data-provider release. */
export function generate(release) {
  const { zodToJsonSchema } = require(path.join(NODE_MODULES, "zod-to-json-schema"));
  const provider = loadProvider(release);
  const converted = zodToJsonSchema(provider.configSchema.strict(), {
    target: "jsonSchema7",
    $refStrategy: "root",
    postProcess: annotate,
  });
  const unmodelled = extract(converted);
  const { $schema, ...body } = converted;
  const schema = canonicalSchema({
    $schema,
    $id: `https://github.com/azlint/azlint/schemas/librechat/${release.version}.schema.json`,
    title: `LibreChat librechat.yaml (librechat-data-provider ${release.version})`,
    $comment: "Generated by schemas/gen/generate.mjs from librechat-data-provider's configSchema.strict() (what LibreChat's loadCustomConfig parses); do not edit.",
    ...body,
  });
  let objects = 0;
  walkSchema(schema, (node) => { if (node["x-azlint-unknown-keys"]) objects++; });
  const info = {
    package: `librechat-data-provider@${release.version}`,
    config_version: provider.Constants.CONFIG_VERSION,
    top_level_keys: Object.keys(provider.configSchema.shape).sort(),
    annotated_objects: objects,
    unmodelled_entries: unmodelled.length,
  };
  return { schema, unmodelled, info };
}
