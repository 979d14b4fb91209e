// The article model: small records of byte offsets into the parsed text.
//
// Lifetime: an Article never copies the text it was parsed from (except when it had to
// transcode a legacy charset, then it owns the UTF-8 copy). Every std::string_view an Article
// hands out points into that text, so a view is valid as long as BOTH the caller's buffer and
// the Article are alive and the Article is not re-parsed (Parser::parse reuses its Article).
// Spans (offsets) stay meaningful after that; views do not.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wirereport/diagnostics.hpp"
#include "wirereport/export.h"
#include "wirereport/options.hpp"
#include "wirereport/span.hpp"
#include "wirereport/time.hpp"
#include "wirereport/tokens.hpp"

namespace wirereport {

// Every byte of the text belongs to exactly one region; together they tile [0, size).
enum class RegionKind : std::uint8_t { header, headline, dateline, byline, body, trailer, unclassified };

struct Region {
  Span span;
  RegionKind kind = RegionKind::unclassified;
};

// The publication time. `zone` is an IANA name ("Europe/Berlin") or empty when neither the text
// nor the options name one; `utc` is set when the zone or a UTC offset ("+02:00") is known.
struct Published {
  Span span;
  CivilTime local;
  Precision precision = Precision::minute;
  std::string_view zone;  // points into immutable static data
  std::optional<CivilTime> utc;
};

// A place resolved against ICU's names: `zone` and `country` (ISO 3166 alpha-2) are empty when
// the place is not known. Both point into immutable static data.
struct Place {
  Span span;
  std::string_view zone;
  std::string_view country;
};

struct DatelineDate {
  Span span;                       // "Sept 14", "Feb 26"
  std::optional<TimeValue> value;  // resolved against the publication time
};

struct Dateline {
  Span span;  // "WASHINGTON, Sept 14 (Reuters) -"
  std::optional<Place> place;
  std::optional<Span> agency;
  std::optional<DatelineDate> date;
};

struct Byline {
  Span span;  // "By Janie Gabbett, Reuters"; the authors are Article::authors()
};

enum class QuoteKind : std::uint8_t { direct, indirect };

// A direct quote (the words between quotation marks, without the marks; a quote that runs
// over paragraphs is one span that holds the paragraph break and the reopening mark) or
// reported speech (the reported clause: "dass …", "er habe …", "the company would …").
struct Quote {
  Span span;
  QuoteKind kind = QuoteKind::direct;
  std::optional<Span> speaker;          // the person or body, after pronoun resolution
  std::optional<Span> cue;              // "sagte", "said", "fügte er hinzu", "laut", "according to"
  std::optional<Span> speaker_mention;  // the pronoun at the cue ("er") when it names the speaker
  std::optional<Span> speaker_key = {};  // the key of the entity the speaker names ("KCNA" for
                                         // "die Nachrichtenagentur KCNA"), when it names one
};

enum class EntityType : std::uint8_t { person, place, organization };

struct Entity {
  Span span;
  EntityType type = EntityType::person;
  Span key;  // the mention that names the entity best; mentions of one entity share it
  // For places the gazetteer knows: IANA zone (empty when the place spans zones, like most
  // countries) and ISO 3166 country. Both point into immutable static data.
  std::string_view zone = {};
  std::string_view country = {};
};

struct TimeExpression {
  Span span;
  std::optional<TimeValue> value;  // empty when the expression cannot be resolved
};

// What a person named in a story's trailer or credits did for the story.
enum class CreditRole : std::uint8_t {
  author,                // "Autor/in:", "Author:"
  reporting,             // "Reporting by", "Reporting by:", "X reported from Y"
  additional_reporting,  // "Additional reporting by"
  writing,               // "Writing by", "Written by", "Compiled by"
  editing,               // "Editing by", "Edited by", "Redaktion:"
  contributing,          // "Mitarbeit:", "X contributed to this report", "X helped with this story"
  photo,                 // "Photos by", "Foto:"
};

// One person of a trailer: "(Reporting by Jane Roe in Berlin; Editing by John Doe)" gives
// {reporting, "Jane Roe"} and {editing, "John Doe"}.
struct Credit {
  CreditRole role = CreditRole::reporting;
  Span name;
};

// An embargo: "Sperrfrist 9. Oktober 14.20 Uhr", "EMBARGOED for publication until ...".
struct Embargo {
  Span span;
  std::optional<TimeValue> value;  // when the text gives a date and time that resolve
};

// The header fields of the machine wire formats (ANPA-1312, IPTC 7901) and what their
// framing carries besides the story. Each field is absent where the format or the story lacks it.
struct WireHeader {
  std::optional<Span> service;          // ANPA service-level letter "W"; IPTC 7901 service "eca", "bdt"
  std::optional<Span> sequence;         // story / message number: "2870", "062"
  std::optional<Span> priority;         // as written: ANPA "f", IPTC 7901 "4"
  std::uint8_t priority_level = 0;      // 1 (flash) .. 6 (lowest) on the IPTC 7901 scale; 0 unknown
  std::optional<Span> category;         // ANPA category letter "l"; IPTC 7901 ressort "pl", "i"
  std::optional<Span> slug;             // "Argentina-CancerB", "Germany-politics"
  std::optional<Span> word_count;       // "1049"; Article::word_count() reads it as a number
  std::optional<Span> take;             // version/take: "1stLd-Writethru", "REFILE\n1ST LEAD", "(Achtung)"
  std::optional<Span> selector;         // ANPA selector code "asian"; IPTC 7901 "ccccb"
  std::optional<Span> agency;           // IPTC 7901 agency "dpa", "lni"
  std::optional<Span> agency_sequence;  // IPTC 7901 agency sequence number "061"
  std::optional<Span> reference;        // ANPA reference, IPTC 7901 BEZU
  std::optional<Span> filing_date;      // ANPA "11-13" (MM-DD)
  std::optional<Embargo> embargo;
  bool preserved = false;               // ANPA tabular/agate text: the body is kept as it is
  std::optional<Span> notepad;          // IPTC 7901 "# Notizblock" ... up to the non-publication block
  std::optional<Span> nonpublic;        // after "* * * *": notes not for publication
  std::optional<Span> signoff;          // the editors' closing line: "dpa wsz jln npr"
};

[[nodiscard]] WIREREPORT_API const char* to_string(Format format) noexcept;  // "web"
[[nodiscard]] WIREREPORT_API const char* to_string(Encoding encoding) noexcept;  // "utf-8"
[[nodiscard]] WIREREPORT_API const char* to_string(Language language) noexcept;  // "de"
[[nodiscard]] WIREREPORT_API const char* to_string(RegionKind kind) noexcept;
[[nodiscard]] WIREREPORT_API const char* to_string(QuoteKind kind) noexcept;
[[nodiscard]] WIREREPORT_API const char* to_string(EntityType type) noexcept;
[[nodiscard]] WIREREPORT_API const char* to_string(CreditRole role) noexcept;  // "editing"

namespace detail {
struct Scratch;  // the stages' working memory (lib/scratch.hpp)

// Holds the stages' working memory for an Article, so that parsing into the same Article again
// (what a Parser does) reuses it instead of allocating it anew. All inline, nothing exported:
// the library that makes a Scratch hands over the function that frees it. A copy starts
// empty, since the working memory holds no results.
class ScratchSpace {
 public:
  ScratchSpace() noexcept = default;
  ScratchSpace(const ScratchSpace&) noexcept {}
  ScratchSpace& operator=(const ScratchSpace&) noexcept { return *this; }
  ScratchSpace(ScratchSpace&&) noexcept = default;
  ScratchSpace& operator=(ScratchSpace&&) noexcept = default;
  ~ScratchSpace() = default;

