#include "UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace passdesk::ui {

UiLanguage::~UiLanguage()
{
    remove();
}

void UiLanguage::remove()
{
    if (m_appInstalled) {
        QCoreApplication::removeTranslator(&m_app);
        m_appInstalled = false;
    }
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qt);
        m_qtInstalled = false;
    }
}

QString UiLanguage::install(const QString& language)
{
    remove();
    if (language != QLatin1String("ko")) {
        return QStringLiteral("en");
    }
    if (m_qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    }
    if (m_app.load(QStringLiteral(":/i18n/passdesk_") + language + QStringLiteral(".qm"))) {
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    }
    return language;
}

} // namespace passdesk::ui
