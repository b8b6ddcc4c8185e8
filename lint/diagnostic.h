// What a rule reports: id, severity, span, message, notes and an optional fix.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace azlint {

enum class Severity : uint8_t { Info = 0, Warning = 1, Error = 2 };

std::string_view severity_name(Severity s);                 // "error" | "warning" | "info"
std::optional<Severity> parse_severity(std::string_view s);  // accepts error|warning|info (and warn)

struct Span {
  uint32_t begin = 0;  // byte offsets, [begin, end)
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

class SourceFile;

struct Note {
  std::string message;
  Span span;
  std::shared_ptr<const SourceFile> file;  // another file of the run; nullptr = the same file
  // The place of a mistake this finding owns (a misspelt required key): the `schema` finding
  // there is dropped, so one mistake makes one finding.
  bool absorbs = false;
};

struct Edit {
  Span span;
  std::string replacement;
  // Another file of the run (a cross-file rule's fix in the file it relates to); nullptr = the
  // file of the finding.
  std::shared_ptr<const SourceFile> file = nullptr;
};

// Safe: the fixed config means what the message says the gateway needs and nothing else changes
// (`check --fix` applies it). Unsafe: it chooses among candidates (a did-you-mean rename), removes
// the user's content or changes where requests go (only with `--unsafe-fixes`).
enum class FixSafety : uint8_t { Unsafe = 0, Safe = 1 };

struct Fix {
  std::string title;
  std::vector<Edit> edits;
  FixSafety safety = FixSafety::Unsafe;
  bool safe() const { return safety == FixSafety::Safe; }
  // An edit in another file than the finding's (front ends that show one file's edits skip it).
  bool crosses_files() const {
    for (const Edit& e : edits)
      if (e.file) return true;
    return false;
  }
};

struct Diagnostic {
  std::string rule;
  Severity severity = Severity::Error;
  Span span;
  std::string pointer;  // JSON Pointer of the node, "" for the whole file
  std::string message;
  std::string help;     // one line: how to fix it
  std::vector<Note> notes;
  std::optional<Fix> fix;
};

// A `syntax` finding at an offset (what every loader reports when it gives up).
Diagnostic syntax_error(uint32_t offset, std::string message, std::string help = {}, std::vector<Note> notes = {});

}  // namespace azlint
