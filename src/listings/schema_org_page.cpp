// A page with a schema.org LocalBusiness or Organization (a directory's page for the business),
// read with the site's own extractors: structured data (JSON-LD and microdata), its phones and
// addresses, its hours. Only the business item (business_item.h) and what it nests count, so the
// directory's own Organization never lends its phone to the listing.
#include "extract/html_document.h"
#include "extract/hours_schema_org.h"
#include "extract/structured_contacts.h"
#include "extract/structured_data.h"
#include "extract/text_fold.h"
#include "listings/business_item.h"
#include "listings/kind_readers.h"
#include "listings/listing_json.h"
#include "listings/listing_values.h"

namespace joignable::listings {
namespace {

// The parse error of the page's first JSON-LD block that does not parse, "" when all do.
std::string first_json_ld_error(const extract::HtmlDocument& document) {
  std::string error;
  extract::walk(document.root(), [&](extract::HtmlNode node) {
    if (!error.empty()) return false;
    if (!node.is_element() || node.tag() != "script") return true;
    const auto type = node.attribute("type");
    const std::string folded = type ? extract::fold(extract::collapse_spaces(*type)) : "";
    if (!folded.starts_with("application/ld+json")) return false;
    std::string json;
    for (std::size_t i = 0; i < node.child_count(); ++i) json += node.child(i).text();
    error = json_error(json);
    return false;
  });
  return error;
}

std::string first_text(const extract::StructuredItem& item, std::string_view property) {
  for (const extract::StructuredValue& value : item.values(property)) {
    std::string text = extract::collapse_spaces(value.text);
    if (!value.item && !text.empty()) return text;
  }
  return {};
}

void read_business(const extract::StructuredData& business, const std::string& region,
                   Listing& listing) {
  const extract::StructuredItem& item = business.items.front();
  listing.title = first_text(item, "name");
  listing.website = first_text(item, "url");
  const extract::StructuredContacts contacts =
      extract::contacts_from_structured_data(business, region);
  for (const extract::StructuredPhone& phone : contacts.phones) {
    // Microdata gives a link's href: <a itemprop="telephone" href="tel:+33...">.
    std::string_view raw = phone.raw;
    if (raw.starts_with("tel:")) raw.remove_prefix(4);
    if (!phone.fax) add_phone(listing, raw, region);
  }
  if (!contacts.addresses.empty()) set_address(listing, contacts.addresses.front());
  extract::StructuredHoursFindings hours = extract::hours_from_structured_data(business);
  if (!hours.items.empty()) {
    listing.hours = std::move(hours.items.front().hours);
  } else if (!hours.unparsed.empty()) {
    listing.hours_text = hours.unparsed.front();
  }
}

bool looks_like_json(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && (text[first] == '{' || text[first] == '[');
}

}  // namespace

Result<void> read_schema_org_page(std::string_view text, const std::string& region,
                                  Listing& listing) {
  extract::StructuredData data;
  std::string broken;
  if (looks_like_json(text)) {
    if (!extract::read_json_ld(text, data)) {
      broken = json_error(text);
      return make_error(Error::Code::input,
                        broken.empty() ? "JSON-LD nested too deeply" : "not JSON: " + broken);
    }
  } else {
    const extract::HtmlDocument document(text);
    data = extract::read_structured_data(document);
    if (data.broken_blocks > 0) broken = first_json_ld_error(document);
  }
  const auto index = business_item(data);
  if (!index) {
    std::string message = "no LocalBusiness or Organization in the page";
    if (!broken.empty()) message += " (a JSON-LD block does not parse: " + broken + ")";
    return make_error(Error::Code::input, message);
  }
  read_business(item_subtree(data, *index), region, listing);
  return {};
}

}  // namespace joignable::listings
