#include "trust/TrustStartup.h"
#include "support/Fixtures.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace passdesk;
using trust::TrustStartup;

namespace {
const QDateTime kNow(QDate(2022, 1, 10), QTime(12, 0), Qt::UTC);
const QDateTime kFetched(QDate(2022, 1, 10), QTime(8, 0), Qt::UTC);

QByteArray pem(const char* label, const QByteArray& der)
{
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64) {
        out += b64.mid(i, 64) + '\n';
    }
    return out + "-----END " + label + "-----\n";
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}
} // namespace

TEST_CASE("Trust start-up imports the given files, and names the first that fails", "[trust][startup]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ec = write(dir, QStringLiteral("ec.pem"), pem("CERTIFICATE", test::EuSigner::ec().certificate.der()));
    const QString rsa = write(dir, QStringLiteral("rsa.der"), test::EuSigner::rsa().certificate.der());
    const QString missing = dir.filePath(QStringLiteral("missing.pem"));

    TrustStartup::Options options;
    options.importPaths = {ec, rsa};
    const auto all = TrustStartup::load(options, kNow);
    CHECK(all.ok());
    REQUIRE(all.repository);
    CHECK(all.snapshot == all.repository->snapshot());
    CHECK(all.snapshot->dscCount() == 2);
    CHECK(all.loadedAt == QFileInfo(rsa).lastModified().toUTC());

    // A counter window shows the failure and goes on with the rest.
    options.importPaths = {ec, missing, rsa};
    const auto goOn = TrustStartup::load(options, kNow);
    REQUIRE(goOn.error.has_value());
    CHECK(goOn.error->code == QStringLiteral("trust.unreadable"));
    CHECK(goOn.failedPath == missing);
    CHECK(goOn.snapshot->dscCount() == 2);

    // A command line stops at it.
    options.stopAtFirstError = true;
    const auto stop = TrustStartup::load(options, kNow);
    REQUIRE(stop.error.has_value());
    CHECK(stop.failedPath == missing);
    CHECK(stop.snapshot->dscCount() == 1);

    options = {};
    const auto none = TrustStartup::load(options, kNow);
    CHECK(none.ok());
    REQUIRE(none.repository);
    CHECK(none.snapshot->dscCount() == 0);
    CHECK_FALSE(none.loadedAt.isValid());
}

TEST_CASE("Trust start-up loads the updates kept by an earlier run, verified with the kept pin", "[trust][startup]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString store = dir.filePath(QStringLiteral("store"));
    const auto& signer = test::TrustListSigner::instance();
    const QString pinFile = write(dir, QStringLiteral("pin.pem"), pem("PUBLIC KEY", signer.key.publicKey().toSubjectPublicKeyInfo()));

    TrustStartup::Options options;
    options.storeDir = store;
    options.pinFile = pinFile;
    {
        const auto first = TrustStartup::load(options, kNow);
        REQUIRE(first.ok());
        CHECK(first.snapshot->dscCount() == 0);
        CHECK(QFile::exists(QDir(store).filePath(QStringLiteral("pinned-key.pem"))));
        const QByteArray list = signer.dscList({test::EuSigner::ec().certificate});
        REQUIRE(first.repository->apply({trust::TrustSetKind::DscList, list, QStringLiteral("https://trust.test/dsc"), kFetched}).ok());
    }
    // The next run: no pin given, the kept one verifies the stored list again.
    options.pinFile.clear();
    const auto next = TrustStartup::load(options, kNow);
    REQUIRE(next.ok());
    CHECK(next.snapshot->dscCount() == 1);
    CHECK(next.loadedAt == kFetched);

    // A pin that is no key: the error is named and the imported set stays live (the fallback).
    const QString cert = write(dir, QStringLiteral("ec.pem"), pem("CERTIFICATE", test::EuSigner::rsa().certificate.der()));
    options.importPaths = {cert};
    options.pinFile = write(dir, QStringLiteral("junk.pem"), "not a key");
    const auto badPin = TrustStartup::load(options, kNow);
    REQUIRE(badPin.error.has_value());
    CHECK(badPin.error->code == QStringLiteral("trust.unreadable"));
    CHECK(badPin.failedPath.isEmpty());
    REQUIRE(badPin.repository);
    CHECK(badPin.snapshot->dscCount() == 1);
    CHECK(badPin.loadedAt == QFileInfo(cert).lastModified().toUTC());
}
