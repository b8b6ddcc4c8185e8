// Deterministic JSON for the generated files: 2-space indent, trailing newline, and the maps of
// a JSON Schema (properties, $defs, ...) in sorted key order, so the bytes do not depend on the
// order in which a package happened to discover its plugins or a file system listed a folder.

// Keywords whose value is a map from names to schemas.
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependencies"]);
// Keywords whose value is one schema, or (items, additionalItems) an array of schemas.
const SCHEMA_ONE = new Set(["items", "additionalItems", "additionalProperties", "not", "if", "then", "else",
  "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems"]);
const SCHEMA_LIST = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);

/** A copy of a JSON Schema node with its schema maps sorted by key; data keywords untouched. */
export function canonicalSchema(node) {
  if (Array.isArray(node)) return node.map(canonicalSchema);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (SCHEMA_MAPS.has(key) && isPlainObject(value)) {
      const sorted = {};
      for (const name of Object.keys(value).sort()) sorted[name] = canonicalSchema(value[name]);
      out[key] = sorted;
    } else if (SCHEMA_ONE.has(key) || SCHEMA_LIST.has(key)) {
      out[key] = canonicalSchema(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

export function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The bytes every generated file is written as. */
export function formatJson(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** RFC 6901 pointer ("#/properties/a~1b") from path segments. */
export function pointer(segments) {
  return ["#", ...segments.map((s) => String(s).replace(/~/g, "~0").replace(/\//g, "~1"))].join("/");
}

/**
 * The config key path a schema path stands for: properties/x -> .x, items -> [],
 * additionalProperties -> .*, combinators and $defs are not part of the config's shape.
 */
export function configPath(segments) {
  let out = "";
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s === "properties" || s === "patternProperties") {
      out += out ? `.${segments[++i]}` : String(segments[++i]);
    } else if (s === "items" || s === "prefixItems") {
      out += "[]";
      if (s === "prefixItems") i++;
    } else if (s === "additionalProperties") {
      out += out ? ".*" : "*";
    } else if (s === "allOf" || s === "anyOf" || s === "oneOf") {
      i++;
    } else if (s === "$defs" || s === "definitions") {
      out = `${s}.${segments[++i]}`;
    }
  }
  return out;
}

/** Calls visit(node, segments) on every schema node of a JSON Schema, parents first. */
export function walkSchema(node, visit, segments = []) {
  if (!isPlainObject(node)) return;
  visit(node, segments);
  for (const [key, value] of Object.entries(node)) {
    if (SCHEMA_MAPS.has(key) && isPlainObject(value)) {
      for (const [name, child] of Object.entries(value)) walkSchema(child, visit, [...segments, key, name]);
    } else if (SCHEMA_ONE.has(key) || SCHEMA_LIST.has(key)) {
      if (Array.isArray(value)) value.forEach((child, i) => walkSchema(child, visit, [...segments, key, i]));
      else walkSchema(value, visit, [...segments, key]);
    }
  }
}

/** Sorts unmodelled entries so the file does not depend on traversal order. */
export function sortEntries(entries) {
  const key = (e) => `${e.pointer}\u0000${e.kind}\u0000${e.detail}`;
  const seen = new Set();
  return entries
    .filter((e) => (seen.has(key(e)) ? false : (seen.add(key(e)), true)))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
