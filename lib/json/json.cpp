// The JSON document of an Article (the contract in the README). Written by hand into one
// string: no DOM, no per-field allocation beyond the output buffer.
#include "wirereport/json.hpp"

#include <array>
#include <charconv>

#include "text/utf8.hpp"

namespace wirereport {

void append_json_string(std::string_view text, std::string& out) {
  static constexpr char hex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Copy runs of plain ASCII in one append.
    std::size_t run = pos;
    while (run < text.size()) {
      const auto b = static_cast<unsigned char>(text[run]);
      if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\' || b == 0x7F) break;
      ++run;
    }
    out.append(text, pos, run - pos);
    pos = run;
    if (pos >= text.size()) break;
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b >= 0x80) {
      const std::size_t len = detail::utf8_sequence_length(text, pos);
      if (len == 0) {
        out.append("\\ufffd");  // invalid UTF-8 cannot appear in JSON
        ++pos;
      } else {
        out.append(text, pos, len);
        pos += len;
      }
      continue;
    }
    switch (b) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        out.append("\\u00");
        out.push_back(hex[b >> 4]);
        out.push_back(hex[b & 0xF]);
    }
    ++pos;
  }
  out.push_back('"');
}

namespace {

bool is_json_number(std::string_view s) noexcept {
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > start;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

bool is_json_string(std::string_view s) noexcept {
  if (s.size() < 2 || s.front() != '"' || s.back() != '"') return false;
  if (detail::find_invalid_utf8(s) != s.size()) return false;
  constexpr std::string_view hex = "0123456789abcdefABCDEF";
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == '"') return false;
    if (c != '\\') continue;
    if (++i + 1 >= s.size()) return false;  // the escape must end before the closing quote
    if (std::string_view("\"\\/bfnrt").find(s[i]) != std::string_view::npos) continue;
    if (s[i] != 'u' || i + 5 >= s.size()) return false;
    for (std::size_t k = 1; k <= 4; ++k) {
      if (hex.find(s[i + k]) == std::string_view::npos) return false;
    }
    i += 4;
  }
  return true;
}

class Writer {
 public:
  Writer(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  void key(std::string_view name) {
    item();
    out_.push_back('"');
    out_.append(name);
    out_.append(pretty_ ? "\": " : "\":");
    after_key_ = true;
  }
  void string(std::string_view s) {
    item();
    append_json_string(s, out_);
  }
  void number(std::int64_t v) {
    item();
    std::array<char, 24> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    out_.append(buf.data(), static_cast<std::size_t>(r.ptr - buf.data()));
  }
  void null() {
    item();
    out_.append("null");
  }
  void raw(std::string_view json) {
    item();
    out_.append(json);
  }
  // {"span": [b, e]} as one item on one line, also when pretty (paragraphs, sentences).
  void span_object(Span s) {
    item();
    std::array<char, 64> buf{};
    const char* sep = pretty_ ? ", " : ",";
    const char* lead = pretty_ ? "{\"span\": [" : "{\"span\":[";
    out_.append(lead);
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), s.begin);
    out_.append(buf.data(), static_cast<std::size_t>(r.ptr - buf.data()));
    out_.append(sep);
    r = std::to_chars(buf.data(), buf.data() + buf.size(), s.end);
    out_.append(buf.data(), static_cast<std::size_t>(r.ptr - buf.data()));
    out_.append("]}");
  }
  // "span": [b, e] on one line, also when pretty.
  void span(Span s) {
    key("span");
    item();
    out_.push_back('[');
    after_key_ = true;
    number(s.begin);
    out_.append(pretty_ ? ", " : ",");
    after_key_ = true;
    number(s.end);
    out_.push_back(']');
  }

 private:
  void item() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ > 0) {
      if (!first_[depth_]) out_.push_back(',');
      first_[depth_] = false;
      newline();
    }
  }
  void open(char c) {
    item();
    out_.push_back(c);
    ++depth_;
    first_[depth_] = true;
  }
  void close(char c) {
    const bool empty = first_[depth_];
    --depth_;
    if (!empty) newline();
    out_.push_back(c);
  }
  void newline() {
    if (!pretty_) return;
    out_.push_back('\n');
    out_.append(depth_ * 2, ' ');
  }

  std::string& out_;
  bool pretty_;
  bool after_key_ = false;
  std::size_t depth_ = 0;
  std::array<bool, 16> first_{};  // the document nests at most a few levels
};

