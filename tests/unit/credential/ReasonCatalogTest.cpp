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

TEST_CASE("Reason texts come from core's compiled-in catalogues in Korean, German and Italian", "[credential][reasons][i18n]")
{
    // No translator is installed here (no UI): the texts must come from the catalogues core carries.
    for (const auto& e : ReasonCatalog::entries()) {
        const QString code = QString::fromLatin1(e.code);
        const QString english = ReasonCatalog::text(code, QStringLiteral("en"));
        INFO(e.code);
        CHECK(english == QString::fromUtf8(e.english));
        for (const QString& lang : {QStringLiteral("ko"), QStringLiteral("de"), QStringLiteral("it")}) {
            CHECK(ReasonCatalog::text(code, lang) != english);
        }
    }
    CHECK(ReasonCatalog::text(QStringLiteral("cert.expired"), QStringLiteral("ko")) == QStringLiteral("증명서가 만료되었습니다."));
    CHECK(ReasonCatalog::text(QStringLiteral("cert.expired"), QStringLiteral("de")) == QStringLiteral("Das Zertifikat ist abgelaufen."));
    CHECK(ReasonCatalog::text(QStringLiteral("cert.expired"), QStringLiteral("it_IT")) == QStringLiteral("Il certificato è scaduto."));
    CHECK(ReasonCatalog::text(QStringLiteral("cert.expired"), QStringLiteral("fr")) == QStringLiteral("The certificate has expired."));
}
