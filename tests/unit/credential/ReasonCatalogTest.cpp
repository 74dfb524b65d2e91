#include "credential/ReasonCatalog.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QSet>

using passdesk::credential::ReasonCatalog;

TEST_CASE("Every reason code has distinct English and Korean text", "[credential][reasons]")
{
    QSet<QString> seen;
    for (const auto& e : ReasonCatalog::entries()) {
        const QString code = QString::fromLatin1(e.code);
        INFO(e.code);
        CHECK_FALSE(seen.contains(code));
        seen.insert(code);
        CHECK(ReasonCatalog::text(code, QStringLiteral("en")) != ReasonCatalog::text(code, QStringLiteral("ko")));
        CHECK_FALSE(ReasonCatalog::text(code, QStringLiteral("ko")).isEmpty());
    }
    CHECK(ReasonCatalog::text(QStringLiteral("no.such.code"), QStringLiteral("en")) == QStringLiteral("no.such.code"));
}
