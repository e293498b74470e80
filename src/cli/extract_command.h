// `joignable extract FILE_OR_URL`: the contact points of one page as the contract's
// "contact_points" JSON on stdout, for checking extraction by hand.
#pragma once

#include <string>

namespace joignable::cli {

struct ExtractArgs {
  std::string input;                          // a local HTML file or an http(s) URL
  std::string base_url = "http://localhost/";  // resolves a file's relative links
  std::string region = "FR";
};

int run_extract_command(const ExtractArgs& args);

}  // namespace joignable::cli
