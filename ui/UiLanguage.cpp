#include "UiLanguage.h"

#include "credential/CoreCatalogue.h"

#include <QCoreApplication>
#include <QLibraryInfo>

#include <utility>

namespace passdesk::ui {

UiLanguage::~UiLanguage()
{
    remove();
}

QStringList UiLanguage::supported()
{
    return {QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("it")};
}

QString UiLanguage::normalised(const QString& language)
{
    const QString lang = language.left(2).toLower();
    return supported().contains(lang) ? lang : QStringLiteral("en");
}

QString UiLanguage::nativeName(const QString& language)
{
    const QString lang = normalised(language);
    if (lang == QLatin1String("ko")) {
        return QStringLiteral("한국어");
    }
    if (lang == QLatin1String("de")) {
        return QStringLiteral("Deutsch");
    }
    if (lang == QLatin1String("it")) {
        return QStringLiteral("Italiano");
    }
    return QStringLiteral("English");
}

void UiLanguage::remove()
{
    for (auto [translator, installed] :
         {std::pair{&m_app, &m_appInstalled}, std::pair{&m_core, &m_coreInstalled}, std::pair{&m_qt, &m_qtInstalled}}) {
        if (*installed) {
            QCoreApplication::removeTranslator(translator);
            *installed = false;
        }
    }
}

QString UiLanguage::install(const QString& language)
{
    remove();
    const QString lang = normalised(language);
    if (lang == QLatin1String("en")) {
        return lang;
    }
    if (m_qt.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    }
    // Core's catalogue too, so code that asks QCoreApplication::translate for a core text (rather than
    // naming a language to ReasonCatalog) follows the window.
    if (m_core.load(credential::CoreCatalogue::resourcePath(lang))) {
        m_coreInstalled = QCoreApplication::installTranslator(&m_core);
    }
    if (m_app.load(QStringLiteral(":/i18n/passdesk_") + lang + QStringLiteral(".qm"))) {
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    }
    return lang;
}

} // namespace passdesk::ui
