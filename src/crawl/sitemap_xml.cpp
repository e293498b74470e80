#include "crawl/sitemap_xml.h"

#include <memory>
#include <string>

// expat.h declares the entity expansion limits only under XML_DTD, which the library is built
// with (Debian's expat_config.h) but which the header does not define for its users; a library
// built without it would fail to link rather than run unprotected.
#ifndef XML_DTD
#define XML_DTD
#endif
#include <expat.h>

namespace joignable::crawl {
namespace {

// Expat (created with XML_ParserCreateNS) reports a namespaced name as "uri<sep>local".
constexpr char kNamespaceSeparator = ' ';
constexpr std::string_view kSitemapNamespaces[] = {
    "http://www.sitemaps.org/schemas/sitemap/0.9",
    "http://www.google.com/schemas/sitemap/0.84",
};
// Expat's own defence against entity expansion, kept on in case entity declarations are ever
// let through: expanding past the threshold at more than this ratio to the input fails.
constexpr float kMaxAmplification = 100.0F;
constexpr unsigned long long kAmplificationThresholdBytes = 1024 * 1024;

struct ParserDeleter {
  void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};

// The local name of `name` when it is in no namespace or in the sitemap namespace; "" when it is
// in another namespace, so that image:loc is never taken for loc.
std::string_view sitemap_name(std::string_view name) {
  const auto separator = name.rfind(kNamespaceSeparator);
  if (separator == std::string_view::npos) return name;
  const std::string_view uri = name.substr(0, separator);
  for (const std::string_view known : kSitemapNamespaces) {
    if (uri == known) return name.substr(separator + 1);
  }
  return {};
}

// The handlers' state. Elements are recognised by depth: the root at 1, url or sitemap at 2,
// loc at 3; only the text of such a loc is kept, so a huge text node elsewhere costs nothing.
class Reader {
 public:
  Reader(XML_Parser parser, Sitemap& sitemap) : parser_(parser), sitemap_(sitemap) {}

  void start(std::string_view name) {
    ++depth_;
    if (depth_ > kSitemapMaxDepth) return stop(SitemapProblem::too_deep);
    const std::string_view local = sitemap_name(name);
    if (depth_ == 1) {
      if (local == "urlset") {
        sitemap_.format = SitemapFormat::urlset;
      } else if (local == "sitemapindex") {
        sitemap_.format = SitemapFormat::sitemapindex;
      } else {
        stop(SitemapProblem::not_a_sitemap);
      }
    } else if (depth_ == 2) {
      in_entry_ = local == (sitemap_.format == SitemapFormat::urlset ? "url" : "sitemap");
    } else if (depth_ == 3 && in_entry_ && local == "loc") {
      in_loc_ = true;
      location_.clear();
    }
  }

  void end() {
    if (depth_ == 3 && in_loc_) {
      in_loc_ = false;
      const bool is_sitemap = sitemap_.format == SitemapFormat::sitemapindex;
      // An overlong location was cut when kept: passing the cut part on would invent a URL.
      if (location_.size() > kSitemapMaxUrlBytes) {
        ++sitemap_.skipped;
      } else if (!add_location(sitemap_, location_, is_sitemap)) {
        XML_StopParser(parser_, XML_FALSE);
      }
    }
    if (depth_ == 2) in_entry_ = false;
    --depth_;
  }

  void text(std::string_view piece) {
    if (depth_ != 3 || !in_loc_ || location_.size() > kSitemapMaxUrlBytes) return;
    // One byte past the limit is kept to tell an overlong location from one of full length.
    location_.append(piece.substr(0, kSitemapMaxUrlBytes + 1 - location_.size()));
  }

  void stop(SitemapProblem problem) {
    sitemap_.problem = problem;
    XML_StopParser(parser_, XML_FALSE);
  }

 private:
  XML_Parser parser_;
  Sitemap& sitemap_;
  int depth_ = 0;
  bool in_entry_ = false;
  bool in_loc_ = false;
  std::string location_;
};

Reader& reader_of(void* user_data) { return *static_cast<Reader*>(user_data); }

void on_start(void* user_data, const XML_Char* name, const XML_Char** /*attributes*/) {
  reader_of(user_data).start(name);
}

void on_end(void* user_data, const XML_Char* /*name*/) { reader_of(user_data).end(); }

void on_text(void* user_data, const XML_Char* text, int length) {
  reader_of(user_data).text(std::string_view(text, static_cast<std::size_t>(length)));
}

// A sitemap has no use for entities beyond the five predefined ones; a declaration is the start
// of an expansion attack or of an external entity, so reading stops before either can happen.
void on_entity_declaration(void* user_data, const XML_Char* /*name*/, int /*is_parameter*/,
                           const XML_Char* /*value*/, int /*value_length*/,
                           const XML_Char* /*base*/, const XML_Char* /*system_id*/,
                           const XML_Char* /*public_id*/, const XML_Char* /*notation*/) {
  reader_of(user_data).stop(SitemapProblem::entity_declared);
}

void configure(XML_Parser parser, Reader& reader) {
  XML_SetUserData(parser, &reader);
  XML_SetElementHandler(parser, on_start, on_end);
  XML_SetCharacterDataHandler(parser, on_text);
  XML_SetEntityDeclHandler(parser, on_entity_declaration);
  // No external DTD subset nor parameter entity is ever read, and no handler for external
  // entity references is set, so expat never asks for anything outside the document.
  XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
  XML_SetBillionLaughsAttackProtectionMaximumAmplification(parser, kMaxAmplification);
  XML_SetBillionLaughsAttackProtectionActivationThreshold(parser, kAmplificationThresholdBytes);
}

}  // namespace

void read_xml_sitemap(std::string_view xml, bool complete, Sitemap& sitemap) {
  const std::unique_ptr<XML_ParserStruct, ParserDeleter> parser(
      XML_ParserCreateNS(nullptr, kNamespaceSeparator));
  if (!parser) {
    sitemap.problem = SitemapProblem::malformed;
    sitemap.detail = "xml parser could not be created";
    return;
  }
  Reader reader(parser.get(), sitemap);
  configure(parser.get(), reader);
  // kSitemapMaxBytes keeps the size far below INT_MAX, expat's length type.
  const auto status = XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()),
                                complete ? XML_TRUE : XML_FALSE);
  if (status != XML_STATUS_ERROR) return;
  const XML_Error error = XML_GetErrorCode(parser.get());
  // Aborted is our own stop, whose reason is already recorded.
  if (error == XML_ERROR_ABORTED) return;
  sitemap.problem = SitemapProblem::malformed;
  sitemap.detail = "line " + std::to_string(XML_GetCurrentLineNumber(parser.get())) + ": " +
                   XML_ErrorString(error);
}

}  // namespace joignable::crawl
