#pragma once

#include "AppSettings.h"
#include "common/Clock.h"

#include "UiLanguage.h"

#include <QWizard>

namespace passdesk::ui {

/// The first-run set-up, in plain words: language, the venue (for reports), the owner's PIN, the
/// policy, the trust list (a file, an address, or the demo set), a camera test with a live preview
/// and a test scan, and retention and contact logging. Opens on the first start and from the Owner
/// menu. Each page reads from and writes to one AppSettings, so going back and forth keeps answers.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { LanguagePage, VenuePage, PinPage, PolicyPage, TrustPage, CameraPage, PrivacyPage, DonePage };

    /// `logPath`: the visitor log, where the owner's PIN is kept. `demoDir`: the demo trust list and
    /// footage (resources/demo).
    FirstRunWizard(const AppSettings& initial, QString logPath, QString demoDir, const Clock& clock, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    /// The answers so far (complete once the wizard is accepted; firstRunDone is then set).
    const AppSettings& result() const { return m_settings; }
    AppSettings& edit() { return m_settings; }
    QString logPath() const { return m_logPath; }
    QString demoDir() const { return m_demoDir; }
    const Clock& clock() const { return m_clock; }
    /// Installs (ko) or removes (en) the Korean catalogue for the wizard's texts.
    void applyLanguage(const QString& language);

private:
    AppSettings m_settings;
    QString m_logPath;
    QString m_demoDir;
    const Clock& m_clock;
    UiLanguage m_uiLanguage;
};

} // namespace passdesk::ui
