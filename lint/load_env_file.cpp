#include "lint/load_env_file.h"

#include <fmt/format.h>

#include "lint/dotenv.h"
#include "lint/input_guard.h"

namespace azlint {

LoadResult load_env_file(std::shared_ptr<const SourceFile> source, const Limits& limits) {
  LoadResult r;
  r.doc.source = source;
  r.doc.format = Format::Dotenv;
  if (auto p = check_encoding(source->text())) {
    r.diagnostics.push_back(syntax_error(p->offset, p->message));
    return r;
  }
  Node root;
  root.kind = Node::Kind::Mapping;
  root.style = Node::Style::Block;
  root.span = {0, source->size()};
  // Each entry is two nodes (its name and its value) of the tree's budget; reading stops at the
  // first entry past it.
  std::optional<uint32_t> past;
  std::vector<DotenvEntry> entries = parse_dotenv(source->text(), limits.max_nodes / 2, &past);
  if (past) {
    r.doc.root = root;
    r.diagnostics.push_back(syntax_error(*past,
                                         fmt::format("the file has more than {} variables: azlint stops here", limits.max_nodes / 2)));
    return r;
  }
  r.doc.arena = std::make_shared<NodeArena>(source);
  NodeArena& arena = *r.doc.arena;
  std::vector<Member> members;
  members.reserve(entries.size());
  for (DotenvEntry& e : entries) {
    Member m;
    m.key.kind = Node::Kind::String;
    m.key.text = arena.text(e.name, e.name_span.begin);
    m.key.span = e.name_span;  // the value's key_span()
    m.value.kind = Node::Kind::String;
    m.value.text = arena.text(e.value, e.value_span.begin);
    m.value.span = e.value_span;
    m.value.style = e.quote == '"' ? Node::Style::DoubleQuoted : e.quote ? Node::Style::SingleQuoted : Node::Style::Plain;
    members.push_back(std::move(m));
  }
  root.set_members(arena.array(members));
  r.doc.set_root(root);
  r.doc.parsed = true;
  return r;
}

}  // namespace azlint
