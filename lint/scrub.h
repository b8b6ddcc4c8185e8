// One scrubber for everything that reaches an output — every emitter, verify's report and dry
// run, the language server's diagnostics and hovers — applied where the text is printed, not
// where it is made. It masks the secret shapes of lint/redact.h and the secret values the run
// knows (lint/known_secrets.h) wherever they appear, whatever their shape: also split across
// whitespace or line breaks (each piece is masked) and percent-encoded. A masked character
// becomes one '*' (the last four of a long secret stay), so columns and carets still line up.
// Control characters are a second step, escape_controls(), for what a terminal shows.
//
// A file's own content written back by a fix, or shown as the hunks of a diff of that file, is
// exempt (the user asked for their file): such a writer does not pass it through scrub().
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace azlint {

class Scrubber {
 public:
  // Secret values shorter than this (whitespace aside) are not masked wherever they appear:
  // too common ("gpt-4o", an instance name in a URL).
  static constexpr size_t kMinKnown = 8;

  // A secret value known to this run (a key, a client secret, a token, a password).
  void add(std::string_view value);
  void add(const std::vector<std::string>& values);
  size_t known() const { return secrets_.size(); }
  // True when both mask the same known values (so scrub() gives the same text).
  bool same_known(const Scrubber& other) const { return secrets_ == other.secrets_; }

  // Text for an output: shapes and known values masked.
  std::string scrub(std::string_view text) const;
  // A config file (or a piece of one) as shown in snippets: also the values of settings named
  // like secrets, with the value on the line after its key. Line breaks are never masked, so
  // the result has the same lines as the text.
  std::string scrub_source(std::string_view text) const;
  // True when scrub() would change the text (a fix that holds a secret is not printed).
  bool holds_secret(std::string_view text) const;

 private:
  std::string scrub(std::string_view text, bool source) const;
  // Bytes to mask: the shapes, and the known values (`known`: some were found).
  std::vector<bool> mask_of(std::string_view text, bool source, bool& known) const;
  bool mask_known(std::string_view text, bool decode, std::vector<bool>& mask) const;

  struct Bucket {
    std::vector<uint32_t> ids;  // into secrets_
    size_t longest = 0;
  };
  std::vector<std::string> secrets_;  // whitespace removed
  std::unordered_set<std::string> seen_;
  std::unordered_map<uint64_t, Bucket> by_prefix_;  // by their first 8 bytes
  bool starts_[256] = {};                            // a first byte of some secret (a lookup costs a division)
};

// Control characters made visible for a terminal: C0 and DEL as `\x1b` (`\n`, `\r`, `\t` as
// such), C1 as `\u009b`, bytes that are not UTF-8 as `\xff`, bidirectional overrides and
// isolates as `\u202e`. `keep` lists the controls the format may carry as they are ("\n\t").
std::string escape_controls(std::string_view text, std::string_view keep = {});

}  // namespace azlint
