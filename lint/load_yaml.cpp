#include "lint/load_yaml.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include "lint/yaml_fast.h"
#include "lint/yaml_tree.h"

namespace azlint {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// yaml-cpp can mark a position after the first byte of a multi-byte character (an unknown escape
// `\<U+FEFF>`: fuzz_yaml); back off to the character's first byte.
uint32_t char_start(std::string_view t, uint32_t p) {
  while (p > 0 && p < t.size() && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
  return p;
}

// yaml-cpp's events, handed to the tree builder with byte offsets for marks.
class Builder final : public YAML::EventHandler {
 public:
  Builder(std::string_view text, const Limits& limits, uint32_t bom, NodeArena& arena)
      : t_(text), tree_(text, limits, arena), bom_(bom) {}

  YamlTreeBuilder& tree() { return tree_; }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { tree_.null_at(pos(mark), anchor); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override { tree_.alias_at(pos(mark), anchor); }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    tree_.scalar_at(pos(mark), tag == "?", anchor, value);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    tree_.open(pos(mark), anchor, Node::Kind::Sequence, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { tree_.close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    tree_.open(pos(mark), anchor, Node::Kind::Mapping, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { tree_.close(); }

 private:
  // yaml-cpp's positions do not count a byte-order mark.
  uint32_t pos(const YAML::Mark& m) const {
    if (m.pos < 0) return static_cast<uint32_t>(t_.size());
    return char_start(t_, std::min<uint32_t>(static_cast<uint32_t>(m.pos) + bom_, static_cast<uint32_t>(t_.size())));
  }

  std::string_view t_;
  YamlTreeBuilder tree_;
  uint32_t bom_;
};

// The last bracket of this kind left open before `limit` (outside quotes and comments).
uint32_t unmatched_bracket(std::string_view t, uint32_t limit, char open) {
  std::vector<std::pair<char, uint32_t>> stack;
  char quote = 0;
  for (uint32_t i = 0; i < limit && i < t.size(); ++i) {
    char c = t[i];
    if (quote) {
      if (c == '\\' && quote == '"') { ++i; continue; }
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '#' && (i == 0 || is_blank(t[i - 1]))) { while (i < limit && t[i] != '\n') ++i; continue; }
    if ((c == '"' || c == '\'') && (i == 0 || is_blank(t[i - 1]) || t[i - 1] == '[' || t[i - 1] == '{' || t[i - 1] == ',' || t[i - 1] == ':'))
      quote = c;
    else if (c == '[' || c == '{') stack.push_back({c, i});
    else if ((c == ']' || c == '}') && !stack.empty()) stack.pop_back();
  }
  for (auto it = stack.rbegin(); it != stack.rend(); ++it)
    if (it->first == open) return it->second;
  return limit;
}

// yaml-cpp's messages, made to say what to do.
std::string explain_parser_error(const std::string& msg) {
  if (msg == "illegal map value") return "a value is not allowed here: check the indentation and quote values that contain ': '";
  if (msg == "end of map not found") return "a mapping is not closed: check the indentation of this line";
  if (msg == "end of sequence not found") return "a list is not closed: check the indentation of this line";
  if (msg == "end of map flow not found") return "a flow mapping `{` is not closed with `}`";
  if (msg == "end of sequence flow not found") return "a flow list `[` is not closed with `]`";
  if (msg == "unknown anchor") return "an alias refers to an anchor that is not defined before it";
  if (msg.rfind("end of string not found", 0) == 0 || msg == "unexpected end of string") return "a quoted string is not closed";
  return msg;
}

// YAML ends lines at "\r\n", "\r" and "\n"; yaml-cpp and the scans here know only the first and
// the last. A lone "\r" becomes "\n" in the text they see (`out`, left empty when the text has
// none): one byte for one, so every offset stays an offset into the file.
bool lone_cr_to_lf(const std::string& text, std::string& out) {
  for (size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1)) {
    if (line_break_at(text, i) != 1) continue;
    if (out.empty()) out = text;
    out[i] = '\n';
  }
  return !out.empty();
}

}  // namespace

LoadResult load_yaml(std::shared_ptr<const SourceFile> source, const Limits& limits, YamlReader reader) {
  LoadResult r;
  r.doc.source = source;
  if (auto p = check_encoding(source->text())) {
    r.diagnostics.push_back(syntax_error(p->offset, p->message));
    return r;
  }
  // Most configs are in the fast reader's subset; it declines the rest, and what yaml-cpp says
  // of it (its tree, or its error) stands.
  if (reader == YamlReader::FastFirst) {
    r.doc.arena = std::make_shared<NodeArena>(source);
    if (std::optional<Node> root = read_yaml_fast(source->text(), limits, *r.doc.arena)) {
      r.doc.set_root(*root);
      r.doc.parsed = true;
      return r;
    }
  }
  r.doc.arena = std::make_shared<NodeArena>(source);  // what the fast reader left is dropped
  std::string normalized;
  const std::string& text = lone_cr_to_lf(source->text(), normalized) ? normalized : source->text();
  uint32_t bom = text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  std::string_view body(text);
  bool has_content = false;
  for (size_t i = bom; i < text.size() && !has_content; ++i) {
    if (text[i] == '#') { while (i < text.size() && text[i] != '\n') ++i; continue; }
    if (!is_blank(text[i])) has_content = true;
  }
  if (!has_content) {
    r.diagnostics.push_back(syntax_error(0, "the file is empty", "add the configuration, or delete the file"));
    r.rejected = LoadResult::Rejected::Empty;
    return r;
  }
  if (auto p = check_yaml_tabs(body)) {
    r.diagnostics.push_back(syntax_error(p->offset, p->message));
    r.rejected = LoadResult::Rejected::Syntax;
    return r;
  }
  if (auto p = check_yaml_depth(body, limits.max_depth)) {
    r.diagnostics.push_back(syntax_error(p->offset, p->message));
    return r;
  }
  Builder builder(body, limits, bom, *r.doc.arena);
  try {
    std::istringstream in(text);
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
    YAML::Mark second_mark = YAML::Mark::null_mark();
    struct Probe final : YAML::EventHandler {
      YAML::Mark* out;
      bool seen = false;
      explicit Probe(YAML::Mark* o) : out(o) {}
      void OnDocumentStart(const YAML::Mark& m) override { if (!seen) { *out = m; seen = true; } }
      void OnDocumentEnd() override {}
      void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
      void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
      void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
      void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
      void OnSequenceEnd() override {}
      void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
      void OnMapEnd() override {}
    } probe(&second_mark);
    if (parser.HandleNextDocument(probe)) {
      // yaml-cpp's positions do not count a byte-order mark (fuzz_yaml: the span fell inside it).
      uint32_t p = second_mark.pos >= 0 ? static_cast<uint32_t>(second_mark.pos) + bom : 0;
      r.diagnostics.push_back(syntax_error(char_start(text, std::min<uint32_t>(p, source->size())),
                                     "the file holds more than one YAML document: the gateway reads exactly one",
                                     "remove the `---` separator and the second document, or split the file"));
      r.rejected = LoadResult::Rejected::Syntax;
      return r;
    }
  } catch (const YAML::ParserException& e) {
    uint32_t p = e.mark.pos >= 0 ? char_start(text, std::min<uint32_t>(static_cast<uint32_t>(e.mark.pos) + bom, source->size())) : 0;
    if (e.msg == "end of map flow not found" || e.msg == "end of sequence flow not found")
      p = unmatched_bracket(text, p, e.msg == "end of map flow not found" ? '{' : '[');
    r.diagnostics.push_back(syntax_error(p, "invalid YAML: " + explain_parser_error(e.msg)));
    r.rejected = LoadResult::Rejected::Syntax;
    return r;
  } catch (const YamlTreeBuilder::Unclosed& u) {
    r.diagnostics.push_back(syntax_error(u.offset, "invalid YAML: this quoted string is never closed",
                                   "add the closing quote"));
    r.rejected = LoadResult::Rejected::Syntax;
    return r;
  } catch (const YamlTreeBuilder::TooManyNodes&) {
    r.diagnostics.push_back(syntax_error(0, fmt::format("the document expands to more than {} nodes (or {} through aliases: a "
                                                  "\"billion laughs\" file?): azlint stops here",
                                                  limits.max_nodes, limits.max_alias_nodes)));
    return r;
  } catch (const std::exception& e) {
    r.diagnostics.push_back(syntax_error(0, std::string("invalid YAML: ") + e.what()));
    r.rejected = LoadResult::Rejected::Syntax;
    return r;
  }
  if (!builder.tree().has_root()) {
    r.diagnostics.push_back(syntax_error(0, "the file holds no YAML document"));
    r.rejected = LoadResult::Rejected::Empty;
    return r;
  }
  r.doc.set_root(builder.tree().take_root());
  r.doc.parsed = true;
  return r;
}

}  // namespace azlint
