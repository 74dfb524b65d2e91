#pragma once

#include "AppSettings.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;

namespace passdesk::ui {

/// The venue's identity as reports print it (settings dialog and first-run wizard).
class VenueForm : public QWidget
{
    Q_OBJECT
public:
    explicit VenueForm(const VenueIdentity& venue, QWidget* parent = nullptr);
    VenueIdentity venue() const;
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

/// The 16 facility categories of the Korean vaccine pass (December 2021): stable id, Korean, English.
struct FacilityType
{
    const char* id;
    const char* korean;
    const char* english;
};
const std::vector<FacilityType>& facilityTypes();

} // namespace passdesk::ui
