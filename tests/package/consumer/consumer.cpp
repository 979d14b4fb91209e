// A program that uses wirereport as a package would: the C++ API and the C ABI, which must
// agree. Prints the headline; exits non-zero on any disagreement.
#include <wirereport/wirereport.h>

#include <cstdio>
#include <string_view>
#include <wirereport/wirereport.hpp>

namespace {
// A Reuters-style dispatch written for this test.
constexpr std::string_view report =
    "14-APR-1987 10:22:31.05\n"
    "PORT TRAFFIC RISES IN MARCH\n"
    "\n"
    "    ROTTERDAM, April 14 - Traffic through the port rose in March,\n"
    "officials said.\n"
    " Reuter\n";
}  // namespace

int main() {
  const wirereport::Article article = wirereport::parse(report);
  if (!article.headline() || !article.dateline() || !article.dateline()->place) return 1;

  wr_article* c = nullptr;
  if (wr_parse(report.data(), report.size(), nullptr, &c, nullptr) != WR_OK) return 2;
  wr_opt_span headline{};
  wr_str text{};
  const bool same = wr_article_headline(c, &headline) == WR_OK && headline.present == 1 &&
                    wr_article_slice(c, headline.span, &text) == WR_OK &&
                    std::string_view(text.data, text.size) == article.view(*article.headline());
  wr_article_free(c);

  const std::string_view place = article.view(article.dateline()->place->span);
  std::printf("headline: %.*s; place: %.*s; library %s, ABI %u\n",
              static_cast<int>(text.size), text.data, static_cast<int>(place.size()), place.data(),
              wirereport::version(), wr_abi_version());
  return same && wr_abi_version() == WR_ABI_VERSION ? 0 : 3;
}
