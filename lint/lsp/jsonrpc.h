// JSON-RPC 2.0 dispatch for the language server. LSP-private: only lint/lsp/*.cpp and the LSP
// tests include it (it brings nlohmann_json).
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace azlint::lsp {

using json = nlohmann::json;

namespace error_code {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
inline constexpr int kRequestCancelled = -32800;
}  // namespace error_code

// Thrown by a handler to answer with an error.
struct RpcError : std::runtime_error {
  RpcError(int code, const std::string& message) : std::runtime_error(message), code(code) {}
  int code;
};

// One parsed message.
struct Message {
  enum class Kind { Request, Notification, Response, Invalid };
  Kind kind = Kind::Invalid;
  json id;  // null for notifications
  std::string method;
  json params;  // null when absent
  std::string error;  // Invalid: why
};

// Classifies a parsed JSON value as a request, notification, response or invalid message.
Message classify(json value);

json make_response(const json& id, json result);
json make_error(const json& id, int code, const std::string& message);
json make_notification(const std::string& method, json params);
// Serialises without throwing on invalid UTF-8 (replaced by U+FFFD).
std::string dump(const json& j);

class Dispatcher {
 public:
  using RequestHandler = std::function<json(const json& params)>;
  using NotificationHandler = std::function<void(const json& params)>;

  void on_request(const std::string& method, RequestHandler h) { requests_[method] = std::move(h); }
  void on_notification(const std::string& method, NotificationHandler h) { notifications_[method] = std::move(h); }

  // A request's response (result or error); nlohmann type errors in a handler (a missing or
  // mistyped field) become InvalidParams. Unknown methods are MethodNotFound.
  json handle_request(const Message& m) const;
  // Runs a notification's handler; unknown notifications are ignored. Returns an error text
  // when the handler failed (for the log), nullopt otherwise.
  std::optional<std::string> handle_notification(const Message& m) const;

 private:
  std::map<std::string, RequestHandler> requests_;
  std::map<std::string, NotificationHandler> notifications_;
};

}  // namespace azlint::lsp
