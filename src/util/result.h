// Result<T>: the return type of every operation whose input or environment can be wrong (a target
// file, a rules file, the database, the output folder). A misbehaving website is never an Error:
// it is data on a page (see crawl/page.h). Error is a plain value; thread-compatible.
#pragma once

#include <string>

#include <tl/expected.hpp>

namespace joignable {

struct Error {
  enum class Code { usage, input, io, database, internal };

  Code code = Code::internal;
  std::string message;  // one line, lower case, no final period
  std::string file;     // where the bad input is, when known
  int line = 0;         // 1-based; 0 when unknown
  std::string key;      // the offending key, when known

  // "file:line: key: message", leaving out the parts that are unknown.
  std::string to_string() const;
};

template <class T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> make_error(Error::Code code, std::string message, std::string file = {},
                                        int line = 0, std::string key = {}) {
  return tl::unexpected<Error>(
      Error{code, std::move(message), std::move(file), line, std::move(key)});
}

}  // namespace joignable
