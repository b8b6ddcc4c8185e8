#include "lint/lsp/jsonrpc.h"

namespace azlint::lsp {

Message classify(json value) {
  Message m;
  if (!value.is_object()) {
    m.error = "a message must be a JSON object";
    return m;
  }
  auto id = value.find("id");
  bool has_id = id != value.end();
  if (has_id) {
    if (id->is_string() || id->is_number_integer() || id->is_number_unsigned()) {
      m.id = *id;
    } else if (!id->is_null()) {
      m.error = "id must be a string or an integer";
      return m;
    }
  }
  auto method = value.find("method");
  if (method == value.end()) {
    if (has_id && (value.contains("result") || value.contains("error"))) {
      m.kind = Message::Kind::Response;
      return m;
    }
    m.error = "a message needs a method";
    return m;
  }
  if (!method->is_string()) {
    m.error = "method must be a string";
    return m;
  }
  m.method = method->get<std::string>();
  auto params = value.find("params");
  if (params != value.end()) {
    if (!params->is_object() && !params->is_array() && !params->is_null()) {
      m.error = "params must be an object or an array";
      return m;
    }
    m.params = std::move(*params);
  }
  m.kind = has_id ? Message::Kind::Request : Message::Kind::Notification;
  return m;
}

json make_response(const json& id, json result) {
  return json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

json make_error(const json& id, int code, const std::string& message) {
  return json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

json make_notification(const std::string& method, json params) {
  return json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json Dispatcher::handle_request(const Message& m) const {
  auto it = requests_.find(m.method);
  if (it == requests_.end()) return make_error(m.id, error_code::kMethodNotFound, "method not found: " + m.method);
  try {
    return make_response(m.id, it->second(m.params));
  } catch (const RpcError& e) {
    return make_error(m.id, e.code, e.what());
  } catch (const json::exception& e) {
    return make_error(m.id, error_code::kInvalidParams, std::string("invalid params: ") + e.what());
  } catch (const std::exception& e) {
    return make_error(m.id, error_code::kInternalError, std::string("internal error: ") + e.what());
  }
}

std::optional<std::string> Dispatcher::handle_notification(const Message& m) const {
  auto it = notifications_.find(m.method);
  if (it == notifications_.end()) return std::nullopt;
  try {
    it->second(m.params);
  } catch (const std::exception& e) {
    return std::string(e.what());
  }
  return std::nullopt;
}

}  // namespace azlint::lsp
