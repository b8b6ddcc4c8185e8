// Unicode character classes of the ECMAScript 5.1 grammar that JSON5 builds on:
// identifier characters (for unquoted JSON5 property names) and space separators.
#pragma once
#include <cstdint>

namespace azlint {

// IdentifierStart: a Unicode letter (Lu Ll Lt Lm Lo Nl), `$` or `_`.
bool is_id_start(uint32_t cp);
// IdentifierPart: an IdentifierStart, a combining mark (Mn Mc), a decimal digit (Nd), a
// connector punctuation (Pc), ZWNJ or ZWJ.
bool is_id_part(uint32_t cp);
// A space separator (Zs): U+0020, U+00A0, U+1680, U+2000..U+200A, U+202F, U+205F, U+3000.
bool is_space_separator(uint32_t cp);

}  // namespace azlint
