// Collects what a validator does that its JSON Schema cannot say. The converters' hooks hang the
// findings on the JSON node they belong to (UNMODELLED key); extract() takes them off again and
// turns them into {pointer, path, kind, detail} entries at every place the node ends up.
import { configPath, pointer, sortEntries, walkSchema } from "./json.mjs";

export const UNMODELLED = "x-azlint-unmodelled";
// The flags of a node's regex (JavaScript's RegExp.flags: "i", "u", …), which JSON Schema's
// `pattern` cannot say; azlint's validator honours them (lint/schema_node.h).
export const PATTERN_FLAGS = "x-azlint-pattern-flags";

/**
 * Carries a regex's flags beside the node's `pattern` when that pattern is the regex (a string
 * with several patterns gets allOf, where the keyword could not tell which one): true when carried.
 */
export function carryFlags(jsonNode, source, flags) {
  if (!jsonNode || typeof jsonNode !== "object" || jsonNode.pattern !== source) return false;
  jsonNode[PATTERN_FLAGS] = flags;
  return true;
}

/** Hangs an entry on a JSON node (kept until extract()). */
export function note(jsonNode, kind, detail) {
  if (!jsonNode || typeof jsonNode !== "object") return;
  // A fresh array: converters copy nodes with spreads, and a copy must not grow its original.
  jsonNode[UNMODELLED] = [...(jsonNode[UNMODELLED] ?? []), { kind, detail }];
}

/** A function's source, on one line, bounded: enough to tell what a refinement checks. */
export function sourceOf(fn) {
  const raw = typeof fn === "function" ? Function.prototype.toString.call(fn) : String(fn);
  const text = raw.replace(/\s+/g, " ").trim();
  return text.length > 240 ? `${text.slice(0, 237)}...` : text;
}

/** A value as JSON text, bounded. */
export function valueOf(value) {
  let text;
  try {
    text = JSON.stringify(value);
  } catch {
    text = String(value);
  }
  if (text === undefined) text = String(value);
  return text.length > 240 ? `${text.slice(0, 237)}...` : text;
}

/** Removes the hung entries from the schema and returns them, sorted, with their pointers. */
export function extract(schema) {
  const entries = [];
  walkSchema(schema, (node, segments) => {
    const list = node[UNMODELLED];
    if (!list) return;
    delete node[UNMODELLED];
    for (const { kind, detail } of list) entries.push({ pointer: pointer(segments), path: configPath(segments), kind, detail });
  });
  return sortEntries(entries);
}
