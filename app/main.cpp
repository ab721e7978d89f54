// Wires the application together: the command line runs headless commands,
// anything else opens the main window.
#include "Gui.h"
#include "cli/Cli.h"

int main(int argc, char *argv[])
{
    if (c2c::cli::isCommandLine(argc, argv))
        return c2c::cli::main(argc, argv);
    return c2c::app::runGui(argc, argv);
}
