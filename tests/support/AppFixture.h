#pragma once
// A QApplication for widget tests (run with QT_QPA_PLATFORM=offscreen, set by CTest).
#include <QApplication>
#include <boost/test/unit_test.hpp>

struct AppFixture {
    AppFixture()
    {
        static int argc = 1;
        static char name[] = "c2c-app-tests";
        static char *argv[] = {name, nullptr};
        app = new QApplication(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("c2c-portfolio-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("c2c-portfolio-tests"));
    }
    ~AppFixture() { delete app; }
    QApplication *app = nullptr;
};
BOOST_TEST_GLOBAL_FIXTURE(AppFixture);

#include "TestPrinters.h"
