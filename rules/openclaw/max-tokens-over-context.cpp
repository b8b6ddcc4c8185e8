// openclaw/max-tokens-over-context: a model whose `maxTokens` (or `contextTokens`) exceeds its `contextWindow`
#include <cmath>
#include <sstream>
#include <string>

#include "lint/rule.h"
#include "lint/openclaw/view.h"

namespace azlint {
namespace {

const Node* number(const Node* n, std::string_view key) {
  if (!n || !n->is_mapping()) return nullptr;
  const Node* v = n->get(key);
  return v && v->kind == Node::Kind::Number && std::isfinite(v->number()) ? v : nullptr;
}

// The value as a plain number (`0x4000` and `+16385` are JSON5 spellings of 16384 and 16385).
std::string text(const Node& n) {
  if (std::floor(n.number()) == n.number() && std::fabs(n.number()) < 1e15)
    return std::to_string(static_cast<long long>(n.number()));
  std::ostringstream out;
  out << n.number();
  return out.str();
}

class MaxTokensOverContext final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openclaw/max-tokens-over-context", "a model whose `maxTokens` (or `contextTokens`) exceeds its `contextWindow`", Severity::Error, false, "openclaw"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    for (const openclaw::Provider& p : view.providers) {
      const Node& pn = p.node();
      const std::string provider = "provider \"" + std::string(p.id) + "\"";
      // The provider's own defaults, then each model (its own value, else the provider's).
      check_pair(ctx, "maxTokens", number(&pn, "maxTokens"), number(&pn, "contextWindow"), provider);
      check_pair(ctx, "contextTokens", number(&pn, "contextTokens"), number(&pn, "contextWindow"), provider);
      for (const openclaw::Model& m : p.models) {
        const std::string name = (m.id ? "model \"" + m.id->text + "\"" : "model " + std::to_string(m.index + 1)) +
                                 " of " + provider;
        for (const char* key : {"maxTokens", "contextTokens"}) {
          const Node* value = number(m.node, key);
          const Node* window = number(m.node, "contextWindow");
          if (!value && !window) continue;  // both inherited: the provider's pair above
          // A provider default that only this model's window is below: name where the value comes from.
          const std::string owner = value ? name : provider + " (inherited by " + name.substr(0, name.find(" of ")) + ")";
          check_pair(ctx, key, value ? value : number(&pn, key), window ? window : number(&pn, "contextWindow"), owner);
        }
      }
    }
  }

 private:
  static void check_pair(Context& ctx, const std::string& key, const Node* value, const Node* window,
                         const std::string& owner) {
    if (!value || !window || value->number() <= window->number()) return;
    const std::string w = text(*window), v = text(*value);
    const std::string what = key + " " + v + " of " + owner + " exceeds the contextWindow " + w;
    if (key == "maxTokens")
      ctx.report(*value, what + "; OpenClaw clamps it silently to the window, so requests ask for the whole "
                                "context as output and leave no room for the prompt")
          .help("set maxTokens to the model's real output limit, below " + w)
          .note("contextWindow " + w, window->span);
    else
      ctx.report(*value, what + "; contextTokens is a cap below the window, so this one limits nothing")
          .help("set contextTokens below " + w + ", or remove it")
          .note("contextWindow " + w, window->span);
  }
};

}  // namespace

const Rule& rule_openclaw_max_tokens_over_context() {
  static const MaxTokensOverContext rule;
  return rule;
}

}  // namespace azlint
