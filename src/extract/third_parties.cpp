#include "extract/third_parties.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/text_fold.h"
#include "extract/visible_text.h"

namespace joignable::extract {
namespace {

using Role = ThirdPartyRole;

// The words that say whose section it is, folded.
const std::unordered_map<std::string_view, Role>& role_words() {
  static const std::unordered_map<std::string_view, Role> words = {
      {"hebergement", Role::host},     {"hebergeur", Role::host},      {"heberge", Role::host},
      {"hebergee", Role::host},        {"hebergeurs", Role::host},     {"hosting", Role::host},
      {"hoster", Role::host},          {"hosted", Role::host},         {"webhosting", Role::host},
      {"conception", Role::designer},  {"realisation", Role::designer},
      {"realise", Role::designer},     {"realisee", Role::designer},   {"creation", Role::designer},
      {"cree", Role::designer},        {"creee", Role::designer},      {"design", Role::designer},
      {"designed", Role::designer},    {"webdesign", Role::designer},  {"webdesigner", Role::designer},
      {"webmaster", Role::designer},   {"developpement", Role::designer},
      {"developpe", Role::designer},   {"graphisme", Role::designer},  {"umsetzung", Role::designer},
      {"gestaltung", Role::designer},  {"realisierung", Role::designer},
      {"programmierung", Role::designer}, {"webagentur", Role::designer},
      {"made", Role::designer},        {"built", Role::designer},      {"publication", Role::publisher},
  };
  return words;
}

// The other words such labels are made of ("Le site est hébergé par", "Directeur de la
// publication", "Technische Umsetzung und Hosting").
const std::unordered_set<std::string_view>& label_words() {
  static const std::unordered_set<std::string_view> words = {
      "le", "la", "les", "l", "du", "de", "des", "d", "et", "and", "und", "site", "sites",
      "internet", "web", "website", "webseite", "homepage", "this", "the", "ce", "cet", "est",
      "a", "ete", "technische", "technical", "technique", "directeur", "directrice",
      "responsable", "prestataire", "fournisseur", "provider", "service", "services", "notre",
      "our", "graphique", "donnees", "data", "serveur", "server", "gestion", "maintenance", "s",
  };
  return words;
}

// After them, what follows is the third party's name: "Site réalisé par Studio Pixel".
bool is_connector(std::string_view word) {
  return word == "par" || word == "by" || word == "von" || word == "durch";
}

bool is_letter(char c) { return c >= 'a' && c <= 'z'; }

struct Label {
  Role role = Role::host;
  bool content_after = false;  // the line goes on after the label
};

bool has_text(std::string_view rest) {
  return std::any_of(rest.begin(), rest.end(), [](char c) { return c != ' '; });
}

// The third-party label that opens the folded `line`, if it opens with one.
std::optional<Label> read_label(std::string_view line) {
  std::optional<Role> role;
  const auto end_here = [&](std::size_t next) -> std::optional<Label> {
    if (!role) return std::nullopt;
    return Label{*role, has_text(line.substr(std::min(next, line.size())))};
  };
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (is_letter(c)) {
      std::size_t j = i;
      while (j < line.size() && is_letter(line[j])) ++j;
      const std::string_view word = line.substr(i, j - i);
      i = j;
      if (is_connector(word)) return end_here(i);
      if (const auto found = role_words().find(word); found != role_words().end()) {
        if (!role) role = found->second;
      } else if (!label_words().contains(word)) {
        return std::nullopt;
      }
      continue;
    }
    const std::string_view rest = line.substr(i);
    if (c == ':') return end_here(i + 1);
    // " - " and dashes: "Hébergement – OVH SAS"; a hyphen between letters joins two words.
    if (rest.starts_with(" - ") || rest.starts_with("\xE2\x80\x93") ||
        rest.starts_with("\xE2\x80\x94")) {
      return end_here(i + 3);
    }
    if (rest.starts_with("\xE2\x80\x99")) {  // "l’hébergeur"
      i += 3;
      continue;
    }
    if (c == ' ' || c == '-' || c == ',' || c == '&' || c == '/' || c == '\'' || c == '.' ||
        c == '(' || c == ')' || c == '*' || c == '+') {
      ++i;
      continue;
    }
    return std::nullopt;
  }
  return end_here(line.size());
}

std::string first_line(std::string_view text) { return std::string(text.substr(0, text.find('\n'))); }

bool is_heading_tag(std::string_view tag) {
  return (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') || tag == "dt" ||
         tag == "th" || tag == "caption" || tag == "legend" || tag == "summary";
}

bool is_block_tag(std::string_view tag) {
  static const std::unordered_set<std::string_view> blocks = {
      "p", "div", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
      "section", "article", "aside", "header", "footer", "address", "blockquote", "caption",
      "legend", "summary", "figcaption",
  };
  return blocks.contains(tag);
}

// The only element child of `element` when it has no text of its own, else an invalid node.
HtmlNode only_child(HtmlNode element) {
  HtmlNode only;
  for (std::size_t i = 0; i < element.child_count(); ++i) {
    const HtmlNode child = element.child(i);
    if (child.is_text() && !collapse_spaces(child.text()).empty()) return HtmlNode();
    if (!child.is_element()) continue;
    if (only.valid()) return HtmlNode();
    only = child;
  }
  return only;
}

// A heading: h1-h6, dt, th..., an element that only wraps one, or a short block that is only a
// label ("Hébergeur :", "<b>Éditeur</b>"): no digits, no '@', one line.
bool is_heading(HtmlNode element, int depth = 0) {
  if (!element.is_element() || is_hidden(element)) return false;
  if (is_heading_tag(element.tag())) return true;
  const HtmlNode wrapped = only_child(element);
  if (wrapped.valid() && depth < 3 && is_heading(wrapped, depth + 1)) return true;
  const std::string text = visible_text(element);
  if (text.empty() || text.size() > 60 || text.find('\n') != std::string::npos ||
      std::any_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '@'; })) {
    return false;
  }
  const bool bold = element.tag() == "strong" || element.tag() == "b" ||
                    (wrapped.valid() && (wrapped.tag() == "strong" || wrapped.tag() == "b"));
  return bold || text.back() == ':';
}

