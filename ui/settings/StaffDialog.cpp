#include "StaffDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passdesk::ui {

StaffDialog::StaffDialog(const QStringList& staff, const QString& current, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign in staff"));
    setObjectName(QStringLiteral("staffDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Who is at the counter? Every visit from now on is logged with this name."), this));
    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("staffName"));
    m_name->setEditable(true);
    m_name->addItems(staff);
    m_name->setCurrentText(current);
    layout->addWidget(m_name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* signOut = buttons->addButton(tr("Sign &out"), QDialogButtonBox::ResetRole);
    connect(signOut, &QPushButton::clicked, this, [this] {
        m_name->setCurrentText(QString());
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString StaffDialog::selected() const
{
    return m_name->currentText().trimmed();
}

} // namespace passdesk::ui
