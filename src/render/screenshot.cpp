#include "render/screenshot.h"

#include <nlohmann/json.hpp>

namespace joignable::render {
namespace {

// Runs in the page. The deepest visible element holding a needle is marked (a document's elements
// in reverse order come after their descendants), so the outline hugs the number, not the footer
// holding it; an element is never marked twice. Hours are the extractor's lines (" | "): the
// element holding all of them, without spaces and case (the extractor's text puts spaces where
// the DOM has none). A contact form is matched by its action; failing that, a form with a
// textarea. A cap on the elements read keeps an enormous page from stalling the tab.
constexpr const char* kMarkScript = R"js(
(async (m) => {
  const attr = 'data-joignable-mark';
  if (!document.getElementById('joignable-marks')) {
    const style = document.createElement('style');
    style.id = 'joignable-marks';
    style.textContent =
      '[data-joignable-mark]{outline:4px solid #d6336c !important;outline-offset:2px !important;}' +
      '[data-joignable-mark="form"]{outline-color:#1c7ed6 !important;}' +
      '[data-joignable-mark="hours"]{outline-color:#2b8a3e !important;}';
    (document.head || document.documentElement).appendChild(style);
  }
  const digits = (s) => (s || '').replace(/\D+/g, '');
  const squash = (s) => (s || '').replace(/\s+/g, '').toLowerCase();
  const visible = (e) => e.getClientRects().length > 0;
  const mark = (e, kind) => { if (!e.hasAttribute(attr)) e.setAttribute(attr, kind); };
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
  const elements = document.body ? Array.from(document.body.querySelectorAll('*')).slice(0, 20000) : [];
  const markDeepest = (holds, kind) => {
    const found = [];
    for (let i = elements.length - 1; i >= 0; --i) {
      const e = elements[i];
      if (skipped.has(e.tagName) || !holds(e) || found.some((f) => e.contains(f))) continue;
      found.push(e);
      if (visible(e)) mark(e, kind);
    }
  };
  for (const a of document.querySelectorAll('a[href^="tel:" i]')) {
    const href = digits(a.getAttribute('href'));
    if (m.phones.some((p) => href.includes(p)) && visible(a)) mark(a, 'phone');
  }
  for (const p of m.phones) markDeepest((e) => digits(e.textContent).includes(p), 'phone');
  for (const text of m.hours) {
    const lines = text.split('|').map(squash).filter((l) => l.length > 0).slice(0, 8);
    if (lines.length > 0) {
      markDeepest((e) => { const t = squash(e.textContent); return lines.every((l) => t.includes(l)); }, 'hours');
    }
  }
  const bare = (u) => (u || '').split('#')[0];
  const actionOf = (f) => {
    try { return bare(new URL(f.getAttribute('action') || '', document.baseURI).href); } catch (e) { return ''; }
  };
  const wanted = m.forms.map(bare);
  const forms = Array.from(document.querySelectorAll('form')).filter(visible);
  let matched = forms.filter((f) => wanted.includes(actionOf(f)));
  if (matched.length === 0 && wanted.length > 0) matched = forms.filter((f) => f.querySelector('textarea'));
  for (const f of matched) mark(f, 'form');
  await new Promise((done) => setTimeout(done, 100));
  const count = (kind) => document.querySelectorAll('[' + attr + '="' + kind + '"]').length;
  const root = document.documentElement;
  return {phones: count('phone'), forms: count('form'), hours: count('hours'),
          width: root ? root.clientWidth : 0,
          height: Math.max(root ? root.scrollHeight : 0, document.body ? document.body.scrollHeight : 0)};
})
)js";

}  // namespace

std::string mark_expression(const EvidenceMarks& marks) {
  const nlohmann::json argument = {{"phones", marks.phone_digits},
                                   {"forms", marks.form_actions},
                                   {"hours", marks.hours_texts}};
  // Page text is untrusted: invalid UTF-8 becomes U+FFFD rather than an exception.
  return std::string(kMarkScript) + "(" +
         argument.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + ")";
}

std::string phone_digits(std::string_view e164) {
  std::string digits;
  for (const char c : e164) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits.size() > 8 ? digits.substr(digits.size() - 8) : digits;
}

bool looks_like_jpeg(std::string_view bytes) {
  return bytes.size() > 4 && bytes.substr(0, 3) == "\xFF\xD8\xFF" &&
         bytes.substr(bytes.size() - 2) == "\xFF\xD9";
}

}  // namespace joignable::render
