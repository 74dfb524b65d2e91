#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ReplicaTestServer.h"

#include <QCoreApplication>

namespace {
std::unique_ptr<passdesk::test::PgTestServer> g_server;
}

namespace passdesk::test {
PgTestServer& replicaServer()
{
    if (!g_server) {
        g_server = std::make_unique<PgTestServer>();
    }
    return *g_server;
}
} // namespace passdesk::test

int main(int argc, char** argv)
{
    // One PostgreSQL server for the whole binary (initdb costs seconds): started by the first test
    // that needs it, stopped and removed here while the application object still exists.
    QCoreApplication app(argc, argv);
    const int result = Catch::Session().run(argc, argv);
    g_server.reset();
    return result;
}
