#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char** argv)
{
    // Some Qt facilities (resources, text codecs) want an application object; no event loop runs.
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
