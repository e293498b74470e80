#include "crawl/fetch_status.h"

namespace joignable::crawl {

std::string_view to_string(NetError error) {
  switch (error) {
    case NetError::none: return "none";
    case NetError::timeout: return "timeout";
    case NetError::dns: return "dns";
    case NetError::connect: return "connect";
    case NetError::tls: return "tls";
    case NetError::reset: return "reset";
    case NetError::too_many_redirects: return "too_many_redirects";
    case NetError::forbidden_scheme: return "forbidden_scheme";
    case NetError::other: return "other";
    case NetError::refused_private: return "refused_private";
  }
  return "other";
}

bool FetchStatus::is_broken() const {
  if (blocked || error == NetError::refused_private) {
    return false;
  }
  if (error != NetError::none) {
    return true;
  }
  return http_status == 404 || http_status == 410 || (http_status >= 500 && http_status < 600);
}

}  // namespace joignable::crawl
