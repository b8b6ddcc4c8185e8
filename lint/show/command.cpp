// `azlint show` (lint/show/command.h): each file read and classified the way `check` reads it,
// its release chosen as `check` chooses it, its gateway's one resolution (Gateway::resolve)
// printed through the run's scrubber.
#include "lint/show/command.h"

#include <iostream>
#include <map>
#include <set>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "lint/did_you_mean.h"
#include "lint/engine.h"
#include "lint/gateway.h"
#include "lint/known_secrets.h"
#include "lint/named_inputs.h"
#include "lint/read_input.h"
#include "lint/releases.h"
#include "lint/scrub.h"
#include "lint/show/render.h"

namespace azlint::show {
namespace {

using json = nlohmann::ordered_json;

int usage_error(const std::string& msg, const std::string& help = "") {
  std::cerr << "azlint: error: " << escape_controls(msg) << "\n";
  if (!help.empty()) std::cerr << "help: " << escape_controls(help) << "\n";
  return 2;
}

// One file of the run, resolved under a release.
struct Shown {
  std::shared_ptr<const SourceFile> source;
  std::unique_ptr<Document> doc;
  Env env;
  std::map<std::string, std::string> config_targets;
  std::vector<ResolvedRequest> requests;
};

std::vector<ResolvedRequest> resolve_under(Shown& s, const Release* release) {
  s.doc->release = release;
  return s.doc->gateway->resolve(*s.doc, s.env);
}

std::string target_name(const Document& doc) {
  if (!doc.gateway) return "";
  return doc.release ? std::string(doc.gateway->id()) + "@" + std::string(doc.release->version) : std::string(doc.gateway->id());
}

// Every string of a JSON value through the scrubber.
void scrub_json(json& j, const Scrubber& scrubber) {
  if (j.is_string()) {
    j = scrubber.scrub(j.get<std::string>());
  } else if (j.is_object()) {
    json out = json::object();
    for (auto& [k, v] : j.items()) {
      json value = v;
      scrub_json(value, scrubber);
      out[scrubber.scrub(k)] = std::move(value);
    }
    j = std::move(out);
  } else if (j.is_array()) {
    for (json& v : j) scrub_json(v, scrubber);
  }
}

bool wanted(const ResolvedRequest& r, const std::string& model) { return model.empty() || r.model == model; }

// A request's identity across two releases: its place and role.
std::string identity(const ResolvedRequest& r) { return r.pointer + "\n" + r.role; }

int run_against(std::vector<Shown>& files, const ShowArgs& a, const ReleaseTarget& against, const Scrubber& scrubber) {
  json out_files = json::array();
  auto clean = [&](std::string_view s) { return escape_controls(scrubber.scrub(s), "\t"); };
  for (Shown& s : files) {
    if (s.doc->gateway->id() != against.gateway) continue;
    ReleaseError why;
    const Release* other = resolve_release(against.gateway, against.version, why);
    std::vector<ResolvedRequest> before = s.requests;
    const std::string target = target_name(*s.doc);
    std::vector<ResolvedRequest> after = resolve_under(s, other);
    const std::string against_name = target_name(*s.doc);
    std::map<std::string, const ResolvedRequest*> by_id;
    for (const ResolvedRequest& r : after) by_id.emplace(identity(r), &r);
    json models = json::array();
    std::vector<std::string> lines;
    auto differ = [&](const ResolvedRequest& r, const ResolvedRequest* a_side, const ResolvedRequest* b_side) {
      json parts = json::object();
      std::vector<std::pair<std::string, std::string>> pa, pb;
      if (a_side) pa = comparable_parts(*a_side);
      if (b_side) pb = comparable_parts(*b_side);
      const auto& names = a_side ? pa : pb;
      for (size_t i = 0; i < names.size(); ++i) {
        std::string va = a_side ? pa[i].second : "(not listed)", vb = b_side ? pb[i].second : "(not listed)";
        if (va == vb) continue;
        parts[names[i].first] = {{"target", va}, {"against", vb}};
        lines.push_back(fmt::format("  {} ({}): {}: {} -> {}", r.model, r.role, names[i].first, va.empty() ? "(none)" : va,
                                    vb.empty() ? "(none)" : vb));
      }
      if (parts.empty()) return;
      Position p = r.file->position(r.span.begin);
      models.push_back({{"model", r.model}, {"line", p.line}, {"column", p.column}, {"role", r.role}, {"differs", std::move(parts)}});
    };
    std::set<std::string> seen;
    for (const ResolvedRequest& r : before) {
      if (!wanted(r, a.model)) continue;
      seen.insert(identity(r));
      auto it = by_id.find(identity(r));
      differ(r, &r, it == by_id.end() ? nullptr : it->second);
    }
    for (const ResolvedRequest& r : after)
      if (wanted(r, a.model) && !seen.count(identity(r))) differ(r, nullptr, &r);
    if (a.format == "json") {
      out_files.push_back({{"file", s.source->path()}, {"gateway", s.doc->gateway->id()}, {"target", target},
                           {"against", against_name}, {"models", std::move(models)}});
    } else {
      std::cout << clean(s.source->path()) << ": " << clean(target) << " against " << clean(against_name) << "\n";
      if (lines.empty()) std::cout << "  no differences\n";
      for (const std::string& l : lines) std::cout << clean(l) << "\n";
    }
  }
  if (a.format == "json") {
    json doc = {{"version", 1}, {"files", std::move(out_files)}};
    scrub_json(doc, scrubber);
    std::cout << doc.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  }
  return 0;
}

}  // namespace

CLI::App* add_show_command(CLI::App& app, ShowArgs& a) {
  CLI::App* s = app.add_subcommand("show", "print the request each gateway sends for every model, and where each part came from");
  s->add_option("paths", a.paths, "config files or directories");
  s->add_option("--model", a.model, "only this model (its exact name; OpenClaw: provider/model)");
  s->add_option("--format", a.format, "text or json")->check(CLI::IsMember({"text", "json"}));
  s->add_option("--target", a.targets, "resolve against this release, GATEWAY@VERSION (repeatable; see `azlint targets`)")
      ->allow_extra_args(false);
  s->add_option("--against", a.against, "print only what differs from this release, GATEWAY@VERSION");
  s->add_option("--dialect", a.dialect, "force the gateway and form: " + known_forms());
  s->add_option("--env-file", a.env_files, "an env file to resolve variables against (repeatable)")->allow_extra_args(false);
  s->add_flag("--no-env", a.no_env, "ignore the process environment (env files still count)");
  return s;
}

int run_show(const ShowArgs& a) {
  Options base;
  if (!a.dialect.empty()) {
    base.dialect = find_form(a.dialect);
    if (!base.dialect) return usage_error("unknown --dialect \"" + a.dialect + "\" (known: " + known_forms() + ")");
  }
  for (const std::string& spec : a.targets) {
    ReleaseError why;
    std::optional<ReleaseTarget> t = parse_target(spec, why);
    if (!t) return usage_error("--target " + spec + ": " + why.message, why.help);
    auto [it, fresh] = base.targets.emplace(t->gateway, t->version);
    if (!fresh && it->second != t->version)
      return usage_error("--target names " + t->gateway + " twice (" + it->second + " and " + t->version + ")");
  }
  std::optional<ReleaseTarget> against;
  if (!a.against.empty()) {
    ReleaseError why;
    against = parse_target(a.against, why);
    if (!against) return usage_error("--against " + a.against + ": " + why.message, why.help);
  }
  for (const std::string& f : a.env_files) {
    std::string reason;
    if (!read_input(f, base.limits.max_file_bytes, reason)) return usage_error(f + ": " + reason);
  }
  base.env_files = a.env_files;
  base.process_env = !a.no_env;

  std::vector<std::string> files = expand_paths(a.paths, base.limits.max_file_bytes, true);

  bool io_error = false;
  std::set<std::string> said;
  Scrubber scrubber;  // every output below goes through it
  std::vector<Shown> shown;
  for (const std::string& f : files) {
    std::optional<NamedFile> named = load_named(f, base);
    if (!named) {
      io_error = true;
      continue;
    }
    if (!named->doc.gateway) continue;
    Shown s;
    s.source = named->source;
    s.doc = std::make_unique<Document>(std::move(named->doc));
    const Options o = options_for(f, base);
    s.env = build_env(f, o);
    io_error |= report_input_issues(s.env.issues(), std::cerr, said);
    scrubber.add(known_secrets(*s.doc, s.env));
    s.requests = resolve_under(s, choose_release(s.doc->gateway, o.targets, o.config.targets));
    for (const ResolvedRequest& r : s.requests)
      scrubber.add({r.auth.secret.value, r.auth.client_secret.value});
    shown.push_back(std::move(s));
  }
  if (io_error) return 2;

  if (!a.model.empty()) {
    std::vector<std::string> names;
    bool any = false;
    for (const Shown& s : shown)
      for (const ResolvedRequest& r : s.requests) {
        any |= r.model == a.model;
        names.push_back(r.model);
      }
    if (!any) {
      std::vector<std::string_view> views(names.begin(), names.end());
      std::string_view close = did_you_mean(a.model, views);
      std::string help = !close.empty() ? "did you mean \"" + std::string(close) + "\"?"
                                        : names.empty() ? std::string("these files name no model")
                                                        : "--model takes a model's exact name (OpenClaw: provider/model)";
      return usage_error("--model \"" + scrubber.scrub(a.model) + "\" matches no model", scrubber.scrub(help));
    }
  }

  if (against) {
    bool any = false;
    for (const Shown& s : shown) any |= s.doc->gateway->id() == against->gateway;
    if (!any) return usage_error("--against " + a.against + ": none of the files given is for " + against->gateway);
    return run_against(shown, a, *against, scrubber);
  }

  if (a.format == "json") {
    json out_files = json::array();
    for (const Shown& s : shown) {
      json models = json::array();
      for (const ResolvedRequest& r : s.requests)
        if (wanted(r, a.model)) models.push_back(request_json(r));
      out_files.push_back({{"file", s.source->path()}, {"gateway", s.doc->gateway->id()}, {"target", target_name(*s.doc)},
                           {"models", std::move(models)}});
    }
    json doc = {{"version", 1}, {"files", std::move(out_files)}};
    scrub_json(doc, scrubber);
    std::cout << doc.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    return 0;
  }
  auto clean = [&](std::string_view s) { return escape_controls(scrubber.scrub(s), "\t"); };
  bool first = true;
  for (const Shown& s : shown) {
    std::cout << (first ? "" : "\n") << clean(s.source->path()) << ": " << clean(s.doc->gateway->name()) << " ("
              << clean(target_name(*s.doc)) << ")\n";
    first = false;
    size_t n = 0;
    for (const ResolvedRequest& r : s.requests) {
      if (!wanted(r, a.model)) continue;
      ++n;
      for (const std::string& line : request_lines(r)) std::cout << "  " << clean(line) << "\n";
    }
    if (n == 0) std::cout << "  no Azure model\n";
  }
  return 0;
}

}  // namespace azlint::show
