#pragma once
// The main window on the seed portfolio, in English, as the widget tests start.
#include "SeededPortfolio.h"
#include "Translations.h"
#include "views/MainWindow.h"

struct SeededWindow {
    QTemporaryDir dir;
    std::unique_ptr<c2c::app::MainWindow> window;

    SeededWindow()
    {
        c2c::app::installLanguage(c2c::Language::English);
        auto p = c2c::Portfolio::open(dir.filePath(QStringLiteral("seed.c2c")));
        BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
        BOOST_REQUIRE(c2c::SeedImport::run(*p.value(), c2c::SeedImport::embeddedPath()).ok());
        window = std::make_unique<c2c::app::MainWindow>(std::move(p).value());
    }
    ~SeededWindow() { c2c::app::installLanguage(c2c::Language::English); }
    std::int64_t actorOf(const char *key) { return SeededPortfolio::actorOf(window->portfolio(), key); }
};
