#include "extract/html_bounds.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace joignable::extract {
namespace {

char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = to_lower(c);
  return out;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (to_lower(a[i]) != b[i]) return false;
  }
  return true;
}

template <std::size_t N>
bool is_one_of(std::string_view name, const std::string_view (&names)[N]) {
  for (std::string_view candidate : names) {
    if (iequals(name, candidate)) return true;
  }
  return false;
}

// Void elements hold no children; the others are closed by the parser when a sibling starts
// (or, for a, button, form, by the parser's own rules), so repeating them does not deepen the tree.
constexpr std::string_view kFlat[] = {
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img",
    "image", "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "p",
    "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead",
    "tfoot", "colgroup", "caption", "a", "button", "form", "html", "head", "body",
};
// Formatting elements the parser re-opens after an implicit close; <a> is one too, but the
// parser never keeps two of them open.
constexpr std::string_view kFormatting[] = {
    "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
};
// Elements whose content is text up to their end tag: a '<' inside them is no tag.
constexpr std::string_view kRawText[] = {
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
};

struct Tag {
  std::size_t end = 0;  // one past the '>', or the input's size
  std::string_view name;
  bool closing = false;
  bool self_closing = false;
  int attributes = 0;
};

// Reads a tag starting at html[pos] == '<' the way the HTML tokenizer does, quotes included.
Tag scan_tag(std::string_view html, std::size_t pos) {
  Tag tag;
  std::size_t i = pos + 1;
  if (html[i] == '/') {
    tag.closing = true;
    ++i;
  }
  const std::size_t name_start = i;
  while (i < html.size() && !is_space(html[i]) && html[i] != '/' && html[i] != '>') ++i;
  tag.name = html.substr(name_start, i - name_start);
  while (i < html.size()) {
    const char c = html[i];
    if (is_space(c)) {
      ++i;
    } else if (c == '>') {
      tag.end = i + 1;
      return tag;
    } else if (c == '/') {
      tag.self_closing = i + 1 < html.size() && html[i + 1] == '>';
      ++i;
    } else {
      ++tag.attributes;
      ++i;  // a name may start with '='
      while (i < html.size() && !is_space(html[i]) && html[i] != '/' && html[i] != '>' &&
             html[i] != '=') {
        ++i;
      }
      while (i < html.size() && is_space(html[i])) ++i;
      if (i < html.size() && html[i] == '=') {
        ++i;
        while (i < html.size() && is_space(html[i])) ++i;
        if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
          const std::size_t close = html.find(html[i], i + 1);
          i = close == std::string_view::npos ? html.size() : close + 1;
        } else {
          while (i < html.size() && !is_space(html[i]) && html[i] != '>') ++i;
        }
      }
    }
  }
  tag.end = html.size();
  return tag;
}

// Where the end tag of a raw-text element starts, or the input's size.
std::size_t find_end_tag(std::string_view html, std::size_t from, std::string_view name) {
  for (std::size_t i = html.find("</", from); i != std::string_view::npos;
       i = html.find("</", i + 2)) {
    if (i + 2 + name.size() <= html.size() && iequals(html.substr(i + 2, name.size()), name)) {
      return i;
    }
  }
  return html.size();
}

// Where scanning resumes after markup that is not a tag ("<!--", "<!DOCTYPE", "<?", "</3").
std::size_t skip_non_tag(std::string_view html, std::size_t pos) {
  if (html.substr(pos, 4) == "<!--") {
    const std::size_t end = html.find("-->", pos + 4);
    return end == std::string_view::npos ? html.size() : end + 3;
  }
  const std::size_t end = html.find('>', pos + 1);
  return end == std::string_view::npos ? html.size() : end + 1;
}

class Bounder {
 public:
  explicit Bounder(std::string_view html) : html_(html) {}

  // Decides the fate of one tag; returns where scanning resumes.
  std::size_t visit(std::size_t pos, const Tag& tag) {
    if (is_one_of(tag.name, kFormatting)) return visit_formatting(pos, tag);
    if (tag.closing) return visit_end(pos, tag);
    charge_reconstruction(pos);
    return visit_start(pos, tag);
  }

  BoundedHtml finish(bool size_capped) {
    BoundedHtml out;
    out.html = std::move(edited_);
    out.html.append(html_.substr(kept_from_));
    out.size_capped = size_capped;
    out.nesting_capped = capped_;
    return out;
  }

 private:
  std::size_t visit_end(std::size_t pos, const Tag& tag) {
    if (iequals(tag.name, "svg") || iequals(tag.name, "math")) foreign_ = std::max(0, foreign_ - 1);
    if (is_one_of(tag.name, kFlat) || is_one_of(tag.name, kRawText)) return keep(pos, tag);
    if (dropped_ > 0) {
      --dropped_;
      return drop(pos, tag);
    }
    if (depth_ > 0) --depth_;
    return keep(pos, tag);
  }

