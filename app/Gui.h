#pragma once
namespace c2c::app {
// Opens the main window on --db or the user's own portfolio.
int runGui(int argc, char *argv[]);
} // namespace c2c::app
