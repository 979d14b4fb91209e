#include "lang/agencies.hpp"

#include "text/utf8.hpp"

namespace wirereport::detail {

namespace {
constexpr std::string_view agencies[] = {
    "Reuters", "Reuter", "AP", "Associated Press", "The Associated Press", "AFP",
    "Agence France-Presse", "dpa", "Deutsche Presse-Agentur", "KNA", "APA", "SDA", "Keystone-SDA",
    "Bloomberg", "Bloomberg News", "epd", "EFE", "ANSA", "Kyodo", "Xinhua", "TASS", "Interfax",
    "UPI", "PA", "PA Media", "Europa Press", "AAP", "CP", "Canadian Press", "ddp", "dapd", "AFX",
};
}  // namespace

bool is_agency_name(std::string_view name) noexcept {
  for (std::string_view agency : agencies)
    if (iequals_ascii(name, agency)) return true;
  return false;
}

}  // namespace wirereport::detail
