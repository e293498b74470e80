// The sections of a page that speak for someone other than the company: in a legal notice, its
// host ("Hébergeur", "Hébergement", "Hosting", "Hoster"), the designer or webmaster of the site
// ("Conception et réalisation", "Création du site", "Webdesign", "Technische Umsetzung", "Site
// réalisé par"), and a publication director from an agency ("Directeur de la publication :
// Agence Pixel"). The phones, e-mails and addresses there are theirs (page_analysis.cpp keeps
// them apart as ThirdPartyContact).
//
// Found on the tree, not on the text, because a section ends where its element ends:
// - a block whose first line opens with such a label and goes on after ':', "par", "by" or
//   "von" ("Hébergeur : OVH SAS, 2 rue Kellermann...", "Site réalisé par Studio Pixel") is a
//   section by itself, on any page (the credits line of a footer);
// - on a legal notice (the page says "mentions légales", "Impressum", "legal notice"...), a
//   heading that is only such a label (h1-h6, dt, th, or a short block "<p><b>Hébergeur
//   :</b></p>") starts a section made of the elements after it under the same parent, up to the
//   next heading.
// A label is made only of the words such labels use: "Conception de cuisines" is not one. A
// publication director counts only when the section names an agency or studio: a person named
// there is most often the company's owner. Pure function over a parsed document; thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "extract/contact_points.h"
#include "extract/html_document.h"

namespace joignable::extract {

struct ThirdPartySection {
  ThirdPartyRole role = ThirdPartyRole::host;
  std::vector<HtmlNode> elements;  // in document order; none inside another
};

// The page's third-party sections in document order, none overlapping. `text` is the page's
// visible text: a page that holds none of the labels' words is not walked.
std::vector<ThirdPartySection> find_third_party_sections(const HtmlDocument& document,
                                                         std::string_view text);

}  // namespace joignable::extract
