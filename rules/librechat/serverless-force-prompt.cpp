// librechat/serverless-force-prompt: a serverless `/v1/completions` baseURL without `forcePrompt: true`.
#include <algorithm>
#include <optional>
#include <string>

#include "lint/fix/yaml_edits.h"
#include "lint/librechat/azure_view.h"
#include "lint/librechat/base_url.h"
#include "lint/rule.h"
#include "lint/schema_lookup.h"

namespace azlint {
namespace {

using librechat::trim;
using librechat::resolve_url;
using librechat::path_tail;

// The fixes write `forcePrompt: true` only where the release checked against reads the key on a
// group (its schema declares it, or keeps unknown keys): elsewhere LibreChat drops it, and the
// fixed config would not mean what the message says.
bool release_reads_force_prompt(const Document& doc, const Node& group) {
  SchemaInfo info = schema_info(doc, group.pointer());
  if (!info.found) return false;
  return !info.closed || std::find(info.properties.begin(), info.properties.end(), "forcePrompt") != info.properties.end();
}

class ServerlessForcePrompt final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/serverless-force-prompt",
                                    "a serverless `baseURL` ending in `/v1/completions` without `forcePrompt: true`",
                                    Severity::Error, Fixability::Safe, "librechat",
                                    // `forcePrompt` is a key of 0.7.6998's group schema only; 0.8.x
                                    // schemas drop it (an unknown key there, `schema` reports it).
                                    {"librechat", "<0.8.501", ""}};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (!g.serverless || !g.base_url || !g.base_url->is_string()) continue;
      const Node* fp = g.force_prompt;
      if (fp && (fp->is_true() || (!fp->is_bool() && !fp->is_null()))) continue;  // set, or the schema's finding
      std::string var;
      std::optional<std::string> url = resolve_url(*g.base_url, ctx.env(), var);
      if (!url) continue;
      const std::string tail = path_tail(*url);
      static constexpr std::string_view kSuffix = "/v1/completions";
      if (tail.size() < kSuffix.size() || tail.substr(tail.size() - kSuffix.size()) != kSuffix) continue;
      const std::string gname(g.group_name);
      const std::string shown = var.empty() ? "`baseURL` \"" + *url + "\"" : "the URL in ${" + var + "}";
      const std::string what = shown + " of serverless group \"" + gname +
                               "\" is a text-completions endpoint (/v1/completions), which takes a `prompt`; ";
      if (fp && !fp->span.empty()) {
        Report r = ctx.report(*fp, what + "with `forcePrompt: " + fp->text +
                                       "` LibreChat sends chat `messages` instead and the endpoint rejects them");
        r.help("set `forcePrompt: true`, or use the deployment's /v1/chat/completions endpoint")
            .note("the completions endpoint", g.base_url->span);
        if (release_reads_force_prompt(doc, *g.node)) r.fix("set `forcePrompt: true`", {Edit{fp->span, "true"}}, FixSafety::Safe);
      } else {
        Report r = ctx.report(*g.base_url, what + "without `forcePrompt: true` LibreChat sends chat `messages` and the "
                                                  "endpoint rejects them");
        r.help("add `forcePrompt: true` to the group, or use the deployment's /v1/chat/completions endpoint");
        if (!fp && release_reads_force_prompt(doc, *g.node))
          if (std::optional<Edit> e = add_member(ctx.source(), *g.node, "forcePrompt", "true"))
            r.fix("add `forcePrompt: true`", {*e}, FixSafety::Safe);
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_serverless_force_prompt() {
  static const ServerlessForcePrompt rule;
  return rule;
}

}  // namespace azlint
