#include "FirstRunWizard.h"

#include "CameraView.h"
#include "PrivacyForm.h"
#include "ScanWorker.h"
#include "SettingsDialog.h"
#include "VenueForm.h"
#include "auth/OwnerGate.h"
#include "log/VisitLog.h"
#include "rules/Policy.h"
#include "trust/TrustStore.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace passdesk::ui {

namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

QString verdictName(rules::VerdictKind kind)
{
    switch (kind) {
    case rules::VerdictKind::Valid: return FirstRunWizard::tr("VALID");
    case rules::VerdictKind::CheckId: return FirstRunWizard::tr("CHECK ID");
    case rules::VerdictKind::Invalid: return FirstRunWizard::tr("INVALID");
    case rules::VerdictKind::UnknownIssuer: return FirstRunWizard::tr("UNKNOWN ISSUER");
    case rules::VerdictKind::Unreadable: return FirstRunWizard::tr("UNREADABLE");
    }
    return {};
}

QLabel* problemLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("pageProblem"));
    l->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    l->setWordWrap(true);
    return l;
}

/// A page whose widgets are rebuilt from the wizard's settings each time it is shown, so its texts
/// follow the language chosen on the first page.
class WizardPage : public QWizardPage
{
public:
    explicit WizardPage(FirstRunWizard* wizard) : m_wizard(wizard) { new QVBoxLayout(this); }

    void initializePage() override
    {
        auto* layout = static_cast<QVBoxLayout*>(this->layout());
        while (QLayoutItem* item = layout->takeAt(0)) {
            if (QWidget* w = item->widget()) {
                delete w;
            } else if (QLayout* l = item->layout()) {
                delete l;
            }
            delete item;
        }
        m_body = new QWidget(this);
        layout->addWidget(m_body);
        build(m_body);
    }

protected:
    virtual void build(QWidget* body) = 0;
    FirstRunWizard* m_wizard;
    QWidget* m_body = nullptr;
};

class LanguagePageImpl : public WizardPage
{
public:
    using WizardPage::WizardPage;
    void build(QWidget* body) override
    {
        // Said in all four languages at once: nobody has chosen one yet.
        setTitle(QStringLiteral("언어 / Language / Sprache / Lingua"));
        auto* layout = new QVBoxLayout(body);
        layout->addWidget(wrapped(QStringLiteral("PassDesk에 오신 것을 환영합니다. 사용할 언어를 고르세요.\n"
                                                 "Welcome to PassDesk. Choose the language of the counter screen.\n"
                                                 "Willkommen bei PassDesk. Wählen Sie die Sprache des Einlass-Bildschirms.\n"
                                                 "Benvenuti in PassDesk. Scegliete la lingua dello schermo all'ingresso."),
                                  body));
        m_choices.clear();
        const QString current = UiLanguage::normalised(m_wizard->result().language);
        for (const QString& language : UiLanguage::supported()) {
            auto* choice = new QRadioButton(UiLanguage::nativeName(language), body);
            choice->setObjectName(QStringLiteral("language") + QLatin1String(objectSuffix(language)));
            choice->setChecked(language == current);
            layout->addWidget(choice);
            m_choices.insert(language, choice);
        }
        layout->addStretch(1);
    }
    bool validatePage() override
    {
        for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
            if (it.value()->isChecked()) {
                m_wizard->edit().language = it.key();
            }
        }
        m_wizard->applyLanguage(m_wizard->result().language);
        return true;
    }

private:
    // Object names tests and screenshots find the buttons by ("languageKorean", ...).
    static const char* objectSuffix(const QString& language)
    {
        if (language == QLatin1String("ko")) {
            return "Korean";
        }
        if (language == QLatin1String("de")) {
            return "German";
        }
        if (language == QLatin1String("it")) {
            return "Italian";
        }
        return "English";
    }

    QMap<QString, QRadioButton*> m_choices;
};

