#include "SettingsDialog.h"

#include "PrivacyForm.h"
#include "VenueForm.h"
#include "rules/Policy.h"
#include "scan/CameraSource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace passdesk::ui {

QStringList SettingsDialog::availableSources(const QString& current)
{
    QStringList sources;
    for (int i = 0; i < 8; ++i) {
        if (scan::CameraSource::present(i)) {
            sources << QStringLiteral("camera:%1").arg(i);
        }
    }
    sources << QStringLiteral("demo");
    if (!current.isEmpty() && !sources.contains(current)) {
        sources.prepend(current); // a camera unplugged right now, or a folder chosen on the command line
    }
    return sources;
}

QString SettingsDialog::sourceLabel(const QString& spec)
{
    if (spec == QLatin1String("demo")) {
        return tr("Demo footage (no camera)");
    }
    if (spec.startsWith(QLatin1String("camera:"))) {
        bool ok = false;
        const int index = spec.mid(7).toInt(&ok);
        if (ok) {
            const QString device = scan::CameraSource::deviceName(index);
            return device.isEmpty() ? tr("Camera %1").arg(index) : tr("%1 (camera %2)").arg(device).arg(index);
        }
    }
    return spec; // a file or folder chosen on the command line
}

SettingsDialog::SettingsDialog(const AppSettings& settings, QWidget* parent) : QDialog(parent), m_original(settings)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    resize(640, 520);
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(counterTab(), tr("&Counter"));
    m_tabs->addTab(staffTab(), tr("S&taff"));
    m_privacy = new PrivacyForm(settings.contactLogging, settings.retentionDays, this);
    m_tabs->addTab(m_privacy, tr("&Visitor log"));
    m_venue = new VenueForm(settings.venue, this);
    m_tabs->addTab(m_venue, tr("V&enue"));
    m_tabs->addTab(trustTab(), tr("T&rust list"));
    layout->addWidget(m_tabs);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_venue, &VenueForm::changed, this, &SettingsDialog::validate);
    validate();
}

QWidget* SettingsDialog::counterTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_policy = new QComboBox(page);
    m_policy->setObjectName(QStringLiteral("policy"));
    for (const auto& p : rules::Policy::available(AppSettings::policyDir())) {
        m_policy->addItem(p.displayName(m_original.language), p.id);
        m_policy->setItemData(m_policy->count() - 1, p.description, Qt::ToolTipRole);
    }
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(m_original.policy)));
    form->addRow(tr("Policy"), m_policy);
    m_minors = new QSpinBox(page);
    m_minors->setObjectName(QStringLiteral("minorsBornFrom"));
    m_minors->setRange(0, 2200);
    m_minors->setSpecialValueText(tr("as the policy says"));
    m_minors->setPrefix(tr("born in or after "));
    m_minors->setValue(m_original.minorsBornFrom);
    form->addRow(tr("Minors exempt"), m_minors);
    m_camera = new QComboBox(page);
    m_camera->setObjectName(QStringLiteral("cameraSource"));
    m_camera->addItem(tr("Automatic (first camera, else the demo)"), QString());
    for (const QString& s : availableSources(m_original.source)) {
        m_camera->addItem(sourceLabel(s), s);
    }
    m_camera->setCurrentIndex(std::max(0, m_camera->findData(m_original.source)));
    form->addRow(tr("Camera"), m_camera);

    m_serial = new QComboBox(page);
    m_serial->setObjectName(QStringLiteral("serialPort"));
    m_serial->addItem(tr("None"), QString());
    for (const QSerialPortInfo& port : QSerialPortInfo::availablePorts()) {
        m_serial->addItem(port.portName() + QStringLiteral(" (") + port.description() + QLatin1Char(')'), port.portName());
    }
    if (!m_original.serialPort.isEmpty() && m_serial->findData(m_original.serialPort) < 0) {
        m_serial->addItem(m_original.serialPort + tr(" (not connected)"), m_original.serialPort);
    }
    m_serial->setCurrentIndex(std::max(0, m_serial->findData(m_original.serialPort)));
    form->addRow(tr("USB serial scanner"), m_serial);

    m_timeout = new QSpinBox(page);
    m_timeout->setObjectName(QStringLiteral("verdictTimeout"));
    m_timeout->setRange(0, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("until the next scan"));
    m_timeout->setValue(m_original.clearAfterSeconds);
    form->addRow(tr("Verdict stays up for"), m_timeout);

    m_sound = new QCheckBox(tr("A sound for each verdict"), page);
    m_sound->setChecked(m_original.sound);
    form->addRow(QString(), m_sound);
    m_spoken = new QCheckBox(tr("Then say the verdict, in the window's language"), page);
    m_spoken->setObjectName(QStringLiteral("spokenPrompts"));
    m_spoken->setChecked(m_original.spokenPrompts);
    form->addRow(QString(), m_spoken);
    m_highContrast = new QCheckBox(tr("High contrast (black background, larger text)"), page);
    m_highContrast->setObjectName(QStringLiteral("highContrast"));
    m_highContrast->setChecked(m_original.highContrast);
    form->addRow(QString(), m_highContrast);
    m_kiosk = new QCheckBox(tr("Start PassDesk full screen when this computer's user logs in (counter PC)"), page);
    m_kiosk->setObjectName(QStringLiteral("kiosk"));
    m_kiosk->setChecked(m_original.kiosk);
    form->addRow(QString(), m_kiosk);
    m_checkId = new QCheckBox(tr("Ask staff to check ID for every valid certificate"), page);
    m_checkId->setChecked(m_original.alwaysCheckId);
    form->addRow(QString(), m_checkId);

    m_reuse = new QSpinBox(page);
    m_reuse->setRange(0, 7 * 24 * 60);
    m_reuse->setSuffix(tr(" min"));
    m_reuse->setSpecialValueText(tr("off"));
    m_reuse->setValue(m_original.reuseWindowMinutes);
    form->addRow(tr("Same certificate again within"), m_reuse);
    m_noDecode = new QSpinBox(page);
    m_noDecode->setRange(1, 24 * 60);
    m_noDecode->setSuffix(tr(" min"));
    m_noDecode->setValue(m_original.noDecodeMinutes);
    form->addRow(tr("Record \"camera reads nothing\" after"), m_noDecode);
    return page;
}

