// joignable_extract_bench: what extract::analyse_page costs next to Gumbo's own parse of the same
// page. Not a test and not run by CTest: bench/extract_bench.sh runs it natively (wall time) and
// under callgrind (instruction counts, the steady figure on a shared machine).
//
//   joignable_extract_bench [--region FR] [--repeat R] [--dump DIR] PAGE.html...
//
// Pages are analysed in the order given, once each, as a crawl would (after one small page that
// pays libphonenumber's one-time set-up): the phone line cache
// (extract/phone_line_cache.h) warms up on the site's repeated header and footer lines as it
// does in an audit. Prints one tab-separated line per page: path, bytes, Gumbo parse µs,
// analyse_page µs (each the fastest of R runs; with R > 1 the later analyse_page runs find every
// line of the page in the phone cache, which flatters them). --dump writes, per page, the
// analysis as the store encodes it plus its links, so two builds can be compared byte for byte.
//
// bench_gumbo_parse and bench_analyse_page are the two measured calls; callgrind dumps its
// counters after each of them (--dump-after), which is how the script reads per-page counts.
#include <gumbo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/contact_points_json.h"
#include "extract/page_analysis.h"

namespace extract = joignable::extract;

// Gumbo alone, with the options HtmlDocument uses (no error list), tree freed: the baseline.
extern "C" __attribute__((noinline)) void bench_gumbo_parse(const std::string* html,
                                                            std::size_t* nodes) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html->data(), html->size());
  *nodes = output->root->v.element.children.length;
  gumbo_destroy_output(&kGumboDefaultOptions, output);
}

extern "C" __attribute__((noinline)) void bench_analyse_page(const std::string* html,
                                                             const std::string* url,
                                                             const std::string* region,
                                                             extract::PageAnalysis* out) {
  *out = extract::analyse_page(*html, *url, *region);
}

namespace {

struct Args {
  std::string region = "FR";
  int repeat = 1;
  std::string dump_dir;
  std::vector<std::string> pages;
};

bool parse_args(int argc, char** argv, Args& args) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--region" || arg == "--repeat" || arg == "--dump") && i + 1 < argc) {
      const std::string value = argv[++i];
      if (arg == "--region") args.region = value;
      if (arg == "--repeat") args.repeat = std::max(1, std::atoi(value.c_str()));
      if (arg == "--dump") args.dump_dir = value;
    } else if (arg.starts_with("--")) {
      return false;
    } else {
      args.pages.push_back(arg);
    }
  }
  return !args.pages.empty();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

template <class Call>
double fastest_us(int repeat, Call&& call) {
  double best = 1e300;
  for (int i = 0; i < repeat; ++i) {
    const auto start = std::chrono::steady_clock::now();
    call();
    const std::chrono::duration<double, std::micro> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best;
}

// The whole analysis, links included, as text: what must not change when extraction gets faster.
std::string fingerprint(const extract::PageAnalysis& analysis) {
  std::string out = extract::encode_analysis(analysis) + "\n";
  for (const auto& link : analysis.links) {
    out += std::string(joignable::crawl::to_string(link.kind)) + "\t" + link.url + "\t" +
           link.text + "\n";
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, args)) {
    std::cerr << "usage: joignable_extract_bench [--region FR] [--repeat R] [--dump DIR] "
                 "PAGE.html...\n";
    return 2;
  }
  if (!args.dump_dir.empty()) std::filesystem::create_directories(args.dump_dir);
  // libphonenumber builds its metadata and compiles its patterns on first use (about 30 million
  // instructions): once per process, not per page, so a small page pays it before measuring.
  // Through the two measured calls: callgrind's first dump also holds the program's start-up,
  // and the report drops this first pair of dumps.
  {
    const std::string page = "<p>T\u00e9l. 01 42 68 53 00</p>";
    const std::string url = "http://127.0.0.1:8080/";
    std::size_t nodes = 0;
    extract::PageAnalysis analysis;
    bench_gumbo_parse(&page, &nodes);
    bench_analyse_page(&page, &url, &args.region, &analysis);
  }
  std::cout << "page\tbytes\tgumbo_us\tanalyse_us\n";
  double gumbo_total = 0;
  double analyse_total = 0;
  std::size_t bytes_total = 0;
  for (std::size_t i = 0; i < args.pages.size(); ++i) {
    const std::string& path = args.pages[i];
    const std::string html = read_file(path);
    // The URL only resolves links; one fixed site keeps the runs comparable.
    const std::string url = "http://127.0.0.1:8080/page-" + std::to_string(i) + ".html";
    std::size_t nodes = 0;
    const double gumbo_us = fastest_us(args.repeat, [&] { bench_gumbo_parse(&html, &nodes); });
    extract::PageAnalysis analysis;
    const double analyse_us = fastest_us(args.repeat, [&] {
      bench_analyse_page(&html, &url, &args.region, &analysis);
    });
    if (!args.dump_dir.empty()) {
      std::ofstream(args.dump_dir + "/" + std::to_string(i) + ".txt", std::ios::binary)
          << path << "\n" << fingerprint(analysis);
    }
    std::cout << path << "\t" << html.size() << "\t" << gumbo_us << "\t" << analyse_us << "\n";
    gumbo_total += gumbo_us;
    analyse_total += analyse_us;
    bytes_total += html.size();
  }
  std::cout << "total\t" << bytes_total << "\t" << gumbo_total << "\t" << analyse_total << "\n";
  return 0;
}