class VenuePageImpl : public WizardPage
{
public:
    using WizardPage::WizardPage;
    void build(QWidget* body) override
    {
        setTitle(FirstRunWizard::tr("Your venue"));
        setSubTitle(FirstRunWizard::tr("Reports for inspectors print these details."));
        auto* layout = new QVBoxLayout(body);
        m_form = new VenueForm(m_wizard->result().venue, body);
        m_problem = problemLabel(body);
        layout->addWidget(m_form);
        layout->addWidget(m_problem);
        QObject::connect(m_form, &VenueForm::changed, this, [this] { m_problem->clear(); });
    }
    bool validatePage() override
    {
        const QString problem = m_form->problem();
        m_problem->setText(problem);
        if (problem.isEmpty()) {
            m_wizard->edit().venue = m_form->venue();
        }
        return problem.isEmpty();
    }

private:
    VenueForm* m_form = nullptr;
    QLabel* m_problem = nullptr;
};

class PinPageImpl : public WizardPage
{
public:
    using WizardPage::WizardPage;
    void build(QWidget* body) override
    {
        setTitle(FirstRunWizard::tr("Owner PIN"));
        setSubTitle(FirstRunWizard::tr("The PIN guards the visitor log, exports and settings. Staff at the counter do not need it."));
        auto* form = new QFormLayout(body);
        m_hasPin = false;
        if (auto log = log::VisitLog::open(m_wizard->logPath(), m_wizard->clock(), {})) {
            auth::OwnerGate gate((*log)->database(), m_wizard->clock());
            m_hasPin = gate.hasPin();
        }
        if (m_hasPin) {
            form->addRow(wrapped(FirstRunWizard::tr("An owner PIN is already set. Leave the fields empty to keep it."), body));
        }
        m_pin = new QLineEdit(body);
        m_pin->setObjectName(QStringLiteral("wizardPin"));
        m_pin->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(body);
        m_repeat->setObjectName(QStringLiteral("wizardPinRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(FirstRunWizard::tr("PIN (at least 6 characters)"), m_pin);
        form->addRow(FirstRunWizard::tr("Again"), m_repeat);
        m_problem = problemLabel(body);
        form->addRow(m_problem);
    }
    bool validatePage() override
    {
        if (m_hasPin && m_pin->text().isEmpty() && m_repeat->text().isEmpty()) {
            return true;
        }
        if (m_pin->text() != m_repeat->text()) {
            m_problem->setText(FirstRunWizard::tr("The two PINs differ."));
            return false;
        }
        auto log = log::VisitLog::open(m_wizard->logPath(), m_wizard->clock(), {});
        if (!log) {
            m_problem->setText(FirstRunWizard::tr("The visitor log cannot be opened: %1").arg(log.error().message));
            return false;
        }
        auth::OwnerGate gate((*log)->database(), m_wizard->clock());
        const Status set = gate.setPin(m_pin->text());
        if (!set) {
            m_problem->setText(set.error().code == QLatin1String("auth.weak") ? FirstRunWizard::tr("The PIN needs at least 6 characters.")
                                                                               : set.error().message);
            return false;
        }
        m_hasPin = true;
        return true;
    }

private:
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
    bool m_hasPin = false;
};

class PolicyPageImpl : public WizardPage
{
public:
    using WizardPage::WizardPage;
    void build(QWidget* body) override
    {
        setTitle(FirstRunWizard::tr("Policy"));
        setSubTitle(FirstRunWizard::tr("What the counter accepts. You can change it later in the Owner menu."));
        auto* layout = new QVBoxLayout(body);
        m_policy = new QComboBox(body);
        m_policy->setObjectName(QStringLiteral("wizardPolicy"));
        m_policies = rules::Policy::available(AppSettings::policyDir());
        for (const auto& p : m_policies) {
            m_policy->addItem(p.displayName(m_wizard->result().language), p.id);
        }
        m_policy->setCurrentIndex(std::max(0, m_policy->findData(m_wizard->result().policy)));
        layout->addWidget(m_policy);
        m_description = wrapped(QString(), body);
        layout->addWidget(m_description);
        const auto describe = [this] {
            const auto p = rules::Policy::find(m_policies, m_policy->currentData().toString());
            m_description->setText(p.description.isEmpty() ? FirstRunWizard::tr("A genuine, current certificate admits.") : p.description);
        };
        QObject::connect(m_policy, &QComboBox::currentIndexChanged, this, describe);
        describe();
        m_checkId = new QCheckBox(FirstRunWizard::tr("Also ask staff to compare every certificate with an ID card"), body);
        m_checkId->setObjectName(QStringLiteral("wizardCheckId"));
        m_checkId->setChecked(m_wizard->result().alwaysCheckId);
        layout->addWidget(m_checkId);
        layout->addStretch(1);
    }
    bool validatePage() override
    {
        m_wizard->edit().policy = m_policy->currentData().toString();
        m_wizard->edit().alwaysCheckId = m_checkId->isChecked();
        return true;
    }

private:
    QList<rules::Policy> m_policies;
    QComboBox* m_policy = nullptr;
    QLabel* m_description = nullptr;
    QCheckBox* m_checkId = nullptr;
};

class TrustPageImpl : public WizardPage
{
public:
    using WizardPage::WizardPage;
    void build(QWidget* body) override
    {
        setTitle(FirstRunWizard::tr("Trust list"));
        setSubTitle(FirstRunWizard::tr("PassDesk checks signatures against the keys of trusted issuers. Without a trust list, every "
                                       "certificate shows UNKNOWN ISSUER."));
        auto* layout = new QVBoxLayout(body);
        const AppSettings& s = m_wizard->result();
        m_demo = new QRadioButton(FirstRunWizard::tr("Use the demo set (TEST ONLY: for trying PassDesk with the demo footage)"), body);
        m_demo->setObjectName(QStringLiteral("trustDemo"));
        m_file = new QRadioButton(FirstRunWizard::tr("Import a file"), body);
        m_file->setObjectName(QStringLiteral("trustFile"));
        m_url = new QRadioButton(FirstRunWizard::tr("Fetch from an address (HTTPS), checked before use"), body);
        m_url->setObjectName(QStringLiteral("trustUrlChoice"));
        m_path = new QLineEdit(s.trustPath, body);
        m_path->setObjectName(QStringLiteral("wizardTrustPath"));
        auto* browse = new QPushButton(FirstRunWizard::tr("&Browse..."), body);
        m_address = new QLineEdit(s.trustUrl, body);
        m_address->setObjectName(QStringLiteral("wizardTrustUrl"));
        m_address->setPlaceholderText(QStringLiteral("https://"));
        (s.trustUrl.isEmpty() ? (s.trustPath.isEmpty() ? m_demo : m_file) : m_url)->setChecked(true);
        layout->addWidget(m_demo);
        layout->addWidget(m_file);
        auto* row = new QHBoxLayout;
        row->addSpacing(24);
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        layout->addLayout(row);
        layout->addWidget(m_url);
        auto* row2 = new QHBoxLayout;
        row2->addSpacing(24);
        row2->addWidget(m_address, 1);
        layout->addLayout(row2);
        m_problem = problemLabel(body);
        layout->addWidget(m_problem);
        layout->addStretch(1);
        QObject::connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(this, FirstRunWizard::tr("Trust list"), m_path->text());
            if (!file.isEmpty()) {
                m_path->setText(file);
                m_file->setChecked(true);
            }
        });
    }
    bool validatePage() override
    {
        AppSettings& s = m_wizard->edit();
        m_problem->clear();
        if (m_file->isChecked()) {
            trust::TrustStore probe;
            auto imported = probe.importPath(m_path->text().trimmed());
            if (!imported) {
                m_problem->setText(FirstRunWizard::tr("This file cannot be used: %1").arg(imported.error().message));
                return false;
            }
            s.trustPath = m_path->text().trimmed();
            s.trustUrl.clear();
        } else if (m_url->isChecked()) {
            const QUrl url(m_address->text().trimmed());
            if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
                m_problem->setText(FirstRunWizard::tr("The address must start with https://"));
                return false;
            }
            s.trustUrl = url.toString();
            s.trustPath.clear();
        } else {
            s.trustPath.clear();
            s.trustUrl.clear();
        }
        return true;
    }

