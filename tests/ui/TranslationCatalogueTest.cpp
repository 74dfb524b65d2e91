// The Linguist catalogues, read as files: every message of ui/, core/ and app/ is translated in Korean,
// German and Italian, keeps its placeholders, and nothing lupdate finds in the sources is missing.

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
const QString kSource = QStringLiteral(PASSDESK_SOURCE_DIR);
const QStringList kLanguages{QStringLiteral("ko"), QStringLiteral("de"), QStringLiteral("it")};

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "unfinished", "vanished", "obsolete" or empty
};

// A .ts file's messages; `error` is set when the file is missing or is not well-formed XML.
QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or <numerusform> children for a plural message.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    current.translations << xml.readElementText();
                }
            }
            if (current.translations.isEmpty()) {
                current.translations << text;
            }
            out << current;
        }
    }
    if (xml.hasError()) {
        *error = path + QStringLiteral(": ") + xml.errorString();
    }
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured(0);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

QString key(const Message& m)
{
    return m.context + QStringLiteral(" | ") + m.source;
}
} // namespace

class TranslationCatalogueTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void catalogueHoldsEverythingLupdateFinds_data();
    void catalogueHoldsEverythingLupdateFinds();
};

void TranslationCatalogueTest::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& lang : kLanguages) {
        QTest::newRow(qPrintable(QStringLiteral("ui ") + lang))
            << kSource + QStringLiteral("/ui/translations/passdesk_") + lang + QStringLiteral(".ts");
        QTest::newRow(qPrintable(QStringLiteral("core ") + lang))
            << kSource + QStringLiteral("/core/translations/passdesk_core_") + lang + QStringLiteral(".ts");
        QTest::newRow(qPrintable(QStringLiteral("cli ") + lang))
            << kSource + QStringLiteral("/app/translations/passdesk_cli_") + lang + QStringLiteral(".ts");
    }
}

void TranslationCatalogueTest::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), qPrintable(path));
    QStringList problems;
    for (const Message& m : messages) {
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(": ") + key(m);
            continue;
        }
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems << QStringLiteral("empty: ") + key(m);
            } else if (placeholders(t) != placeholders(m.source)) {
                // A lost %1 shows the wrong number at the counter; a lost %n, the wrong plural.
                problems << QStringLiteral("placeholders differ: ") + key(m) + QStringLiteral(" -> ") + t;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationCatalogueTest::catalogueHoldsEverythingLupdateFinds_data()
{
    QTest::addColumn<QString>("sources");
    QTest::addColumn<QString>("catalogue");
    QTest::newRow("ui") << QStringLiteral("/ui") << QStringLiteral("/ui/translations/passdesk_");
    // All of core/, not only the files listed in core/CMakeLists.txt: a text marked in a file that
    // the list forgets would otherwise never be translated.
    QTest::newRow("core") << QStringLiteral("/core") << QStringLiteral("/core/translations/passdesk_core_");
    QTest::newRow("cli") << QStringLiteral("/app") << QStringLiteral("/app/translations/passdesk_cli_");
}

void TranslationCatalogueTest::catalogueHoldsEverythingLupdateFinds()
{
    QFETCH(QString, sources);
    QFETCH(QString, catalogue);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(PASSDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), kSource + sources, QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    QSet<QString> found;
    for (const Message& m : readTs(fresh, &error)) {
        found.insert(key(m));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!found.isEmpty());
    for (const QString& lang : kLanguages) {
        QSet<QString> have;
        for (const Message& m : readTs(kSource + catalogue + lang + QStringLiteral(".ts"), &error)) {
            have.insert(key(m));
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing = QSet<QString>(found).subtract(have).values();
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(lang + QStringLiteral(" lacks (run the update_translations target):\n") +
                                               missing.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TranslationCatalogueTest)
#include "TranslationCatalogueTest.moc"