  [[nodiscard]] Scratch* get() const noexcept { return owned_.get(); }
  void reset(Scratch* scratch, void (*deleter)(Scratch*)) noexcept { owned_ = {scratch, deleter}; }

 private:
  std::unique_ptr<Scratch, void (*)(Scratch*)> owned_{nullptr, nullptr};
};

// The plain data behind an Article. The pipeline's stages fill it; users read it through
// Article's accessors. Not a stable interface.
struct ArticleState {
  std::string_view source;  // the caller's bytes
  std::string transcoded;   // UTF-8 copy when the source was in a legacy charset
  bool uses_transcoded = false;
  std::uint32_t content_begin = 0;  // after a byte order mark

  Status status = Status::ok;
  Format format = Format::text;
  Encoding encoding = Encoding::utf8;
  Language language = Language::unknown;

  std::vector<Region> regions;
  std::optional<Published> published;
  std::optional<Span> headline;
  std::optional<Dateline> dateline;
  std::optional<Byline> byline;
  std::vector<Span> authors;
  std::vector<Span> paragraphs;
  std::vector<Span> sentences;
  std::vector<Token> tokens;
  std::vector<Quote> quotes;
  std::vector<Entity> entities;
  std::vector<TimeExpression> times;
  std::vector<Span> tags;
  std::optional<Span> trailer;
  std::vector<Credit> credits;
  std::optional<WireHeader> wire;  // only the machine wire formats have one
  std::vector<Span> keywords;      // IPTC 7901 slug parts; ANPA keyword line
  std::vector<Span> flags;         // IPTC 7901 flag lines "(Eil)", "1ST LEAD"; ANPA none
  std::vector<Span> ednotes;       // notes to editors: ANPA "Eds: ...", "EDITOR'S NOTE _ ..."
  std::vector<Diagnostic> diagnostics;
  std::uint32_t diagnostic_limit = 1000;  // from Options::max_diagnostics
  std::uint32_t dropped_diagnostics = 0;
  std::uint32_t first_dropped_offset = 0;
  ScratchSpace scratch;  // not results: the stages' buffers, which clear() keeps

