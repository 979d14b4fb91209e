// Streams of many stories: a buffer that holds several ANPA-1312 or IPTC 7901 messages one
// after another (SOH ... EOT), or agency texts run together, parsed one story at a time.
//
//   wirereport::StoryStream stream(buffer);            // buffer: kept alive by the caller
//   for (const wirereport::StoryStream& story : stream) {
//     const wirereport::Article& a = story.article();  // valid until the next story
//     ...  a's spans are offsets into story.text(); story.span() says where that lies in buffer
//   }
//
// The stream is lazy: each step finds the end of the next story and parses it, reading the
// buffer once from front to back; nothing is split or parsed ahead. The stories tile the
// buffer: every byte belongs to exactly one of them (bytes before the first message to the
// first story, bytes after a message's EOT to that message).
#pragma once

#include <cstddef>
#include <iterator>
#include <memory>
#include <string_view>

#include "wirereport/article.hpp"
#include "wirereport/export.h"
#include "wirereport/options.hpp"
#include "wirereport/span.hpp"

namespace wirereport {

// The cutting alone: each next() gives the next story's bytes in the buffer, reading on from
// where the last one ended. For callers that parse the stories elsewhere (on several threads).
class WIREREPORT_API StoryCutter {
 public:
  // `format` decides how stories are cut, as Options::format does for StoryStream.
  explicit StoryCutter(std::string_view buffer, Format format = Format::auto_detect);
  StoryCutter(StoryCutter&&) noexcept;
  StoryCutter& operator=(StoryCutter&&) noexcept;
  StoryCutter(const StoryCutter&) = delete;
  StoryCutter& operator=(const StoryCutter&) = delete;
  ~StoryCutter();

  // The next story's range, or false when the buffer holds no more (an empty buffer holds one
  // empty story).
  bool next(Span& story);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class WIREREPORT_API StoryStream {
 public:
  // Options::format decides how stories are cut: anpa1312 and iptc7901 at each SOH, agency at
  // each agency dateline that starts a new story, other formats never; auto_detect looks at
  // the buffer's start.
  explicit StoryStream(std::string_view buffer, const Options& options = {});
  StoryStream(StoryStream&&) noexcept;
  StoryStream& operator=(StoryStream&&) noexcept;
  StoryStream(const StoryStream&) = delete;
  StoryStream& operator=(const StoryStream&) = delete;
  ~StoryStream();

  // Parses the next story; false when the buffer holds no more (an empty buffer holds one
  // empty story, as parse() of it gives one article).
  bool next();

  // The current story, after next() returned true.
  [[nodiscard]] const Article& article() const noexcept;
  [[nodiscard]] Span span() const noexcept;               // its bytes in the buffer
  [[nodiscard]] std::string_view text() const noexcept;   // the same bytes as a view
  [[nodiscard]] std::size_t index() const noexcept;       // 0 for the first story

  // Input iteration over the stories; begin() steps to the first story.
  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = StoryStream;
    using difference_type = std::ptrdiff_t;
    using pointer = const StoryStream*;
    using reference = const StoryStream&;

    iterator() = default;
    explicit iterator(StoryStream* stream) noexcept : stream_(stream) {}
    reference operator*() const noexcept { return *stream_; }
    pointer operator->() const noexcept { return stream_; }
    iterator& operator++() {
      if (!stream_->next()) stream_ = nullptr;
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) noexcept { return it.stream_ == nullptr; }

   private:
    StoryStream* stream_ = nullptr;
  };
  [[nodiscard]] iterator begin();
  [[nodiscard]] std::default_sentinel_t end() const noexcept { return std::default_sentinel; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirereport
