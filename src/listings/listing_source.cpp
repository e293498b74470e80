#include "listings/listing_source.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "crawl/charset.h"
#include "crawl/fetch_text.h"

namespace joignable::listings {
namespace {

Result<ListingText> read_file(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return make_error(Error::Code::input, "cannot read " + path + ": is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return make_error(Error::Code::input, "cannot read " + path + ": " + std::strerror(errno));
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return make_error(Error::Code::input, "cannot read " + path);
  return ListingText{crawl::to_utf8(bytes.str(), ""), false};
}

Result<ListingText> fetch(const std::string& url, const target::CrawlOptions& crawl) {
  const crawl::TextAnswer answer =
      crawl::fetch_text(url, crawl, static_cast<std::size_t>(crawl.max_body_bytes),
                        crawl.max_redirects);
  if (answer.status.error != crawl::NetError::none) {
    return make_error(Error::Code::io, "cannot fetch " + url + ": " + answer.status.error_detail);
  }
  if (!answer.status.is_ok()) {
    return make_error(Error::Code::io,
                      "HTTP " + std::to_string(answer.status.http_status) + " from " + url);
  }
  const std::string charset = crawl::charset_of_content_type(answer.content_type);
  return ListingText{crawl::to_utf8(answer.body, charset), answer.truncated};
}

}  // namespace

Result<ListingText> load_listing_text(const target::ListingSpec& spec,
                                      const target::CrawlOptions& crawl) {
  if (!spec.file.empty()) return read_file(spec.file);
  return fetch(spec.url, crawl);
}

}  // namespace joignable::listings
