#include "extract/page_analysis.h"

#include <algorithm>

#include "extract/addresses.h"
#include "extract/app_shell.h"
#include "extract/channels.h"
#include "extract/emails.h"
#include "extract/forms.h"
#include "extract/hours_schema_org.h"
#include "extract/hours_text.h"
#include "extract/html_document.h"
#include "extract/links.h"
#include "extract/phones.h"
#include "extract/structured_contacts.h"
#include "extract/structured_data.h"
#include "extract/text_fold.h"
#include "extract/third_parties.h"
#include "extract/visible_text.h"

namespace joignable::extract {
namespace {

std::string title_of(const HtmlDocument& document) {
  const HtmlNode title = find_first(document.root(), "title");
  if (!title.valid()) return {};
  std::string text;
  for (std::size_t i = 0; i < title.child_count(); ++i) text += title.child(i).text();
  return collapse_spaces(text);
}

// Hours of the page's text and of its structured data, as separate sources.
void add_hours(const StructuredData& structured_data, const std::string& text,
               PageContacts& contacts) {
  TextHoursFindings in_text = find_hours_in_text(text);
  for (TextHoursBlock& block : in_text.blocks) {
    contacts.hours.push_back(
        {HoursOrigin::text, std::move(block.hours), std::move(block.evidence)});
  }
  contacts.unparsed_hours = std::move(in_text.unparsed);
  StructuredHoursFindings structured = hours_from_structured_data(structured_data);
  for (StructuredHours& item : structured.items) {
    contacts.hours.push_back(
        {HoursOrigin::structured_data, std::move(item.hours), std::move(item.evidence)});
  }
  for (std::string& raw : structured.unparsed) contacts.unparsed_hours.push_back(std::move(raw));
}

void add_third_party(PageContacts& contacts, ThirdPartyContact contact) {
  const bool known = std::any_of(
      contacts.third_parties.begin(), contacts.third_parties.end(), [&](const auto& other) {
        return other.role == contact.role && other.kind == contact.kind &&
               other.value == contact.value;
      });
  if (!known) contacts.third_parties.push_back(std::move(contact));
}

// The phones, e-mails and addresses of the legal notice's third parties (third_parties.h), kept
// apart from the company's. One the company's own text or links also give stays the company's.
void add_third_parties(const std::vector<ThirdPartySection>& sections, const std::string& region,
                       PageContacts& contacts) {
  for (const ThirdPartySection& section : sections) {
    std::string text;
    std::vector<ContactLink> tel_links;
    std::vector<ContactLink> mailto_links;
    for (HtmlNode element : section.elements) {
      text += visible_text(element) + "\n";
      for (ContactLink& link : find_contact_links(element, "tel")) tel_links.push_back(std::move(link));
      for (ContactLink& link : find_contact_links(element, "mailto")) {
        mailto_links.push_back(std::move(link));
      }
    }
    for (const PhoneMention& phone : find_phones(text, tel_links, region).phones) {
      const bool own = std::any_of(contacts.phones.begin(), contacts.phones.end(),
                                   [&](const PhoneMention& p) { return p.e164 == phone.e164; });
      if (!own) {
        add_third_party(contacts, {section.role, phone.fax ? "fax" : "phone", phone.e164,
                                   phone.display});
      }
    }
    for (const std::string& email : find_emails(text, mailto_links)) {
      if (std::find(contacts.emails.begin(), contacts.emails.end(), email) == contacts.emails.end()) {
        add_third_party(contacts, {section.role, "email", email, email});
      }
    }
    for (const PostalAddress& address : find_addresses(text)) {
      const bool own = std::any_of(contacts.addresses.begin(), contacts.addresses.end(),
                                   [&](const PostalAddress& a) { return same_address(a, address); });
      if (!own) add_third_party(contacts, {section.role, "address", address.text(), address.text()});
    }
  }
}

}  // namespace

PageAnalysis analyse_page(std::string_view html, const std::string& page_url,
                          const std::string& region) {
  const HtmlDocument document(html);
  const std::string base = base_url(document, page_url);
  // The legal notice's sections about the host or the designer are left out of the company's
  // text and links; their contact points are read apart (add_third_parties).
  const std::string page_text = visible_text(document.root());
  const std::vector<ThirdPartySection> third_parties =
      find_third_party_sections(document, page_text);
  std::vector<HtmlNode> skip;
  for (const ThirdPartySection& section : third_parties) {
    skip.insert(skip.end(), section.elements.begin(), section.elements.end());
  }
  const std::string text = skip.empty() ? page_text : visible_text(document.root(), skip);

  PageAnalysis analysis;
  analysis.title = title_of(document);
  analysis.links = find_links(document, page_url, base, &analysis.anchors);
  std::sort(analysis.anchors.begin(), analysis.anchors.end());
  analysis.anchors.erase(std::unique(analysis.anchors.begin(), analysis.anchors.end()),
                         analysis.anchors.end());
  const StructuredData structured_data = read_structured_data(document);
  StructuredContacts structured = contacts_from_structured_data(structured_data, region);
  PhoneFindings phones =
      find_phones(text, find_contact_links(document.root(), "tel", skip), region, structured.phones);
  analysis.contacts.phones = std::move(phones.phones);
  analysis.contacts.invalid_phones = std::move(phones.invalid);
  analysis.contacts.emails =
      find_emails(text, find_contact_links(document.root(), "mailto", skip),
                  cloudflare_emails(document));
  analysis.contacts.forms = find_forms(document, page_url, base);
  PageContacts& contacts = analysis.contacts;
  contacts.addresses = find_addresses(text);
  for (PostalAddress& address : structured.addresses) {
    const bool known = std::any_of(contacts.addresses.begin(), contacts.addresses.end(),
                                   [&](const PostalAddress& a) { return same_address(a, address); });
    if (!known) contacts.addresses.push_back(std::move(address));
  }
  contacts.chat_widgets = find_chat_widgets(document);
  contacts.social_links = find_social_links(document);
  contacts.callback_offer = offers_callback(text);
  contacts.contact_links = contact_page_links(analysis.links);
  std::vector<std::string> phone_displays;
  for (const PhoneMention& phone : contacts.phones) {
    if (!phone.fax) phone_displays.push_back(phone.display);
  }
  contacts.help = help_mechanisms(document, phone_displays, contacts.emails,
                                  !contacts.chat_widgets.empty());
  add_hours(structured_data, text, analysis.contacts);
  add_third_parties(third_parties, region, analysis.contacts);
  analysis.app_shell = looks_like_app_shell(document, text);
  return analysis;
}

}  // namespace joignable::extract
