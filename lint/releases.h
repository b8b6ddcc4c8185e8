// The release axis: which releases of each gateway azlint bundles (the embedded
// `schemas/<gateway>/releases.json`), which one a file is checked against, and version ranges.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/document.h"

namespace azlint {

struct Release {
  std::string version;         // "0.8.524", "2026.9.6", "handwritten"
  std::string package;         // "librechat-data-provider@0.8.524"; "" for a hand-written release
  std::string config_version;  // LibreChat's `Constants.CONFIG_VERSION` of that package; "" elsewhere
  std::string describes;       // a hand-written release: what its schema describes
  // The release's own schema in this build ("schemas/librechat/0.8.524.schema.json"; the
  // hand-written ones for a hand-written release); empty when the build does not hold one.
  std::vector<std::string> schemas;
  bool hand_written = false;
};

struct GatewayReleases {
  std::string gateway;            // "librechat"
  std::string package;            // the npm package the releases are versions of; "" when hand-written
  std::string newest;             // the default release
  std::vector<Release> releases;  // oldest first
  const Release* find(std::string_view version) const;  // exact, after normalize_version
  const Release& newest_release() const;
};

// Every gateway with an embedded `schemas/<id>/releases.json`, sorted by id.
const std::vector<GatewayReleases>& release_catalog();
const GatewayReleases* gateway_releases(std::string_view gateway);

// The gateway id a dialect's releases are filed under ("openwebui" for both Open WebUI forms);
// "" for Unknown. The one place a dialect becomes a gateway id for releases.
std::string gateway_id(Dialect d);

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
struct Target {
  std::string gateway;
  std::string version;
};
std::optional<Target> parse_target(std::string_view spec, ReleaseError& error);

// The release a document of this dialect is checked against: `cli` (--target) over `config`
// (`.azlint.yaml targets:`) over the newest bundled one. "" when the dialect has no releases.
// Both maps hold bundled versions (validated where they were read); anything else falls back to
// the newest.
std::string choose_release(Dialect d, const std::map<std::string, std::string>& cli,
                           const std::map<std::string, std::string>& config);
// The chosen release's entry (nullptr for a document without one).
const Release* release_of(const Document& doc);

// Version order: dot-separated parts compared as numbers where both are numbers, as text
// otherwise ("0.7.6998" < "0.8.501", "2026.8.2" < "2026.9.6"). <0, 0, >0.
int compare_versions(std::string_view a, std::string_view b);
// Whether a version is inside a range: comparators separated by spaces, all of which must hold
// (">=0.8.501", "<0.8.501", ">=2026.7.35 <2026.9.6", "=0.8.524"); "" holds for every version.
bool version_in_range(std::string_view version, std::string_view range);

}  // namespace azlint
