// A strict JSON reader (RFC 8259) for the fuzz targets and the tests: says whether a document
// is well-formed UTF-8 JSON, collects the top-level keys, decodes string literals and, when
// asked, builds the document's tree (tests that compare against expected files). The library
// itself only writes JSON.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.hpp"

namespace wirereport::fuzz {

struct JsonValue {
  enum class Kind { null, boolean, number, string, array, object } kind = Kind::null;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> array;
  std::map<std::string, JsonValue, std::less<>> object;

  [[nodiscard]] bool is_null() const { return kind == Kind::null; }
  // The member `key`, or a null value when this is no object or has no such member.
  [[nodiscard]] const JsonValue& operator[](std::string_view key) const {
    static const JsonValue null_value;
    const auto it = object.find(key);
    return it == object.end() ? null_value : it->second;
  }
};

class JsonReader {
 public:
  explicit JsonReader(std::string_view json) : s_(json) {}
  explicit JsonReader(std::string&&) = delete;  // it keeps a view: the text must outlive it

  // True when the whole input is one JSON value (with optional surrounding whitespace); the
  // value's tree goes to `tree` when given.
  bool document(JsonValue* tree = nullptr) {
    space();
    if (!value(0, tree)) return false;
    space();
    return pos_ == s_.size();
  }

  // The keys of the outermost object, decoded, in order (after document()).
  [[nodiscard]] const std::vector<std::string>& top_level_keys() const noexcept { return keys_; }

  // Decodes the string literal at the start of `literal` (with its quotes) into `out`.
  static bool decode_string(std::string_view literal, std::string& out) {
    JsonReader r(literal);
    return r.string(&out) && r.pos_ == literal.size();
  }

 private:
  static constexpr int max_depth = 64;

  void space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  bool digits() {
    const std::size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ > start;
  }
  bool number() {
    if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
    if (pos_ < s_.size() && s_[pos_] == '0') {
      ++pos_;
    } else if (!digits()) {
      return false;
    }
    if (pos_ < s_.size() && s_[pos_] == '.' && (++pos_, !digits())) return false;
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (!digits()) return false;
    }
    return true;
  }
  bool hex4(std::uint32_t& v) {
    if (pos_ + 4 > s_.size()) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') {
        v |= static_cast<std::uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        v |= static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        v |= static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return true;
  }
  // A string literal; its decoded bytes go to `out` when given.
  bool string(std::string* out) {
    if (pos_ >= s_.size() || s_[pos_] != '"') return false;
    ++pos_;
    while (pos_ < s_.size()) {
      const auto b = static_cast<unsigned char>(s_[pos_]);
      if (b == '"') {
        ++pos_;
        return true;
      }
      if (b < 0x20) return false;  // control characters must be escaped
      if (b == '\\') {
        if (++pos_ >= s_.size()) return false;
        const char e = s_[pos_++];
        char plain = 0;
        switch (e) {
          case '"': plain = '"'; break;
          case '\\': plain = '\\'; break;
          case '/': plain = '/'; break;
          case 'b': plain = '\b'; break;
          case 'f': plain = '\f'; break;
          case 'n': plain = '\n'; break;
          case 'r': plain = '\r'; break;
          case 't': plain = '\t'; break;
          case 'u': {
            std::uint32_t cp = 0;
            if (!hex4(cp)) return false;
            // A surrogate pair is one code point. A lone surrogate is grammatical (RFC 8259,
            // section 8.2) but names no character: it decodes as U+FFFD.
            if (cp >= 0xD800 && cp <= 0xDBFF && s_.substr(pos_, 2) == "\\u") {
              const std::size_t after_high = pos_;
              pos_ += 2;
              std::uint32_t low = 0;
              if (!hex4(low)) return false;
              if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
              } else {
                pos_ = after_high;  // not a pair: the next escape is read on its own
              }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
            if (out != nullptr) {
              char buf[4];
              out->append(buf, detail::encode_utf8(static_cast<char32_t>(cp), buf));
            }
            continue;
          }
          default: return false;
        }
        if (out != nullptr) out->push_back(plain);
        continue;
      }
      const std::size_t len = detail::utf8_sequence_length(s_, pos_);
      if (len == 0) return false;  // JSON text is UTF-8
      if (out != nullptr) out->append(s_.substr(pos_, len));
      pos_ += len;
    }
    return false;
  }
  bool value(int depth, JsonValue* out) {
    if (pos_ >= s_.size() || depth > max_depth) return false;
    using Kind = JsonValue::Kind;
    switch (s_[pos_]) {
      case '{': return object(depth, out);
      case '[': return array(depth, out);
      case '"': return set_kind(out, Kind::string) && string(out != nullptr ? &out->string : nullptr);
      case 't':
      case 'f': {
        const bool truth = s_[pos_] == 't';
        if (!literal(truth ? "true" : "false")) return false;
        if (out != nullptr) {
          out->kind = Kind::boolean;
          out->boolean = truth;
        }
        return true;
      }
      case 'n': return literal("null");
      default: {
        const std::size_t start = pos_;
        if (!number()) return false;
        if (out != nullptr) {
          out->kind = Kind::number;
          out->number = std::stod(std::string(s_.substr(start, pos_ - start)));
        }
        return true;
      }
    }
  }
  static bool set_kind(JsonValue* out, JsonValue::Kind kind) {
    if (out != nullptr) out->kind = kind;
    return true;
  }
  bool object(int depth, JsonValue* out) {
    set_kind(out, JsonValue::Kind::object);
    ++pos_;
    space();
    if (pos_ < s_.size() && s_[pos_] == '}') {
      ++pos_;
      return true;
    }
    while (true) {
      std::string key;
      if (!string(&key)) return false;
      JsonValue* member = out != nullptr ? &out->object[key] : nullptr;
      if (depth == 0) keys_.push_back(std::move(key));
      space();
      if (!literal(":")) return false;
      space();
      if (!value(depth + 1, member)) return false;
      space();
      if (literal("}")) return true;
      if (!literal(",")) return false;
      space();
    }
  }
  bool array(int depth, JsonValue* out) {
    set_kind(out, JsonValue::Kind::array);
    ++pos_;
    space();
    if (literal("]")) return true;
    while (true) {
      if (!value(depth + 1, out != nullptr ? &out->array.emplace_back() : nullptr)) return false;
      space();
      if (literal("]")) return true;
      if (!literal(",")) return false;
      space();
    }
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  std::vector<std::string> keys_;
};

// The document without the whitespace outside strings: a pretty document minified this way
// equals the compact one.
inline std::string minified(std::string_view json) {
  std::string out;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && i + 1 < json.size()) {
        out.push_back(json[++i]);
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
      out.push_back(c);
    } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace wirereport::fuzz
