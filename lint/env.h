// The environment a config is resolved against: the process environment plus env files,
// and the references a config makes to it. Values are never printed.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"
#include "lint/document.h"
#include "lint/read_input.h"

namespace azlint {

struct EnvEntry {
  std::string name;
  std::string value;
  std::string file;   // "" for the process environment
  uint32_t line = 0;  // 1-based line in the env file
};

using EnvVars = std::map<std::string, EnvEntry, std::less<>>;

// The process environment: read once per process (azlint never changes its own) and shared by
// the Env of every file of every run, never copied per file.
std::shared_ptr<const EnvVars> read_process_environment();

class Env {
 public:
  // Later definitions do not override earlier ones: the process environment wins over
  // files (dotenv semantics), and earlier files win over later ones.
  void add(EnvEntry entry);
  void add_process_environment();
  // The process environment read once for the run; before any other variable is added.
  void use_process_environment(std::shared_ptr<const EnvVars> vars);
  // Parse a dotenv file (read within max_bytes, at most kMaxEnvVariables variables); false when
  // it cannot be read. What went wrong goes into issues(): `named` says the user named the file.
  bool add_file(const std::string& path, uint64_t max_bytes, bool named);
  // false when the text has more variables than kMaxEnvVariables (the rest are ignored).
  bool add_text(std::string_view text, const std::string& file_label);

  // A declaration: the repository says the variable is needed without setting it here (a
  // `.env.example`, a compose file, `env_declared:`; lint/env_declarations.h). The first one of
  // a name is the one found. An env file that gives a variable an empty value declares it too (add_text()).
  void declare(EnvEntry entry);

  const EnvEntry* find(std::string_view name) const;
  // Where `name` is declared, or nullptr.
  const EnvEntry* declaration(std::string_view name) const;
  // Every declaration, in the order read, later ones of a name too (values included: for the
  // scrubber, never printed).
  const std::vector<EnvEntry>& declarations() const { return declarations_; }
  // Set and not empty (LibreChat treats an empty variable as missing).
  bool is_set(std::string_view name) const;
  const std::vector<std::string>& files() const { return files_; }
  // Every variable name known (process and files), sorted.
  std::vector<std::string> names() const;
  // Every name set or declared, sorted (the did-you-mean candidates); views into this Env.
  std::vector<std::string_view> names_and_declared() const;
  const std::vector<EnvEntry>& file_entries() const { return file_entries_; }
  // The env files that could not be read, or not all of.
  const std::vector<InputIssue>& issues() const { return issues_; }
  void add_issue(InputIssue issue) { issues_.push_back(std::move(issue)); }
  // --require-env / `require_env: true`: a declared variable that is not set is missing here.
  void require_declared(bool on) { require_declared_ = on; }
  bool declared_is_missing() const { return require_declared_; }

 private:
  std::shared_ptr<const EnvVars> process_;  // shared by the run's files; wins over vars_
  EnvVars vars_;
  std::vector<EnvEntry> file_entries_;
  std::map<std::string, size_t, std::less<>> declared_;  // name -> index in declarations_
  std::vector<EnvEntry> declarations_;
  std::vector<std::string> files_;
  std::vector<InputIssue> issues_;
  bool require_declared_ = false;
};

// One `${NAME}` reference inside a string; offsets are into the string's text.
struct EnvRef {
  std::string name;
  uint32_t begin = 0;
  uint32_t end = 0;
};

// How a gateway writes references to the environment.
enum class EnvSyntax : uint8_t {
  DollarBrace,       // LibreChat: `${NAME}` (any name)
  DollarBraceUpper,  // OpenClaw: `${NAME}` with NAME = [A-Z_][A-Z0-9_]*; `$${NAME}` is an escape
  OsEnviron,         // LiteLLM: the whole value is `os.environ/NAME`
};

// All well-formed `${NAME}` references in a string, left to right.
std::vector<EnvRef> find_env_refs(std::string_view text);
// The references of a string in a gateway's syntax.
std::vector<EnvRef> find_env_refs(std::string_view text, EnvSyntax syntax);
// The single reference a value consists of (`^\$\{(.+)\}$` as LibreChat matches it),
// or nullopt. Note `${A}${B}` yields the name `A}${B`, as in LibreChat.
std::optional<std::string> whole_env_ref(std::string_view text);
// Substitute known references (unknown ones stay literal).
std::string expand_env(std::string_view text, const Env& env);

// The source span of [begin,end) inside a scalar's text when the scalar was written
// without escapes; the whole value span otherwise.
Span text_span(const SourceFile& src, const Node& node, uint32_t begin, uint32_t end);

}  // namespace azlint
