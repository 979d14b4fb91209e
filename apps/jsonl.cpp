#include "jsonl.hpp"

#include <cstdint>

#include "wirereport/json.hpp"

namespace wirereport::cli {

namespace {

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  void space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\r' || s_[pos_] == '\n')) ++pos_;
  }
  bool take(char c) {
    space();
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  [[nodiscard]] char peek() {
    space();
    return pos_ < s_.size() ? s_[pos_] : '\0';
  }
  [[nodiscard]] bool done() {
    space();
    return pos_ >= s_.size();
  }

  // A string literal, unescaped into `out` (\uXXXX with surrogate pairs to UTF-8).
  bool string(std::string& out) {
    if (!take('"')) return false;
    out.clear();
    while (pos_ < s_.size()) {
      const char c = s_[pos_++];
      if (c == '"') return true;
      if (c != '\\') {
        out.push_back(c);
        continue;
      }
      if (pos_ >= s_.size()) return false;
      const char e = s_[pos_++];
      switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF && pos_ + 1 < s_.size() && s_[pos_] == '\\' && s_[pos_ + 1] == 'u') {
            pos_ += 2;
            std::uint32_t low = 0;
            if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;  // a lone surrogate has no UTF-8 form
          }
          append_utf8(cp, out);
          break;
        }
        default:
          return false;
      }
    }
    return false;
  }

  // Skips any JSON value; records its text in `raw`.
  bool value(std::string_view& raw) {
    space();
    const std::size_t start = pos_;
    if (!skip_value()) return false;
    raw = s_.substr(start, pos_ - start);
    return true;
  }

 private:
  bool hex4(std::uint32_t& v) {
    if (pos_ + 4 > s_.size()) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = s_[pos_++];
      v <<= 4;
      if (h >= '0' && h <= '9') v |= static_cast<std::uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f') v |= static_cast<std::uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') v |= static_cast<std::uint32_t>(h - 'A' + 10);
      else return false;
    }
    return true;
  }
  static void append_utf8(std::uint32_t cp, std::string& out) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  // Iterative skip with an explicit depth count: nesting cannot exhaust the stack.
  bool skip_value() {
    int depth = 0;
    std::string scratch;
    do {
      space();
      if (pos_ >= s_.size()) return false;
      const char c = s_[pos_];
      if (c == '"') {
        if (!string(scratch)) return false;
      } else if (c == '{' || c == '[') {
        ++depth;
        ++pos_;
        continue;
      } else if (c == '}' || c == ']') {
        if (depth == 0) return false;
        --depth;
        ++pos_;
      } else if (c == ',' || c == ':') {
        if (depth == 0) return false;
        ++pos_;
        continue;
      } else {
        const std::size_t start = pos_;
        while (pos_ < s_.size() && std::string_view(",}] \t\r\n").find(s_[pos_]) == std::string_view::npos) ++pos_;
        if (pos_ == start) return false;
      }
    } while (depth > 0);
    return true;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace

bool read_jsonl_record(std::string_view line, JsonlRecord& record, std::string& error) {
  Reader r(line);
  record.id_json.clear();
  record.text.clear();
  bool have_text = false;
  if (!r.take('{')) {
    error = "not a JSON object";
    return false;
  }
  std::string key;
  if (!r.take('}')) {
    do {
      if (!r.string(key) || !r.take(':')) {
        error = "malformed member";
        return false;
      }
      if (key == "text" && r.peek() == '"') {
        if (!r.string(record.text)) {
          error = "malformed \"text\" string";
          return false;
        }
        have_text = true;
      } else {
        std::string_view raw;
        if (!r.value(raw)) {
          error = "malformed value of \"" + key + "\"";
          return false;
        }
        if (key == "id") {
          // Copied into the output document as it is: only what is well-formed JSON there.
          if (!is_json_scalar(raw)) {
            error = "\"id\" is not a JSON string, number, true, false or null";
            return false;
          }
          record.id_json.assign(raw);
        }
      }
    } while (r.take(','));
    if (!r.take('}')) {
      error = "expected '}'";
      return false;
    }
  }
  if (!r.done()) {
    error = "text after the object";
    return false;
  }
  if (!have_text) {
    error = "no string member \"text\"";
    return false;
  }
  return true;
}

}  // namespace wirereport::cli
