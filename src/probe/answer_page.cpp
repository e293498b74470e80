#include "probe/answer_page.h"

#include <sstream>

#include "extract/html_document.h"
#include "extract/text_fold.h"
#include "extract/visible_text.h"

namespace joignable::probe {
namespace {

using extract::contains_any;
using extract::fold;
using extract::HtmlNode;

constexpr std::size_t kMaxBytes = 200;

std::string shortened(std::string text) {
  if (text.size() <= kMaxBytes) return text;
  std::size_t cut = kMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

bool is_notice(HtmlNode node) {
  const std::string role = fold(node.attribute("role").value_or(""));
  if (role == "alert" || role == "status") return true;
  const std::string marks =
      fold(std::string(node.attribute("class").value_or("")) + " " +
           std::string(node.attribute("id").value_or("")));
  return contains_any(marks, {"alert", "success", "error", "notice", "notification",
                              "confirmation", "flash", "feedback", "form-message",
                              "response", "wpcf7-response"});
}

std::string first_notice(HtmlNode root) {
  std::string found;
  extract::walk(root, [&](HtmlNode node) {
    if (!found.empty() || !node.is_element() || extract::is_hidden(node)) return false;
    if (is_notice(node)) {
      found = extract::visible_text_line(node);
      return false;
    }
    return true;
  });
  return found;
}

// The first line that thanks, confirms or reports an error, preferring a sentence to a lone word
// (a "Merci" heading above "Merci, votre message a bien été envoyé.").
std::string first_telling_line(const std::string& text) {
  std::istringstream lines(text);
  std::string word_only;
  for (std::string line; std::getline(lines, line);) {
    if (!contains_any(fold(line), {"merci", "thank", "envoye", "sent", "recu", "received",
                                   "erreur", "error", "invalide", "invalid", "obligatoire",
                                   "required", "echec", "failed"})) {
      continue;
    }
    if (line.find(' ') != std::string::npos) return line;
    if (word_only.empty()) word_only = line;
  }
  return word_only;
}

}  // namespace

std::string confirmation_text(std::string_view html) {
  const extract::HtmlDocument document(html);
  if (std::string notice = first_notice(document.root()); !notice.empty()) {
    return shortened(notice);
  }
  const HtmlNode body = extract::find_first(document.root(), "body");
  if (std::string line = first_telling_line(extract::visible_text(body)); !line.empty()) {
    return shortened(line);
  }
  for (const char* heading : {"h1", "h2"}) {
    const HtmlNode node = extract::find_first(document.root(), heading);
    if (node.valid()) return shortened(extract::visible_text_line(node));
  }
  return {};
}

}  // namespace joignable::probe
