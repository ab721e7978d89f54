#pragma once
// The headless commands: list, summary, generate, bench (and those later
// issues add). Same core as the GUI; exit codes 0 success, 1 bad input
// (message on stderr naming the problem), 2 usage error.
namespace c2c::cli {

bool isCommandLine(int argc, char *argv[]);
int main(int argc, char *argv[]);

} // namespace c2c::cli
