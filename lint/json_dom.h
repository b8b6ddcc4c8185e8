// A compact read-only JSON value for azlint's own embedded JSON (the schemas compiled into the
// binary), read in one pass with no allocation per node: every value is one 32-byte node of one
// vector, strings and keys are views into the text (unescaped into one side buffer only when they
// hold a backslash), an array's elements and an object's members are contiguous, the members
// sorted by key as std::map<std::string> sorts them (a repeated key keeps its last value), so
// iterating one gives what iterating nlohmann's parse of the same text gives.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace azlint::dom {

// Numbers keep nlohmann's types: unsigned (no sign), integer (a leading '-'), float (a fraction,
// an exponent, or an integer out of 64-bit range).
enum class Type : uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

class Value {
 public:
  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::Null; }
  bool is_boolean() const { return type_ == Type::Boolean; }
  bool is_number() const { return type_ == Type::Integer || type_ == Type::Unsigned || type_ == Type::Float; }
  bool is_number_integer() const { return type_ == Type::Integer || type_ == Type::Unsigned; }
  bool is_number_float() const { return type_ == Type::Float; }
  bool is_string() const { return type_ == Type::String; }
  bool is_array() const { return type_ == Type::Array; }
  bool is_object() const { return type_ == Type::Object; }

  bool boolean() const { return type_ == Type::Boolean && v_.b; }
  // A number as nlohmann's get<double>() / get<long>() give it (0 for any other value).
  double number() const;
  long to_long() const;
  std::string_view string() const { return type_ == Type::String ? std::string_view(v_.str, size_) : std::string_view(); }
  // The key of an object's member ("" for an array's element and for the root).
  std::string_view key() const { return {key_, key_size_}; }

  // An array's elements, an object's members (each with its key()); none for any other value.
  size_t size() const { return type_ == Type::Array || type_ == Type::Object ? size_ : 0; }
  bool empty() const { return size() == 0; }
  const Value* begin() const { return size() ? v_.first : nullptr; }
  const Value* end() const { return size() ? v_.first + size_ : nullptr; }
  const Value& operator[](size_t i) const { return v_.first[i]; }  // i < size()
  // An object's member (a binary search); nullptr when there is none or this is not an object.
  const Value* find(std::string_view key) const;
  bool contains(std::string_view key) const { return find(key) != nullptr; }

  // The same value as nlohmann reads it (its dump() is nlohmann's dump of the text).
  nlohmann::json to_json() const;
  std::string dump() const;

 private:
  friend class Reader;
  const char* key_ = nullptr;
  union {
    const char* str;
    const Value* first;
    int64_t i;
    uint64_t u;
    double d;
    bool b;
  } v_{};
  uint32_t key_size_ = 0;
  uint32_t size_ = 0;  // a string's bytes, an array's elements, an object's members
  Type type_ = Type::Null;
};

// One JSON text read: its nodes (and unescaped strings) live as long as it does; the text it was
// read from must outlive it.
class Document {
 public:
  Document() = default;
  Document(const Document&) = delete;  // its nodes point into its own vector and arena
  Document& operator=(const Document&) = delete;

  // RFC 8259 JSON text, nesting at most 512 deep; nullptr where nlohmann's parse would fail, or
  // where this reader declines (a byte-order mark, deeper nesting).
  static std::unique_ptr<const Document> read(std::string_view text);
  // An embedded file: read, or nlohmann's parse when read declines (its dump read then, kept by
  // the document); nullptr for "" (no such file) and for what neither can read.
  static std::unique_ptr<const Document> read_embedded(std::string_view text);

  const Value& root() const { return *root_; }

 private:
  friend class Reader;
  std::vector<Value> nodes_;
  std::string arena_;  // the strings that held an escape, unescaped
  std::string owned_;  // read_embedded's fallback text
  const Value* root_ = nullptr;
};

}  // namespace azlint::dom
