// wirereport: parse news wire reports into a zero-copy article model.
//
//   #include <wirereport/wirereport.hpp>
//   wirereport::Article a = wirereport::parse(text);
//   if (a.headline()) std::cout << a.view(*a.headline()) << '\n';
//
// Views (std::string_view) returned by an Article point into the parsed text: keep both the
// text and the Article alive while you use them. See article.hpp.
#pragma once

#include "wirereport/article.hpp"
#include "wirereport/diagnostics.hpp"
#include "wirereport/extract.hpp"
#include "wirereport/json.hpp"
#include "wirereport/options.hpp"
#include "wirereport/quotes.hpp"
#include "wirereport/span.hpp"
#include "wirereport/stream.hpp"
#include "wirereport/time.hpp"
#include "wirereport/tokens.hpp"
#include "wirereport/version.h"

namespace wirereport {

// The library's version at run time ("0.1.0"); WR_VERSION_STRING is the headers' version.
[[nodiscard]] WIREREPORT_API const char* version() noexcept;

}  // namespace wirereport
