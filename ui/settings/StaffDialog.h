#pragma once

#include <QDialog>

class QComboBox;

namespace passdesk::ui {

/// Who is at the counter: pick a name from the staff list or type a new one. Every visit logged
/// afterwards carries it, so the owner can see who checked whom.
class StaffDialog : public QDialog
{
    Q_OBJECT
public:
    StaffDialog(const QStringList& staff, const QString& current, QWidget* parent = nullptr);
    /// The chosen name, trimmed; empty means "nobody signed in".
    QString selected() const;
    QComboBox* nameField() const { return m_name; }

private:
    QComboBox* m_name;
};

} // namespace passdesk::ui
