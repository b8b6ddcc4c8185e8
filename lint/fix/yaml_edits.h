// Edits that keep a YAML file's layout: remove a block mapping's member line, add a member to a
// mapping (block: a line at its indentation; flow: before the closing brace), add a section at the
// end of the file. Each returns nullopt where the file is not written in a shape it can edit
// safely (a member sharing its line, a multi-line value); rules then offer no fix. Line breaks
// follow the file's own (CRLF files stay CRLF).
#pragma once
#include <optional>
#include <string_view>

#include "lint/diagnostic.h"
#include "lint/document.h"
#include "lint/source.h"

namespace azlint {

// The file's line break: "\r\n" when its first line ends so, else "\n".
std::string_view line_break_of(std::string_view text);

// Renames a mapping key, keeping its quotes (JSON and JSON5 keys stay quoted as written).
Edit rename_key(const Node& key, std::string_view name);

// Removes the line of a block mapping's member whose value is `value` (a scalar on the key's
// line; a comment after it goes too).
std::optional<Edit> remove_member_line(const SourceFile& src, const Node& value);

// Adds `key: value` to a mapping (`value` written as YAML/JSON5 text).
std::optional<Edit> add_member(const SourceFile& src, const Node& mapping, std::string_view key, std::string_view value);

// Adds a member under the key of a member whose value is empty (`litellm_settings:` alone).
std::optional<Edit> add_member_under(const SourceFile& src, const Node& empty_value, std::string_view key,
                                     std::string_view value);

// Appends `section:` with one member `key: value` to a document whose root is a block mapping,
// indented as the file indents its nested mappings.
std::optional<Edit> add_section(const SourceFile& src, const Node& root, std::string_view section, std::string_view key,
                                std::string_view value);

}  // namespace azlint
