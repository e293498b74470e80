#include "cli/app.h"

int main(int argc, char** argv) { return joignable::cli::run(argc, argv); }
