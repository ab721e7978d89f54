#pragma once
#include "CliSupport.h"

#include <span>

namespace c2c::cli {

struct Command {
    const char *name;
    const char *summary; // translated through CliText
    void (*addOptions)(QCommandLineParser &);
    int (*run)(Context &);
    bool needsGui;       // renders images or PDF: needs a (possibly offscreen) GUI application
    bool writes;         // may create or change the portfolio; the others only read an existing one
};

std::span<const Command> commands();

void addListOptions(QCommandLineParser &p);
int runList(Context &c);
void addSummaryOptions(QCommandLineParser &p);
int runSummary(Context &c);
void addGenerateOptions(QCommandLineParser &p);
int runGenerate(Context &c);
void addExportOptions(QCommandLineParser &p);
int runExport(Context &c);
void addPivotOptions(QCommandLineParser &p);
int runPivot(Context &c);
void addImportOptions(QCommandLineParser &p);
int runImport(Context &c);
void addChartOptions(QCommandLineParser &p);
int runChart(Context &c);
void addSetOptions(QCommandLineParser &p);
int runSet(Context &c);
void addBenchOptions(QCommandLineParser &p);
int runBench(Context &c);

} // namespace c2c::cli