QWidget* SettingsDialog::staffTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Staff sign in at the counter (Counter menu, Ctrl+I); each visit is logged with their name."), page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_staff = new QListWidget(page);
    m_staff->setObjectName(QStringLiteral("staffList"));
    m_staff->addItems(m_original.staff);
    layout->addWidget(m_staff);
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add..."), page);
    auto* remove = new QPushButton(tr("&Remove"), page);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Add staff"), tr("Name:")).trimmed();
        if (!name.isEmpty() && m_staff->findItems(name, Qt::MatchExactly).isEmpty()) {
            m_staff->addItem(name);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_staff->currentItem(); });
    return page;
}

QWidget* SettingsDialog::trustTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    auto* row = new QHBoxLayout;
    m_trustPath = new QLineEdit(m_original.trustPath, page);
    m_trustPath->setObjectName(QStringLiteral("trustPath"));
    m_trustPath->setPlaceholderText(tr("none: the demo set with the demo footage"));
    auto* browse = new QPushButton(tr("&Browse..."), page);
    row->addWidget(m_trustPath, 1);
    row->addWidget(browse);
    form->addRow(tr("Trust list file"), row);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Trust list"), m_trustPath->text(),
                                                          tr("Trust lists (*.json *.pem *.der *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_trustPath->setText(file);
        }
    });
    m_trustUrl = new QLineEdit(m_original.trustUrl, page);
    m_trustUrl->setObjectName(QStringLiteral("trustUrl"));
    m_trustUrl->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("Update from (HTTPS)"), m_trustUrl);
    m_trustPin = new QLineEdit(m_original.trustPinPath, page);
    m_trustPin->setObjectName(QStringLiteral("trustPin"));
    m_trustPin->setPlaceholderText(tr("the list signer's public key or certificate (PEM)"));
    form->addRow(tr("Pinned signing key"), m_trustPin);
    m_trustCa = new QLineEdit(m_original.trustCaPath, page);
    m_trustCa->setObjectName(QStringLiteral("trustCa"));
    m_trustCa->setPlaceholderText(tr("only for a server with its own certificate authority"));
    form->addRow(tr("Server CA (PEM)"), m_trustCa);
    connect(m_trustUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    auto* note = new QLabel(tr("A new trust list file applies the next time PassDesk starts; the address is fetched at once and "
                               "every 6 hours. Updates are checked before use; a bad download never replaces a good list."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

void SettingsDialog::validate()
{
    QString problem = m_venue->problem(false); // the first-run wizard asks for the name
    const QString url = m_trustUrl->text().trimmed();
    if (problem.isEmpty() && !url.isEmpty() && QUrl(url).scheme() != QLatin1String("https")) {
        problem = tr("The trust list address must start with https://");
    }
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_original;
    s.policy = m_policy->currentData().toString();
    s.minorsBornFrom = m_minors->value();
    s.source = m_camera->currentData().toString();
    s.serialPort = m_serial->currentData().toString();
    s.clearAfterSeconds = m_timeout->value();
    s.sound = m_sound->isChecked();
    s.spokenPrompts = m_spoken->isChecked();
    s.highContrast = m_highContrast->isChecked();
    s.kiosk = m_kiosk->isChecked();
    s.alwaysCheckId = m_checkId->isChecked();
    s.reuseWindowMinutes = m_reuse->value();
    s.noDecodeMinutes = m_noDecode->value();
    s.staff.clear();
    for (int i = 0; i < m_staff->count(); ++i) {
        s.staff << m_staff->item(i)->text();
    }
    s.contactLogging = m_privacy->contactLogging();
    s.retentionDays = m_privacy->retentionDays();
    s.venue = m_venue->venue();
    s.trustPath = m_trustPath->text().trimmed();
    s.trustUrl = m_trustUrl->text().trimmed();
    s.trustPinPath = m_trustPin->text().trimmed();
    s.trustCaPath = m_trustCa->text().trimmed();
    s.normalise();
    return s;
}

} // namespace passdesk::ui