private:
    QRadioButton* m_demo = nullptr;
    QRadioButton* m_file = nullptr;
    QRadioButton* m_url = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_problem = nullptr;
};

/// A live preview of the chosen camera (or the demo footage) and the verdict of the first code read.
class CameraPageImpl : public WizardPage
{
public:
    using WizardPage::WizardPage;
    ~CameraPageImpl() override { stop(); }
    void build(QWidget* body) override
    {
        stop();
        setTitle(FirstRunWizard::tr("Camera test"));
        setSubTitle(FirstRunWizard::tr("Hold a certificate's QR code to the camera. The first code read is checked here; nothing is logged."));
        auto* layout = new QVBoxLayout(body);
        auto* row = new QHBoxLayout;
        m_source = new QComboBox(body);
        m_source->setObjectName(QStringLiteral("wizardCamera"));
        for (const QString& s : SettingsDialog::availableSources(m_wizard->result().source)) {
            m_source->addItem(SettingsDialog::sourceLabel(s), s);
        }
        m_source->setCurrentIndex(std::max(0, m_source->findData(m_wizard->result().source)));
        auto* test = new QPushButton(FirstRunWizard::tr("&Test scan"), body);
        test->setObjectName(QStringLiteral("wizardTestScan"));
        row->addWidget(new QLabel(FirstRunWizard::tr("Camera"), body));
        row->addWidget(m_source, 1);
        row->addWidget(test);
        layout->addLayout(row);
        m_view = new CameraView(body);
        m_view->setMinimumSize(480, 270);
        layout->addWidget(m_view, 1);
        m_result = new QLabel(FirstRunWizard::tr("Press Test scan."), body);
        m_result->setObjectName(QStringLiteral("wizardScanResult"));
        QFont f = m_result->font();
        f.setPointSize(f.pointSize() + 4);
        f.setBold(true);
        m_result->setFont(f);
        layout->addWidget(m_result);
        QObject::connect(test, &QPushButton::clicked, this, [this] { start(); });
    }
    bool validatePage() override
    {
        stop();
        const QString chosen = m_source->currentData().toString();
        // The demo footage is what the counter uses anyway when there is no camera: keep "automatic".
        m_wizard->edit().source = chosen == QLatin1String("demo") ? QString() : chosen;
        return true;
    }
    void cleanupPage() override { stop(); }

private:
    void start()
    {
        stop();
        const AppSettings& s = m_wizard->result();
        const QString spec = m_source->currentData().toString();
        QString error;
        auto source = scan::FrameSource::create(spec, m_wizard->demoDir() + QStringLiteral("/footage"), &error);
        if (!source) {
            m_result->setText(error);
            return;
        }
        auto store = std::make_shared<trust::TrustStore>();
        const QString trustPath = s.trustPath.isEmpty() ? m_wizard->demoDir() + QStringLiteral("/trust-list.json") : s.trustPath;
        (void)store->importPath(trustPath);
        m_result->setText(FirstRunWizard::tr("Looking for a QR code..."));
        m_worker = new ScanWorker(std::move(source), store, m_wizard->clock());
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        QObject::connect(m_worker, &ScanWorker::previewReady, m_view, &CameraView::showFrame);
        QObject::connect(m_worker, &ScanWorker::outcomeReady, this, [this](const counter::ScanOutcome& outcome) {
            const auto& c = outcome.verification.credential;
            const QString name = outcome.verification.holderVerified() ? c.holder.displayName() : FirstRunWizard::tr("name not verified");
            m_result->setText(FirstRunWizard::tr("Read: %1 - %2").arg(verdictName(outcome.verdict.kind), name));
        });
        m_thread.start();
        QMetaObject::invokeMethod(m_worker, &ScanWorker::start, Qt::QueuedConnection);
    }
    void stop()
    {
        if (m_worker != nullptr) {
            QMetaObject::invokeMethod(m_worker, &ScanWorker::stop, Qt::BlockingQueuedConnection);
            m_thread.quit();
            m_thread.wait();
            m_worker = nullptr;
        }
    }

