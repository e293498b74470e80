// The fixture pages of tests/fixtures/pages, read whole for extraction tests.
#pragma once

#include <string>

namespace joignable::testing {

// tests/fixtures/pages/<relative> as bytes ("home.html", "phones/fr_contact.html"); the test
// fails when the file cannot be read.
std::string fixture_page(const std::string& relative);

}  // namespace joignable::testing