class ArticleWriter {
 public:
  ArticleWriter(const Article& a, const JsonOptions& o, std::string& out)
      : a_(a), text_(a.text()), options_(o), w_(out, o.pretty) {}

  void write() {
    w_.begin_object();
    w_.key("schema");
    w_.number(1);
    if (!options_.id_json.empty()) {
      w_.key("id");
      w_.raw(options_.id_json);
    }
    w_.key("format");
    w_.string(to_string(a_.format()));
    w_.key("language");
    w_.string(to_string(a_.language()));
    w_.key("encoding");
    w_.string(to_string(a_.encoding()));
    published();
    w_.key("headline");
    optional_span(a_.headline());
    dateline();
    byline();
    span_list("paragraphs", a_.paragraphs(), false);
    span_list("sentences", a_.sentences(), false);
    if (options_.tokens) tokens();
    quotes();
    entities();
    times();
    span_list("tags", a_.tags(), true);
    w_.key("trailer");
    optional_span(a_.trailer());
    credits();
    wire();
    story();
    diagnostics();
    w_.end_object();
  }

 private:
  void span_text(Span s) {
    w_.span(s);
    w_.key("text");
    w_.string(s.in(text_));
  }
  void span_object(Span s) {
    w_.begin_object();
    span_text(s);
    w_.end_object();
  }
  void optional_span(const std::optional<Span>& s) {
    if (s) {
      span_object(*s);
    } else {
      w_.null();
    }
  }
  void string_or_null(std::string_view s) {
    if (s.empty()) {
      w_.null();
    } else {
      w_.string(s);
    }
  }
  void time_value(const std::optional<TimeValue>& v) {
    if (!v) return w_.null();
    char buf[iso8601_max_size];
    w_.string(std::string_view(buf, iso8601(*v, buf)));
  }
  void span_list(std::string_view name, std::span<const Span> spans, bool with_text) {
    w_.key(name);
    w_.begin_array();
    for (const Span& s : spans) {
      if (with_text) {
        span_object(s);
      } else {
        w_.span_object(s);
      }
    }
    w_.end_array();
  }

  void published() {
    w_.key("published");
    const auto& p = a_.published();
    if (!p) return w_.null();
    w_.begin_object();
    span_text(p->span);
    char buf[iso8601_max_size];
    w_.key("local");
    w_.string(std::string_view(buf, iso8601(p->local, p->precision, buf)));
    w_.key("zone");
    string_or_null(p->zone);
    w_.key("utc");
    if (p->utc) {
      TimeValue utc{*p->utc, p->precision, true, 0};
      time_value(utc);
    } else {
      w_.null();
    }
    w_.end_object();
  }

  void dateline() {
    w_.key("dateline");
    const auto& d = a_.dateline();
    if (!d) return w_.null();
    w_.begin_object();
    span_text(d->span);
    w_.key("place");
    if (d->place) {
      w_.begin_object();
      span_text(d->place->span);
      w_.key("zone");
      string_or_null(d->place->zone);
      w_.key("country");
      string_or_null(d->place->country);
      w_.end_object();
    } else {
      w_.null();
    }
    w_.key("agency");
    optional_span(d->agency);
    w_.key("date");
    if (d->date) {
      w_.begin_object();
      span_text(d->date->span);
      w_.key("value");
      time_value(d->date->value);
      w_.end_object();
    } else {
      w_.null();
    }
    w_.end_object();
  }

  void byline() {
    w_.key("byline");
    const auto& b = a_.byline();
    if (!b) return w_.null();
    w_.begin_object();
    span_text(b->span);
    span_list("authors", a_.authors(), true);
    w_.end_object();
  }

  void tokens() {
    w_.key("tokens");
    w_.begin_array();
    for (const Token& t : a_.tokens()) {
      w_.begin_object();
      w_.span(t.span);
      w_.key("kind");
      w_.string(to_string(t.kind));
      w_.end_object();
    }
    w_.end_array();
  }

  void quotes() {
    w_.key("quotes");
    w_.begin_array();
    for (const Quote& q : a_.quotes()) {
      w_.begin_object();
      span_text(q.span);
      w_.key("kind");
      w_.string(to_string(q.kind));
      w_.key("speaker");
      optional_span(q.speaker);
      w_.key("cue");
      optional_span(q.cue);
      w_.end_object();
    }
    w_.end_array();
  }