    QComboBox* m_source = nullptr;
    CameraView* m_view = nullptr;
    QLabel* m_result = nullptr;
    QThread m_thread;
    ScanWorker* m_worker = nullptr;
};

class PrivacyPageImpl : public WizardPage
{
public:
    using WizardPage::WizardPage;
    void build(QWidget* body) override
    {
        setTitle(FirstRunWizard::tr("Privacy"));
        setSubTitle(FirstRunWizard::tr("What the visitor log keeps, and for how long."));
        auto* layout = new QVBoxLayout(body);
        m_form = new PrivacyForm(m_wizard->result().contactLogging, m_wizard->result().retentionDays, body);
        layout->addWidget(m_form);
    }
    bool validatePage() override
    {
        m_wizard->edit().contactLogging = m_form->contactLogging();
        m_wizard->edit().retentionDays = m_form->retentionDays();
        return true;
    }

private:
    PrivacyForm* m_form = nullptr;
};

class DonePageImpl : public WizardPage
{
public:
    using WizardPage::WizardPage;
    void build(QWidget* body) override
    {
        setTitle(FirstRunWizard::tr("Ready"));
        const AppSettings& s = m_wizard->result();
        auto* layout = new QVBoxLayout(body);
        const QString trust = !s.trustUrl.isEmpty() ? s.trustUrl : !s.trustPath.isEmpty() ? s.trustPath : FirstRunWizard::tr("demo set (TEST ONLY)");
        layout->addWidget(wrapped(FirstRunWizard::tr("PassDesk is set up for %1.\n\nTrust list: %2\nVisits kept for %3 days; names %4.\n\n"
                                                     "Run this set-up again from the Owner menu.")
                                      .arg(s.venue.name, trust)
                                      .arg(s.retentionDays)
                                      .arg(s.contactLogging ? FirstRunWizard::tr("logged") : FirstRunWizard::tr("not logged")),
                                  body));
        layout->addStretch(1);
    }
};

} // namespace

FirstRunWizard::FirstRunWizard(const AppSettings& initial, QString logPath, QString demoDir, const Clock& clock, QWidget* parent)
    : QWizard(parent), m_settings(initial), m_logPath(std::move(logPath)), m_demoDir(std::move(demoDir)), m_clock(clock)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(QStringLiteral("PassDesk"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(760, 600);
    setPage(LanguagePage, new LanguagePageImpl(this));
    setPage(VenuePage, new VenuePageImpl(this));
    setPage(PinPage, new PinPageImpl(this));
    setPage(PolicyPage, new PolicyPageImpl(this));
    setPage(TrustPage, new TrustPageImpl(this));
    setPage(CameraPage, new CameraPageImpl(this));
    setPage(PrivacyPage, new PrivacyPageImpl(this));
    setPage(DonePage, new DonePageImpl(this));
    connect(this, &QWizard::accepted, this, [this] { m_settings.firstRunDone = true; });
    applyLanguage(m_settings.language);
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::applyLanguage(const QString& language)
{
    m_uiLanguage.install(language);
    // QWizard sets its button texts once, so they would not follow a language chosen on the first page;
    // they are named here, from our catalogue, each time the language changes.
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace passdesk::ui