  [[nodiscard]] std::string_view text() const noexcept {
    return uses_transcoded ? std::string_view(transcoded) : source;
  }
  void clear() noexcept;  // keeps capacity, for Parser reuse
};
}  // namespace detail

class WIREREPORT_API Article {
 public:
  Article() = default;

  // The text the spans index: the caller's buffer, or the transcoded UTF-8 copy.
  [[nodiscard]] std::string_view text() const noexcept { return state_.text(); }
  [[nodiscard]] std::string_view view(Span span) const noexcept { return span.in(text()); }

  [[nodiscard]] Status status() const noexcept { return state_.status; }
  [[nodiscard]] bool ok() const noexcept { return state_.status == Status::ok; }
  [[nodiscard]] Format format() const noexcept { return state_.format; }
  [[nodiscard]] Encoding encoding() const noexcept { return state_.encoding; }
  [[nodiscard]] bool transcoded() const noexcept { return state_.uses_transcoded; }
  [[nodiscard]] Language language() const noexcept { return state_.language; }

  [[nodiscard]] std::span<const Region> regions() const noexcept { return state_.regions; }
  [[nodiscard]] const std::optional<Published>& published() const noexcept { return state_.published; }
  [[nodiscard]] const std::optional<Span>& headline() const noexcept { return state_.headline; }
  [[nodiscard]] const std::optional<Dateline>& dateline() const noexcept { return state_.dateline; }
  [[nodiscard]] const std::optional<Byline>& byline() const noexcept { return state_.byline; }
  [[nodiscard]] std::span<const Span> authors() const noexcept { return state_.authors; }
  [[nodiscard]] std::span<const Span> paragraphs() const noexcept { return state_.paragraphs; }
  [[nodiscard]] std::span<const Span> sentences() const noexcept { return state_.sentences; }
  [[nodiscard]] std::span<const Token> tokens() const noexcept { return state_.tokens; }
  [[nodiscard]] std::span<const Quote> quotes() const noexcept { return state_.quotes; }
  [[nodiscard]] std::span<const Entity> entities() const noexcept { return state_.entities; }
  [[nodiscard]] std::span<const TimeExpression> times() const noexcept { return state_.times; }
  [[nodiscard]] std::span<const Span> tags() const noexcept { return state_.tags; }
  [[nodiscard]] const std::optional<Span>& trailer() const noexcept { return state_.trailer; }
  [[nodiscard]] std::span<const Credit> credits() const noexcept { return state_.credits; }
  [[nodiscard]] const std::optional<WireHeader>& wire() const noexcept { return state_.wire; }
  [[nodiscard]] std::span<const Span> keywords() const noexcept { return state_.keywords; }
  [[nodiscard]] std::span<const Span> flags() const noexcept { return state_.flags; }
  [[nodiscard]] std::span<const Span> ednotes() const noexcept { return state_.ednotes; }
  // The wire header's word count as a number (0..9999 in both formats).
  [[nodiscard]] std::optional<std::uint32_t> word_count() const noexcept;
  [[nodiscard]] std::span<const Diagnostic> diagnostics() const noexcept { return state_.diagnostics; }

  // The plain data, for the library's own stages.
  [[nodiscard]] const detail::ArticleState& state() const noexcept { return state_; }
  [[nodiscard]] detail::ArticleState& state() noexcept { return state_; }

 private:
  detail::ArticleState state_;
};

// Parses one report. Simple and allocating; use a Parser for many.
[[nodiscard]] WIREREPORT_API Article parse(std::string_view text, const Options& options = {});

// A parser to reuse (one per thread): it keeps its buffers (the Article's results and the
// stages' working memory), so once warm (after texts as long and as rich as the next one) a
// parse allocates nothing. The Article it returns is valid until the next parse() on the same
// Parser.
class WIREREPORT_API Parser {
 public:
  explicit Parser(Options options = {}) : options_(options) {}

  [[nodiscard]] const Article& parse(std::string_view text);
  void parse_into(std::string_view text, Article& out) const;

  [[nodiscard]] const Options& options() const noexcept { return options_; }
  void set_options(const Options& options) noexcept { options_ = options; }

 private:
  Options options_;
  Article article_;
};

}  // namespace wirereport
