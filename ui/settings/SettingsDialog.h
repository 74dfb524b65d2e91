#pragma once

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace passdesk::ui {

class PrivacyForm;
class VenueForm;

/// The owner's settings (behind the PIN): counter (camera, serial scanner, verdict timeout, sounds,
/// spoken prompts, high contrast), staff, the visitor log's privacy, the venue, and the trust list.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);

    /// The settings as edited (everything not on the dialog is kept from the original).
    AppSettings settings() const;

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* cameraField() const { return m_camera; }
    QComboBox* policyField() const { return m_policy; }
    QSpinBox* minorsField() const { return m_minors; }
    QComboBox* serialField() const { return m_serial; }
    QSpinBox* timeoutField() const { return m_timeout; }
    QCheckBox* highContrastField() const { return m_highContrast; }
    QCheckBox* kioskField() const { return m_kiosk; }
    QCheckBox* spokenField() const { return m_spoken; }
    QListWidget* staffList() const { return m_staff; }
    PrivacyForm* privacyForm() const { return m_privacy; }
    VenueForm* venueForm() const { return m_venue; }

    /// Cameras PassDesk can open (camera:N) plus the demo footage, for the camera list.
    static QStringList availableSources(const QString& current);
    /// What the camera picker shows for a source: the device's name for a camera, not its index.
    static QString sourceLabel(const QString& spec);

private:
    QWidget* counterTab();
    QWidget* staffTab();
    QWidget* trustTab();
    void validate();

    AppSettings m_original;
    QTabWidget* m_tabs;
    QComboBox* m_policy = nullptr;
    QSpinBox* m_minors = nullptr;
    QComboBox* m_camera = nullptr;
    QComboBox* m_serial = nullptr;
    QSpinBox* m_timeout = nullptr;
    QCheckBox* m_sound = nullptr;
    QCheckBox* m_spoken = nullptr;
    QCheckBox* m_highContrast = nullptr;
    QCheckBox* m_kiosk = nullptr;
    QCheckBox* m_checkId = nullptr;
    QSpinBox* m_reuse = nullptr;
    QSpinBox* m_noDecode = nullptr;
    QListWidget* m_staff = nullptr;
    QLineEdit* m_trustPath = nullptr;
    QLineEdit* m_trustUrl = nullptr;
    QLineEdit* m_trustPin = nullptr;
    QLineEdit* m_trustCa = nullptr;
    PrivacyForm* m_privacy = nullptr;
    VenueForm* m_venue = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace passdesk::ui
