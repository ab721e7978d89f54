#pragma once
// A QCoreApplication for core tests: Qt Sql loads its SQLite driver as a
// plugin, which needs an application instance. No GUI module is involved.
#include <QCoreApplication>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

struct CoreAppFixture {
    CoreAppFixture()
    {
        static int argc = 1;
        static char name[] = "c2c-core-tests";
        static char *argv[] = {name, nullptr};
        app = new QCoreApplication(argc, argv);
    }
    ~CoreAppFixture() { delete app; }
    QCoreApplication *app = nullptr;
};
BOOST_TEST_GLOBAL_FIXTURE(CoreAppFixture);

#include "TestPrinters.h"
