// joignable's entry point. Our code does not throw; the one catch here is the last resort for a
// library exception that escaped its adapter, which is a bug in joignable.
#include <exception>
#include <iostream>

#include "cli/app.h"
#include "cli/exit_code.h"

int main(int argc, char** argv) {
  try {
    return joignable::cli::run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "joignable: internal error: " << e.what() << "\n";
    return joignable::cli::to_int(joignable::cli::ExitCode::internal);
  }
}
