#include "credential/CoreCatalogue.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QTranslator>

namespace passdesk::credential {

QStringList CoreCatalogue::languages()
{
    return {QStringLiteral("ko"), QStringLiteral("de"), QStringLiteral("it")};
}

namespace {
const QString& coreCatalogue()
{
    static const QString name = QStringLiteral("passdesk_core");
    return name;
}
} // namespace

QString CoreCatalogue::resourcePath(const QString& language)
{
    return resourcePath(coreCatalogue(), language);
}

QString CoreCatalogue::resourcePath(const QString& catalogue, const QString& language)
{
    return QStringLiteral(":/i18n/") + catalogue + QLatin1Char('_') + language + QStringLiteral(".qm");
}

QString CoreCatalogue::translate(const char* context, const char* source, const QString& language)
{
    return translate(coreCatalogue(), context, source, language);
}

QString CoreCatalogue::translate(const QString& catalogue, const char* context, const char* source,
                                 const QString& language)
{
    const QString fallback = QString::fromUtf8(source);
    // "ko_KR" and "ko" name the same catalogue.
    const QString lang = language.left(2).toLower();
    if (!languages().contains(lang)) {
        return fallback;
    }
    // One translator per catalogue and language, loaded on first use and kept for the life of the process (never
    // destroyed, so no QObject outlives or is torn down after the application object at exit). The
    // table itself is never destroyed either: a static one would be freed at exit and leave the
    // translators unreferenced (LeakSanitizer's report in the ASan build).
    static QMutex mutex;
    static auto* const loadedTable = new QHash<QString, QTranslator*>;
    auto& loaded = *loadedTable;
    const QTranslator* translator = nullptr;
    {
        QMutexLocker lock(&mutex);
        const QString key = catalogue + QLatin1Char('_') + lang;
        auto it = loaded.find(key);
        if (it == loaded.end()) {
            auto* t = new QTranslator;
            if (!t->load(resourcePath(catalogue, lang))) {
                delete t;
                t = nullptr;
            }
            it = loaded.insert(key, t);
        }
        translator = it.value();
    }
    if (translator == nullptr) {
        return fallback;
    }
    const QString text = translator->translate(context, source);
    return text.isEmpty() ? fallback : text;
}

} // namespace passdesk::credential
