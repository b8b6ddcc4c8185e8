// librechat/instance-name-format: an `instanceName` that is a URL or not a valid Azure resource name
#include <cctype>
#include <string>
#include <string_view>

#include "lint/ascii.h"
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"
#include "lint/url.h"

namespace azlint {
namespace {

std::string lower(std::string_view s) { return ascii_lower(s); }

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

std::string describe(char c) {
  if (c == ' ') return "a space";
  if (c == '\t') return "a tab";
  if (static_cast<unsigned char>(c) >= 0x80) return "a non-ASCII character";
  return std::string("\"") + c + "\"";
}

class InstanceNameFormat final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/instance-name-format",
                                    "an `instanceName` that is a URL or not a valid Azure resource name",
                                    Severity::Error, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      const Node* n = g.instance_name;
      if (g.serverless || !librechat::present_string(n)) continue;
      // With a baseURL that does not use ${INSTANCE_NAME}, chat requests never use the name.
      if (librechat::present_string(g.base_url) && !g.is_assistants() &&
          g.base_url->text.find("${INSTANCE_NAME}") == std::string::npos)
        continue;
      // The value LibreChat uses: literal, or a set variable that is the whole value (never printed).
      std::string value = n->text;
      std::string var;
      if (value.find("${") != std::string::npos) {
        auto name = whole_env_ref(value);
        const EnvEntry* e = name ? ctx.env().find(*name) : nullptr;
        if (!e || e->value.empty()) continue;
        value = e->value;
        var = *name;
      }
      const bool hidden = !var.empty();
      const std::string subject =
          hidden ? "instanceName (the value of ${" + var + "})" : "instanceName \"" + value + "\"";
      const std::string l = lower(value);
      const bool url = l.find("://") != std::string::npos || l.find(".azure.com") != std::string::npos ||
                       l.find(".azure-api.net") != std::string::npos;
      if (url) {
        // The resource name is the first label of the host.
        const UrlParts parts = split_url(value);  // the one splitter (lint/url.h); a bare host name as is
        std::string_view host = parts.scheme.empty() ? std::string_view(value) : std::string_view(parts.host);
        std::string_view res = host.substr(0, host.find_first_of(".:/?#"));
        std::string msg = subject + " is " + (l.find("://") != std::string::npos ? "a URL" : "a host name") +
                          ", not a resource name: LibreChat builds the chat URL as https://<instanceName>"
                          ".openai.azure.com/openai/deployments/…";
        if (!hidden) msg += ", here https://" + value + ".openai.azure.com/openai/deployments/…, which fails";
        Report r = ctx.report(*n, std::move(msg));
        bool valid_res = res.size() >= 2 && res.size() <= 64;
        for (char c : res) valid_res &= name_char(c);
        if (!hidden && valid_res)
          r.help("use only the resource name: instanceName: \"" + std::string(res) + "\"");
        else
          r.help("use only the resource name (the first part of https://<name>.openai.azure.com)");
        continue;
      }
      std::string problem;
      for (char c : value)
        if (!name_char(c)) {
          problem =
              hidden ? "has a character other than letters, digits and hyphens"
                     : "contains " + describe(c) + ", but an Azure resource name has only letters, digits and hyphens";
          break;
        }
      if (problem.empty() && (value.size() < 2 || value.size() > 64))
        problem = "is " + std::to_string(value.size()) + (value.size() == 1 ? " character" : " characters") +
                  " long; an Azure resource name has 2 to 64";
      if (problem.empty() && (value.front() == '-' || value.back() == '-'))
        problem = std::string(value.front() == '-' ? "starts" : "ends") +
                  " with a hyphen; an Azure resource name starts and ends with a letter or digit";
      if (problem.empty()) continue;
      ctx.report(*n, subject + " " + problem +
                         " (LibreChat builds https://<instanceName>.openai.azure.com/…, a host that cannot exist)")
          .help("set instanceName to the Azure OpenAI resource name, the <name> in https://<name>.openai.azure.com");
    }
  }
};

}  // namespace

const Rule& rule_librechat_instance_name_format() {
  static const InstanceNameFormat rule;
  return rule;
}

}  // namespace azlint
