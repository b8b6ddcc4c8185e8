// The documents the client has open: their text as the client sees it, edited in place by
// full or incremental `didChange` events whose positions are 0-based lines and UTF-16 columns.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace azlint::lsp {

struct LspPosition {
  uint32_t line = 0;       // 0-based
  uint32_t character = 0;  // UTF-16 code units
};

struct LspRange {
  LspPosition start, end;
};

struct TextChange {
  std::optional<LspRange> range;  // none: the whole text is replaced
  std::string text;
};

// Byte offset of an LSP position in a text; a column past the line's end clamps to it, a line
// past the end clamps to the end of the text.
uint32_t offset_of(const std::string& text, const std::vector<uint32_t>& line_starts, LspPosition p);
std::vector<uint32_t> compute_line_starts(const std::string& text);

struct OpenDocument {
  std::string uri;
  std::string language_id;
  int64_t version = 0;
  std::string text;
  std::vector<uint32_t> line_starts;
};

class DocumentStore {
 public:
  void open(const std::string& uri, const std::string& language_id, int64_t version, std::string text);
  // Applies changes in order; false when the document is not open.
  bool change(const std::string& uri, int64_t version, const std::vector<TextChange>& changes);
  bool close(const std::string& uri);
  const OpenDocument* find(const std::string& uri) const;
  const std::map<std::string, OpenDocument>& all() const { return docs_; }

 private:
  std::map<std::string, OpenDocument> docs_;
};

// file:///a/b%20c.yaml -> /a/b c.yaml; other schemes keep the URI's last path segment.
std::string uri_to_path(const std::string& uri);
std::string path_to_uri(const std::string& path);
bool is_file_uri(const std::string& uri);

}  // namespace azlint::lsp
