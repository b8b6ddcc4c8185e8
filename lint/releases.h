// The release axis: the releases each gateway bundles (the embedded
// `schemas/<gateway>/releases.json`), which one a file is checked against, and version ranges.
#pragma once
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/gateway.h"

namespace azlint {

// A gateway's releases from its embedded `schemas/<gateway>/releases.json`, newest first (the
// file's "newest" is the first): version, package, LibreChat's CONFIG_VERSION, what a
// hand-written one describes. A release's schema per form is the one its entry names, else the
// generated `schemas/<gateway>/<version>.schema.json` when the build holds it, else the
// gateway's hand-written schema (`hand_written`, one per form). Without a releases.json: one
// release, "hand-written", with `hand_written`. The strings live as long as the program.
std::vector<Release> catalog_releases(std::string_view gateway, const std::vector<Release::Schema>& hand_written);

// A gateway's catalog_releases(), read on first use (a run that checks one gateway's file reads
// no other's releases.json); safe to use from several threads.
class LazyReleases {
 public:
  LazyReleases(std::string_view gateway, std::vector<Release::Schema> hand_written)
      : gateway_(gateway), hand_written_(std::move(hand_written)) {}
  const std::vector<Release>& get() const {
    std::call_once(once_, [this] { releases_ = catalog_releases(gateway_, hand_written_); });
    return releases_;
  }

 private:
  std::string_view gateway_;
  std::vector<Release::Schema> hand_written_;
  mutable std::once_flag once_;
  mutable std::vector<Release> releases_;
};

// A version as the user wrote it, without a leading `v` before a digit ("v0.8.524" -> "0.8.524").
std::string normalize_version(std::string_view version);

// A bundled release of a gateway, or an error ("unknown gateway …", "… has no bundled release …")
// and a help line (the bundled ones, what VERSION means for that gateway).
struct ReleaseError {
  std::string message;
  std::string help;
};
const Release* resolve_release(std::string_view gateway, std::string_view version, ReleaseError& error);

// `GATEWAY@VERSION` (`--target`): the gateway id and the bundled version it names.
struct ReleaseTarget {
  std::string gateway;
  std::string version;
};
std::optional<ReleaseTarget> parse_target(std::string_view spec, ReleaseError& error);

// The release a document of this gateway is checked against: `cli` (--target) over `config`
// (`.azlint.yaml targets:`) over the newest (the gateway's first). The maps hold bundled versions
// by gateway id (validated where they were read); anything else falls back to the newest.
const Release* choose_release(const Gateway* gateway, const std::map<std::string, std::string>& cli,
                              const std::map<std::string, std::string>& config);

// Version order: dot-separated parts compared as numbers where both are numbers, as text
// otherwise ("0.7.6998" < "0.8.501", "2026.8.2" < "2026.9.6"). <0, 0, >0.
int compare_versions(std::string_view a, std::string_view b);
// Whether a version is inside a range: comparators separated by spaces, all of which must hold
// (">=0.8.501", "<0.8.501", ">=2026.7.35 <2026.9.6", "=0.8.524"); "" holds for every version.
bool version_in_range(std::string_view version, std::string_view range);

}  // namespace azlint