  void entities() {
    w_.key("entities");
    w_.begin_array();
    for (const Entity& e : a_.entities()) {
      w_.begin_object();
      span_text(e.span);
      w_.key("type");
      w_.string(to_string(e.type));
      w_.key("key");
      w_.string(e.key.in(text_));
      w_.key("zone");
      string_or_null(e.zone);
      w_.key("country");
      string_or_null(e.country);
      w_.end_object();
    }
    w_.end_array();
  }

  void times() {
    w_.key("times");
    w_.begin_array();
    for (const TimeExpression& t : a_.times()) {
      w_.begin_object();
      span_text(t.span);
      w_.key("value");
      time_value(t.value);
      w_.end_object();
    }
    w_.end_array();
  }

  void credits() {
    w_.key("credits");
    w_.begin_array();
    for (const Credit& c : a_.credits()) {
      w_.begin_object();
      w_.key("role");
      w_.string(to_string(c.role));
      w_.key("name");
      span_object(c.name);
      w_.end_object();
    }
    w_.end_array();
  }

  void field(std::string_view name, const std::optional<Span>& s) {
    w_.key(name);
    optional_span(s);
  }

  // The machine wire header: null for formats without one; every field present otherwise.
  void wire() {
    w_.key("wire");
    const auto& h = a_.wire();
    if (!h) return w_.null();
    w_.begin_object();
    field("service", h->service);
    field("sequence", h->sequence);
    w_.key("priority");
    if (h->priority || h->priority_level != 0) {
      w_.begin_object();
      if (h->priority) {
        span_text(*h->priority);
      } else {
        w_.key("span");
        w_.null();
        w_.key("text");
        w_.null();
      }
      w_.key("level");
      if (h->priority_level != 0) {
        w_.number(h->priority_level);
      } else {
        w_.null();
      }
      w_.end_object();
    } else {
      w_.null();
    }
    field("category", h->category);
    field("slug", h->slug);
    span_list("keywords", a_.keywords(), true);
    w_.key("word_count");
    if (h->word_count) {
      w_.begin_object();
      span_text(*h->word_count);
      w_.key("value");
      if (const auto n = a_.word_count()) {
        w_.number(*n);
      } else {
        w_.null();
      }
      w_.end_object();
    } else {
      w_.null();
    }
    field("take", h->take);
    field("selector", h->selector);
    field("agency", h->agency);
    field("agency_sequence", h->agency_sequence);
    field("reference", h->reference);
    field("filing_date", h->filing_date);
    w_.key("embargo");
    if (h->embargo) {
      w_.begin_object();
      span_text(h->embargo->span);
      w_.key("value");
      time_value(h->embargo->value);
      w_.end_object();
    } else {
      w_.null();
    }
    span_list("flags", a_.flags(), true);
    span_list("ednotes", a_.ednotes(), true);
    w_.key("preserved");
    w_.raw(h->preserved ? "true" : "false");
    field("notepad", h->notepad);
    field("nonpublic", h->nonpublic);
    field("signoff", h->signoff);
    w_.end_object();
  }

  // Where the story lies in a file of many (the other spans index the story's own text).
  void story() {
    w_.key("story");
    if (!options_.story) return w_.null();
    w_.begin_object();
    w_.key("index");
    w_.number(static_cast<std::int64_t>(options_.story->index));
    w_.span(options_.story->span);
    w_.end_object();
  }

  void diagnostics() {
    w_.key("diagnostics");
    w_.begin_array();
    for (const Diagnostic& d : a_.diagnostics()) {
      w_.begin_object();
      w_.key("code");
      w_.string(to_string(d.code));
      w_.key("offset");
      w_.number(d.offset);
      w_.key("message");
      w_.string(describe(d.code));
      w_.end_object();
    }
    w_.end_array();
  }

  const Article& a_;
  std::string_view text_;
  const JsonOptions& options_;
  Writer w_;
};

}  // namespace

bool is_json_scalar(std::string_view json) noexcept {
  return is_json_string(json) || is_json_number(json) || json == "true" || json == "false" || json == "null";
}

void append_json(const Article& article, const JsonOptions& options, std::string& out) {
  ArticleWriter(article, options, out).write();
}

std::string to_json(const Article& article, const JsonOptions& options) {
  std::string out;
  out.reserve(1024 + article.paragraphs().size() * 24 + article.sentences().size() * 24 +
              (options.tokens ? article.tokens().size() * 40 : 0));
  append_json(article, options, out);
  return out;
}

}  // namespace wirereport
