#pragma once

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace passdesk::ui {

/// Retention and contact logging, each explained in plain words (settings dialog and first-run wizard).
class PrivacyForm : public QWidget
{
    Q_OBJECT
public:
    PrivacyForm(bool contactLogging, int retentionDays, QWidget* parent = nullptr);
    bool contactLogging() const;
    int retentionDays() const;
    QCheckBox* contactField() const { return m_contact; }
    QSpinBox* retentionField() const { return m_retention; }

private:
    QCheckBox* m_contact;
    QSpinBox* m_retention;
};

} // namespace passdesk::ui
