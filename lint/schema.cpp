#include "lint/schema.h"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "lint/embedded.h"
#include "lint/gateway.h"

namespace azlint {

namespace {

nlohmann::json to_json(const Node& n) {
  switch (n.kind) {
    case Node::Kind::Null: return nullptr;
    case Node::Kind::Bool: return n.boolean;
    case Node::Kind::Number:
      if (n.implicit == Node::Implicit::Int && n.number >= -9.0e15 && n.number <= 9.0e15)
        return static_cast<int64_t>(n.number);
      return n.number;
    case Node::Kind::String:
      // js-yaml reads an unquoted date as a Date object, not a string
      if (n.implicit == Node::Implicit::Timestamp) return nlohmann::json::object({{"$date", n.text}});
      return n.text;
    case Node::Kind::Sequence: {
      nlohmann::json a = nlohmann::json::array();
      for (const Node& i : n.items) a.push_back(to_json(i));
      return a;
    }
    case Node::Kind::Mapping: {
      nlohmann::json o = nlohmann::json::object();
      for (const Member& m : n.members) o[m.key.text] = to_json(m.value);
      return o;
    }
  }
  return nullptr;
}

std::string context_to_pointer(const std::vector<std::string>& ctx) {
  std::string p;
  for (size_t i = 1; i < ctx.size(); ++i) {  // ctx[0] is "<root>"
    std::string_view t = ctx[i];
    if (t.size() >= 2 && t.front() == '[' && t.back() == ']') t = t.substr(1, t.size() - 2);
    p += "/" + pointer_escape(t);
  }
  return p;
}

std::string between_quotes(const std::string& s) {
  size_t b = s.find('\'');
  size_t e = s.rfind('\'');
  return b != std::string::npos && e > b ? s.substr(b + 1, e - b - 1) : std::string();
}

struct Compiled {
  valijson::Schema schema;
};

const Compiled* compiled(std::string_view path) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Compiled>, std::less<>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(path);
  if (it != cache.end()) return it->second.get();
  std::string_view text = path.empty() ? std::string_view() : embedded_file(path);
  if (text.empty()) return cache.emplace(std::string(path), nullptr).first->second.get();
  auto c = std::make_unique<Compiled>();
  nlohmann::json doc = nlohmann::json::parse(text);
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter adapter(doc);
  parser.populateSchema(adapter, c->schema);
  return cache.emplace(std::string(path), std::move(c)).first->second.get();
}

}  // namespace

std::vector<SchemaError> validate_against_schema(const Document& doc) {
  std::vector<SchemaError> out;
  const Compiled* c = compiled(schema_path(doc));
  if (!c) return out;
  nlohmann::json target = to_json(doc.root);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(target);
  if (validator.validate(c->schema, adapter, &results)) return out;
  valijson::ValidationResults::Error err;
  while (results.popError(err)) {
    const std::string& d = err.description;
    SchemaError e;
    e.raw = d;
    e.pointer = context_to_pointer(err.context);
    auto starts = [&](const char* p) { return d.rfind(p, 0) == 0; };
    if (starts("Failed to validate against schema associated") || starts("Failed to validate item #") ||
        starts("Failed to validate against additional") || starts("Failed to validate against child schema") ||
        starts("Failed to validate against dependent") || starts("Cannot validate item #") ||
        starts("Failed to validate against a conditional schema"))
      continue;  // a parent of a leaf error
    if (starts("Value type not permitted")) e.kind = SchemaError::Kind::Type;
    else if (starts("Missing required property")) { e.kind = SchemaError::Kind::Required; e.property = between_quotes(d); }
    else if (starts("Object contains a property that could not be validated")) {
      e.kind = SchemaError::Kind::UnknownProperty;
      e.property = between_quotes(d.substr(d.find(": '")));
    }
    else if (starts("Failed to match against any enum")) e.kind = SchemaError::Kind::Enum;
    else if (starts("Failed to match expected value set by 'const'")) e.kind = SchemaError::Kind::Const;
    else if (starts("String should be no fewer")) e.kind = SchemaError::Kind::MinLength;
    else if (starts("Array should contain no fewer")) e.kind = SchemaError::Kind::MinItems;
    else if (starts("Object should have no fewer")) e.kind = SchemaError::Kind::MinProperties;
    else if (starts("Failed to match regex")) e.kind = SchemaError::Kind::Pattern;
    else if (starts("Expected number")) e.kind = SchemaError::Kind::Range;
    else if (starts("Failed to validate against any schemas allowed by anyOf") || starts("Failed to validate against any child schemas allowed by oneOf"))
      e.kind = SchemaError::Kind::AnyOf;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace azlint
