#pragma once

#include "support/PgTestServer.h"

namespace passdesk::test {
/// The replica tests' one server, started on first use and stopped when the binary ends.
PgTestServer& replicaServer();
} // namespace passdesk::test