// The page is a legal notice: its title or a top heading says so.
bool is_legal_notice(const HtmlDocument& document) {
  bool found = false;
  walk(document.root(), [&](HtmlNode node) {
    if (found || !node.is_element()) return false;
    const std::string_view tag = node.tag();
    if (tag == "title" || tag == "h1" || tag == "h2" || tag == "h3") {
      std::string text;
      if (tag == "title") {
        for (std::size_t i = 0; i < node.child_count(); ++i) text += node.child(i).text();
      } else {
        text = visible_text_line(node);
      }
      found = contains_any(fold(text), {"mentions legales", "mention legale",
                                        "informations legales", "impressum", "legal notice",
                                        "legal information", "imprint", "credits", "colophon",
                                        "rechtliche hinweise"});
      return false;
    }
    return tag != "script" && tag != "style";
  });
  return found;
}

// Whether the first few words of a text node hold a word of `role_words`.
bool may_open_label(std::string_view text) {
  const std::string folded = fold(text.substr(0, std::min<std::size_t>(text.size(), 64)));
  int words = 0;
  for (std::size_t i = 0; i < folded.size() && words < 4;) {
    if (!is_letter(folded[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < folded.size() && is_letter(folded[j])) ++j;
    if (role_words().contains(std::string_view(folded).substr(i, j - i))) return true;
    ++words;
    i = j;
  }
  return false;
}

HtmlNode enclosing_block(HtmlNode node) {
  for (HtmlNode current = node.parent(); current.valid(); current = current.parent()) {
    if (!current.is_element()) continue;
    const std::string_view tag = current.tag();
    if (tag == "body" || tag == "html" || tag == "main") return HtmlNode();
    if (is_block_tag(tag)) return current;
  }
  return HtmlNode();
}

bool within(HtmlNode node, const std::vector<ThirdPartySection>& sections) {
  for (HtmlNode current = node; current.valid(); current = current.parent()) {
    for (const ThirdPartySection& section : sections) {
      if (std::find(section.elements.begin(), section.elements.end(), current) !=
          section.elements.end()) {
        return true;
      }
    }
  }
  return false;
}

// Whether `element` opens with the label of someone else than `role`: another third party
// ("Directeur de la publication : ...") or the company ("Éditeur : ...", "Siège social : ...").
bool opens_another_section(HtmlNode element, Role role) {
  const std::string line = fold(first_line(visible_text(element)));
  if (const std::optional<Label> label = read_label(line)) return label->role != role;
  for (std::string_view own : {"editeur", "edite par", "proprietaire", "siege social",
                               "raison sociale", "angaben gemass", "verantwortlich", "inhaber",
                               "publisher", "owner"}) {
    if (line.starts_with(own)) return true;
  }
  return false;
}

// The elements after the heading `block` under the same parent, up to the next heading. A
// heading wrapped alone in elements ("<div><h3>Hébergeur</h3></div>") counts from its wrapper.
std::vector<HtmlNode> section_after(HtmlNode block, Role role) {
  HtmlNode anchor = block;
  for (int depth = 0; depth < 3; ++depth) {
    const HtmlNode parent = anchor.parent();
    if (!parent.valid() || !parent.is_element() || parent.tag() == "body" ||
        parent.tag() == "main" || !(only_child(parent) == anchor)) {
      break;
    }
    anchor = parent;
  }
  std::vector<HtmlNode> elements;
  const HtmlNode parent = anchor.parent();
  if (!parent.valid()) return elements;
  bool after = false;
  for (std::size_t i = 0; i < parent.child_count(); ++i) {
    const HtmlNode child = parent.child(i);
    if (child == anchor) {
      after = true;
      continue;
    }
    if (!after || !child.is_element()) continue;
    if (is_heading(child) || opens_another_section(child, role)) break;
    elements.push_back(child);
  }
  return elements;
}

// A publication director is a third party only when the section names an agency or a studio.
bool names_an_agency(const std::vector<HtmlNode>& elements, HtmlNode block) {
  std::string text = fold(visible_text(block));
  for (HtmlNode element : elements) text += "\n" + fold(visible_text(element));
  return contains_any(text, {"agence", "agency", "studio", "agentur", "webmaster"});
}

}  // namespace

std::vector<ThirdPartySection> find_third_party_sections(const HtmlDocument& document,
                                                         std::string_view text) {
  std::vector<ThirdPartySection> sections;
  const std::string folded = fold(text);
  if (!contains_any(folded, {"heberg", "hosting", "hoster", "hosted", "conception", "realis",
                             "creation", "cree", "design", "webmaster", "developpe", "graphisme",
                             "umsetzung", "gestaltung", "programmierung", "webagentur",
                             "publication", "made by", "built by"})) {
    return sections;
  }
  std::optional<bool> legal_notice;
  std::vector<HtmlNode> seen;
  walk(document.root(), [&](HtmlNode node) {
    if (node.is_element()) return !is_hidden(node);
    if (!node.is_text() || !may_open_label(node.text())) return false;
    const HtmlNode block = enclosing_block(node);
    if (!block.valid() || std::find(seen.begin(), seen.end(), block) != seen.end() ||
        within(block, sections)) {
      return false;
    }
    seen.push_back(block);
    const std::string block_text = visible_text(block);
    const std::optional<Label> label = read_label(fold(first_line(block_text)));
    if (!label) return false;
    ThirdPartySection section{label->role, {}};
    const bool label_only = !label->content_after && block_text.find('\n') == std::string::npos;
    if (!label_only) {
      section.elements.push_back(block);
    } else {
      if (!legal_notice) legal_notice = is_legal_notice(document);
      if (!*legal_notice) return false;
      section.elements = section_after(block, label->role);
    }
    if (section.elements.empty()) return false;
    if (section.role == Role::publisher && !names_an_agency(section.elements, block)) return false;
    sections.push_back(std::move(section));
    return false;
  });
  return sections;
}

}  // namespace joignable::extract
