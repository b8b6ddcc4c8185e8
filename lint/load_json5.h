// JSON5 bytes -> Document (https://spec.json5.org; plain JSON is a subset). A hand-written
// parser with an explicit stack, so hostile nesting ends at Limits::max_depth instead of
// overflowing the C++ stack. Every key and value keeps its exact byte span; duplicate keys
// stay visible in Node::members (Node::get returns the last one, which is JSON5's reading).
#pragma once
#include <memory>

#include "lint/input_guard.h"
#include "lint/load_yaml.h"  // LoadResult

namespace azlint {

// Node styles: DoubleQuoted / SingleQuoted for strings (keys and values), Plain for identifier
// keys and for null, booleans and numbers, Flow for objects and arrays. Strings hold their
// unescaped value in Node::text; numbers keep their source text ("0x1F", "+.5", "-Infinity")
// in Node::text and their value in Node::number, with Node::implicit Int (no '.', no exponent,
// or hex) or Float. Errors are `syntax` diagnostics at the first offending character.
LoadResult load_json5(std::shared_ptr<const SourceFile> source, const Limits& limits = {});

}  // namespace azlint
