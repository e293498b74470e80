#include "extract/phone_context.h"

#include <cctype>
#include <initializer_list>
#include <string>

#include "extract/text_fold.h"

namespace joignable::extract {
namespace {

bool is_letter(char c) { return c >= 'a' && c <= 'z'; }

// Whether `word` starts a word of folded `text` somewhere, not followed by `unless`.
bool has_word_start(std::string_view text, std::string_view word, std::string_view unless = {}) {
  for (std::size_t pos = text.find(word); pos != std::string_view::npos;
       pos = text.find(word, pos + 1)) {
    const bool starts = pos == 0 || !is_letter(text[pos - 1]);
    const bool excluded =
        !unless.empty() && text.substr(pos + word.size(), unless.size()) == unless;
    if (starts && !excluded) return true;
  }
  return false;
}

// Whether `word` is a whole word of folded `text`.
bool has_word(std::string_view text, std::string_view word) {
  for (std::size_t pos = text.find(word); pos != std::string_view::npos;
       pos = text.find(word, pos + 1)) {
    const std::size_t end = pos + word.size();
    if ((pos == 0 || !is_letter(text[pos - 1])) && (end >= text.size() || !is_letter(text[end]))) {
      return true;
    }
  }
  return false;
}

bool any_word_start(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (has_word_start(text, word)) return true;
  }
  return false;
}

bool any_word(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (has_word(text, word)) return true;
  }
  return false;
}

// The last `count` words of `text` and what separates them: an identifier's name sits right
// before it ("SIRET : 802..."), a sentence further back says nothing about the number.
std::string_view last_words(std::string_view text, int count) {
  std::size_t pos = text.size();
  for (int seen = 0; seen < count && pos > 0;) {
    while (pos > 0 && !is_letter(text[pos - 1])) --pos;
    if (pos == 0) break;
    while (pos > 0 && is_letter(text[pos - 1])) --pos;
    ++seen;
  }
  return text.substr(pos);
}

// Whether `label` ends with `letter` standing alone as a word, then only spaces, dots and colons
// ("T 0221 ...", "F. 919-928-5516"): the one-letter labels of letterheads. Capitals only, so a
// page reference ("p. 688") is no phone.
bool ends_with_initial(std::string_view label, char letter) {
  while (!label.empty() && (label.back() == ' ' || label.back() == '.' || label.back() == ':')) {
    label.remove_suffix(1);
  }
  if (label.empty() || label.back() != letter) return false;
  label.remove_suffix(1);
  if (label.empty()) return true;
  const auto before = static_cast<unsigned char>(label.back());  // >= 0x80: part of "é", "ß"...
  return before < 0x80 && !std::isalnum(before);
}

bool has_number_marker(std::string_view text) {
  return contains_any(text, {"n\xc2\xb0", "n\xc2\xba", "#", "nummer", "number", "numero"}) ||
         any_word(text, {"no", "nr", "num"});
}

}  // namespace

bool label_says_phone(std::string_view label) {
  if (ends_with_initial(label, 'T') || ends_with_initial(label, 'P')) return true;
  std::string folded = fold(label);
  // "Telefax" and "Téléfax" name a fax, not a phone.
  for (std::size_t pos = folded.find("telefax"); pos != std::string::npos;
       pos = folded.find("telefax", pos)) {
    folded.replace(pos, 4, "    ");
  }
  return has_word_start(folded, "tel", "ecop") ||
         any_word_start(folded, {"phone", "appel", "call", "hotline", "standard", "portable",
                                 "mobil", "whatsapp", "sms", "joindre", "rufnummer", "handy"}) ||
         any_word(folded, {"fon", "bel"});
}

bool label_says_fax(std::string_view label) {
  const std::string folded = fold(label);
  return (contains_any(folded, {"fax", "telecop"}) || ends_with_initial(label, 'F')) &&
         !label_says_phone(label);
}

bool label_says_identifier(std::string_view label) {
  if (label_says_phone(label) || label_says_fax(label)) return false;
  const std::string folded = fold(label);
  const std::string_view near = last_words(folded, 4);
  if (any_word(near, {"siret", "siren", "rcs", "tva", "vat", "iva", "ust", "iban", "rib", "ean",
                      "sku", "isbn", "ref", "reference", "serial", "tracking", "licence",
                      "license", "cif", "nif", "piva", "promo", "coupon", "uid", "zvr", "hrb",
                      "hra", "fn", "finess", "mwst", "steuernummer"})) {
    return true;
  }
  return any_word_start(near, {"commande", "order", "produit", "product", "article", "dossier",
                               "facture", "invoice", "contrat", "contract", "colis", "parcel",
                               "ticket", "agrement", "bestell", "artikel", "pedido", "ordine",
                               "fattura", "factura", "rechnung", "client", "customer",
                               "kunden", "adherent", "membre", "member"}) &&
         has_number_marker(near);
}

}  // namespace joignable::extract
