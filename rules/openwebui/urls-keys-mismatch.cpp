// openwebui/urls-keys-mismatch: `OPENAI_API_BASE_URLS` and `OPENAI_API_KEYS` (or the exported
// `api_base_urls` / `api_keys`) with different counts; keys are matched to URLs by position.
#include <string>

#include "lint/openwebui/fields.h"
#include "lint/rule.h"

namespace azlint {
namespace {

std::string plural(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

class UrlsKeysMismatch final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openwebui/urls-keys-mismatch", "`OPENAI_API_BASE_URLS` and `OPENAI_API_KEYS` with different counts", Severity::Error, false, "openwebui"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openwebui::View& v = openwebui::view_of(ctx);
    if (!v.urls || !v.keys) return;  // a missing list is padded with empty keys, not misaligned
    const size_t urls = v.connections.size();
    const size_t keys = v.key_items.size();
    if (urls == keys) return;
    const std::string counts = v.keys_name + " has " + plural(keys, "key", "keys") + " for " +
                               plural(urls, "base URL", "base URLs") + " in " + v.urls_name;
    if (keys > urls) {
      // Report at the first key that has no URL: Open WebUI drops it and every key after it.
      const Node* extra = v.key_items[urls];
      const Span at = extra ? extra->span : v.keys->span;
      ctx.report_span(at, v.keys->pointer(),
                      counts + "; keys are matched to URLs by position, so Open WebUI drops " +
                          (keys - urls == 1 ? std::string("the last key (this one)")
                                            : "the last " + std::to_string(keys - urls) + " keys (from this one on)") +
                          "; if a URL is missing from the list, the keys after it also go to the wrong endpoints")
          .help(help(v));
      return;
    }
    // Fewer keys: Open WebUI pads the list with empty keys; the last URLs get none.
    Report r = ctx.report(*v.keys, counts + "; keys are matched to URLs by position, so Open WebUI pads the list with "
                                              "empty keys and " +
                                              (urls - keys == 1 ? std::string("the last URL is") :
                                               "the last " + std::to_string(urls - keys) + " URLs are") +
                                              " called without a key (401 Unauthorized where one is needed)");
    r.help(help(v));
    for (size_t i = keys; i < urls; ++i) {
      const openwebui::Connection& c = v.connections[i];
      if (c.url) r.note(c.label() + " (\"" + c.url->text + "\") is called without a key", c.url->span);
    }
  }

 private:
  static std::string help(const openwebui::View& v) {
    if (!v.env_form)
      return "give api_keys one entry per URL in the same order; use \"\" for a connection that needs no key";
    // `a,b` is one URL to Open WebUI: it splits on `;` only.
    for (const openwebui::Connection& c : v.connections)
      if (c.url && c.url->text.find(",http") != std::string::npos)
        return "separate the URLs with `;`, not `,`, and give one key per URL in the same order";
    return "give one key per URL in the same order, separated by `;`; leave an item empty (`key1;;key3`) for a URL "
           "that needs no key";
  }
};

}  // namespace

const Rule& rule_openwebui_urls_keys_mismatch() {
  static const UrlsKeysMismatch rule;
  return rule;
}

}  // namespace azlint
