#include "layout/stream.hpp"

#include "dateline/dateline.hpp"
#include "layout/credits.hpp"
#include "layout/layout.hpp"
#include "layout/wire_common.hpp"
#include "text/utf8.hpp"
#include "wirereport/stream.hpp"

namespace wirereport::detail {

namespace {

constexpr std::uint32_t max_head_bytes = 300;  // a headline or byline paragraph
constexpr std::uint32_t max_head_lines = 2;

std::uint32_t after_bom(std::string_view buffer) {
  return buffer.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

// A paragraph that opens a story: its first line starts with an agency's dateline.
bool opens_story(std::string_view text, Line line) {
  const Line t = trimmed(text, line);
  const auto match = find_dateline(text, {t.begin, t.end}, std::nullopt, DatelineSlot::expected);
  return match && match->dateline.agency && names_agency(match->dateline.agency->in(text));
}

}  // namespace

StorySplitter::StorySplitter(std::string_view buffer, Format format) noexcept
    : buffer_(buffer), lines_(buffer, after_bom(buffer)) {
  if (format == Format::auto_detect) format = detect_format(buffer, after_bom(buffer));
  if (format == Format::anpa1312 || format == Format::iptc7901) cut_ = Cut::message;
  if (format == Format::agency) cut_ = Cut::dateline;
}

bool StorySplitter::next(Span& story) {
  const auto size = static_cast<std::uint32_t>(buffer_.size());
  if (done_) return false;
  if (pos_ >= size) {
    done_ = true;
    if (size > 0) return false;
    story = {0, 0};  // an empty buffer is one empty story
    return true;
  }
  switch (cut_) {
    case Cut::message: return next_message(story);
    case Cut::dateline: return next_by_dateline(story);
    case Cut::none: break;
  }
  story = {pos_, size};
  pos_ = size;
  return true;
}

// A message runs from its SOH (and the SYN bytes before it) to the next message's.
bool StorySplitter::next_message(Span& story) {
  const auto size = static_cast<std::uint32_t>(buffer_.size());
  const std::uint32_t first = find_byte(buffer_, soh, pos_, size);
  std::uint32_t cut = size;
  if (first < size) {
    cut = find_byte(buffer_, soh, first + 1, size);
    while (cut < size && cut > first + 1 && buffer_[cut - 1] == syn) --cut;
  }
  story = {pos_, cut};
  pos_ = cut;
  return true;
}

// Agency texts run together: a paragraph that opens with an agency dateline, after the story
// being read already had one, starts the next story together with its headline and byline:
// the paragraphs after the last trailer (credits, copyright), or else the short paragraphs
// right before the dateline.
bool StorySplitter::next_by_dateline(Span& story) {
  const auto size = static_cast<std::uint32_t>(buffer_.size());
  Line line;
  auto close = [&] {
    if (!open_) return;
    open_ = false;
    Seen block = block_;
    if (block.kind == Block::head) {  // not all trailer lines: a head or a body paragraph
      const bool sentence_end = last_char_ == '.' || last_char_ == '!' || last_char_ == '?';
      const bool short_block = block_lines_ <= max_head_lines && block_bytes_ <= max_head_bytes;
      block.kind = short_block && !sentence_end && !block_has_dateline_ ? Block::head : Block::body;
    }
    if (recent_count_ == recent_.size()) {
      for (std::size_t i = 1; i < recent_.size(); ++i) recent_[i - 1] = recent_[i];
      --recent_count_;
    }
    recent_[recent_count_++] = block;
  };
  while (lines_.next(line)) {
    const Line t = trimmed(buffer_, line);
    if (t.begin == t.end) {
      close();
      continue;
    }
    bool cut_here = false;
    if (!open_) {
      open_ = true;
      block_ = Seen{t.begin, Block::trailer};
      block_lines_ = 0;
      block_bytes_ = 0;
      block_has_dateline_ = opens_story(buffer_, line);
      if (block_has_dateline_) {
        if (story_has_dateline_) {
          // The new story starts after the newest trailer, or at the head paragraphs before.
          std::uint32_t start = t.begin;
          bool after_trailer = false;
          for (std::size_t i = recent_count_; i-- > 0;) {
            if (recent_[i].kind == Block::trailer) {
              start = i + 1 < recent_count_ ? recent_[i + 1].begin : t.begin;
              after_trailer = true;
              break;
            }
          }
          if (!after_trailer) {
            for (std::size_t i = recent_count_; i-- > 0 && recent_[i].kind == Block::head;) start = recent_[i].begin;
          }
          if (start > pos_) {
            story = {pos_, start};
            pos_ = start;
            recent_count_ = 0;
            cut_here = true;
          }
        }
        story_has_dateline_ = true;
      }
    }
    ++block_lines_;
    block_bytes_ += t.end - t.begin;
    last_char_ = buffer_[t.end - 1];
    if (block_.kind == Block::trailer && classify_trailer_line(t.in(buffer_)) == TrailerLine::none)
      block_.kind = Block::head;
    if (cut_here) return true;  // the next story goes on inside its dateline paragraph
  }
  close();
  story = {pos_, size};
  pos_ = size;
  return true;
}

}  // namespace wirereport::detail

namespace wirereport {

struct StoryCutter::Impl {
  detail::StorySplitter splitter;
};

StoryCutter::StoryCutter(std::string_view buffer, Format format)
    : impl_(std::make_unique<Impl>(Impl{detail::StorySplitter(buffer, format)})) {}
StoryCutter::StoryCutter(StoryCutter&&) noexcept = default;
StoryCutter& StoryCutter::operator=(StoryCutter&&) noexcept = default;
StoryCutter::~StoryCutter() = default;

bool StoryCutter::next(Span& story) { return impl_->splitter.next(story); }

struct StoryStream::Impl {
  Impl(std::string_view b, const Options& options) : buffer(b), cutter(b, options.format), parser(options) {}

  std::string_view buffer;
  StoryCutter cutter;
  Parser parser;
  const Article* article = nullptr;
  Span span{};
  std::size_t index = 0;
  bool started = false;
};

StoryStream::StoryStream(std::string_view buffer, const Options& options)
    : impl_(std::make_unique<Impl>(buffer, options)) {}
StoryStream::StoryStream(StoryStream&&) noexcept = default;
StoryStream& StoryStream::operator=(StoryStream&&) noexcept = default;
StoryStream::~StoryStream() = default;

bool StoryStream::next() {
  Span story;
  if (!impl_->cutter.next(story)) return false;
  if (impl_->started) ++impl_->index;
  impl_->started = true;
  impl_->span = story;
  impl_->article = &impl_->parser.parse(story.in(impl_->buffer));
  return true;
}

const Article& StoryStream::article() const noexcept { return *impl_->article; }
Span StoryStream::span() const noexcept { return impl_->span; }
std::string_view StoryStream::text() const noexcept { return impl_->span.in(impl_->buffer); }
std::size_t StoryStream::index() const noexcept { return impl_->index; }

StoryStream::iterator StoryStream::begin() { return iterator(next() ? this : nullptr); }

}  // namespace wirereport
