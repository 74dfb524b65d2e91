#pragma once

#include "AppSettings.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace passdesk::ui {

/// The venue's identity as reports print it (settings dialog and first-run wizard).
class VenueForm : public QWidget
{
    Q_OBJECT
public:
    explicit VenueForm(const report::VenueProfile& venue, QWidget* parent = nullptr);
    report::VenueProfile venue() const;
    /// Plain-words problem with what was entered (empty when fine): the name (when `requireName`) and
    /// a business registration number, when given, of ten digits.
    QString problem(bool requireName = true) const;

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_name;
    QLineEdit* m_registration;
    QComboBox* m_facility;
    QLineEdit* m_address;
    QLineEdit* m_operator;
};

} // namespace passdesk::ui