  std::size_t visit_start(std::size_t pos, const Tag& tag) {
    const bool foreign_root = iequals(tag.name, "svg") || iequals(tag.name, "math");
    if (is_one_of(tag.name, kRawText)) {
      const std::size_t resume = keep(pos, tag);
      const std::size_t end = find_end_tag(html_, resume, lower(tag.name));
      if (iequals(tag.name, "style") && foreign_ == 0 && end < html_.size()) {
        // Nothing reads a style sheet, and the parser makes a token of each of its characters:
        // a fifth of a CMS page's bytes. Only a closed one goes, so no page text can go with it.
        edited_.append(html_.substr(kept_from_, resume - kept_from_));
        kept_from_ = end;
      }
      return end;
    }
    if (is_one_of(tag.name, kFlat) || (tag.self_closing && foreign_ > 0)) return keep(pos, tag);
    if (depth_ >= kMaxNesting) {
      ++dropped_;
      return drop(pos, tag);
    }
    ++depth_;
    if (foreign_root && !tag.self_closing) ++foreign_;
    return keep(pos, tag);
  }

  std::size_t visit_formatting(std::size_t pos, const Tag& tag) {
    if (!tag.closing) charge_reconstruction(pos);
    if (formatting_off_) return drop(pos, tag);
    if (tag.closing) {
      const std::string name = lower(tag.name);
      for (auto it = formatting_.rbegin(); it != formatting_.rend(); ++it) {
        if (*it == name) {
          formatting_.erase(std::next(it).base());
          break;
        }
      }
      return visit_end(pos, tag);
    }
    if (depth_ < kMaxNesting) formatting_.push_back(lower(tag.name));
    return visit_start(pos, tag);
  }

  // The parser keeps formatting elements closed implicitly (by a </p>) on its list of active
  // formatting elements and clones them into every later block: 250 distinct unclosed <b>s
  // before 20,000 paragraphs make 5 million elements (30 s, 3.8 GB). Each start tag is charged
  // the formatting elements still open; past kMaxReconstructions they are all closed here, and
  // every later formatting tag is dropped (they hold no text, only styling).
  void charge_reconstruction(std::size_t pos) {
    if (formatting_off_ || formatting_.empty()) return;
    reconstructions_ += formatting_.size();
    if (reconstructions_ <= kMaxReconstructions) return;
    edited_.append(html_.substr(kept_from_, pos - kept_from_));
    for (auto it = formatting_.rbegin(); it != formatting_.rend(); ++it) {
      edited_.append("</").append(*it).append(">");
    }
    kept_from_ = pos;
    depth_ = std::max(0, depth_ - static_cast<int>(formatting_.size()));
    formatting_.clear();
    formatting_off_ = true;
    capped_ = true;
  }

  std::size_t keep(std::size_t pos, const Tag& tag) {
    if (tag.attributes > kMaxAttributes) {
      edited_.append(html_.substr(kept_from_, pos - kept_from_));
      edited_.append(tag.closing ? "</" : "<").append(tag.name);
      edited_.append(tag.self_closing ? "/>" : ">");
      kept_from_ = tag.end;
      capped_ = true;
    }
    return tag.end;
  }

  std::size_t drop(std::size_t pos, const Tag& tag) {
    edited_.append(html_.substr(kept_from_, pos - kept_from_));
    kept_from_ = tag.end;
    capped_ = true;
    return tag.end;
  }

  std::string_view html_;
  std::string edited_;  // the output up to kept_from_
  std::size_t kept_from_ = 0;
  int depth_ = 0;
  int dropped_ = 0;  // start tags dropped whose end tags have not been seen yet
  int foreign_ = 0;  // open <svg>/<math>, where "/>" closes an element
  std::vector<std::string> formatting_;  // formatting elements not closed by their end tag
  std::size_t reconstructions_ = 0;      // formatting elements the parser may have cloned
  bool formatting_off_ = false;          // formatting tags are dropped from now on
  bool capped_ = false;
};

}  // namespace

BoundedHtml bound_html(std::string_view html) {
  const bool size_capped = html.size() > kMaxHtmlBytes;
  if (size_capped) html = html.substr(0, kMaxHtmlBytes);
  Bounder bounder(html);
  std::size_t pos = html.find('<');
  while (pos != std::string_view::npos && pos + 1 < html.size()) {
    const char next = html[pos + 1];
    const bool is_tag =
        is_letter(next) || (next == '/' && pos + 2 < html.size() && is_letter(html[pos + 2]));
    std::size_t resume = pos + 1;
    if (is_tag) {
      const Tag tag = scan_tag(html, pos);
      if (!tag.closing && iequals(tag.name, "plaintext")) break;
      resume = bounder.visit(pos, tag);
    } else if (next == '!' || next == '?' || next == '/') {
      resume = skip_non_tag(html, pos);
    }
    pos = html.find('<', resume);
  }
  return bounder.finish(size_capped);
}

}  // namespace joignable::extract
