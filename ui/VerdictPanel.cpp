#include "VerdictPanel.h"

#include "credential/ReasonCatalog.h"
#include "credential/ValueSets.h"

#include <QEvent>
#include <QFontMetrics>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace passdesk::ui {

using rules::VerdictKind;

namespace {
struct Look
{
    const char* background;
    const char* foreground;
};

// High contrast: pure black and saturated colours, for glare on the screen and for low vision.
Look highContrastLookOf(VerdictKind kind, bool idle)
{
    if (idle) {
        return {"#000000", "#ffffff"};
    }
    switch (kind) {
    case VerdictKind::Valid: return {"#00e676", "#000000"};
    case VerdictKind::CheckId: return {"#ffea00", "#000000"};
    case VerdictKind::Invalid: return {"#ff1744", "#000000"};
    case VerdictKind::UnknownIssuer:
    case VerdictKind::Unreadable: return {"#ffffff", "#000000"};
    }
    return {"#000000", "#ffffff"};
}

Look lookOf(VerdictKind kind, bool idle)
{
    if (idle) {
        return {"#263238", "#eceff1"};
    }
    switch (kind) {
    case VerdictKind::Valid: return {"#1b7f3b", "#ffffff"};
    case VerdictKind::CheckId: return {"#f2a900", "#1a1a1a"};
    case VerdictKind::Invalid: return {"#b3261e", "#ffffff"};
    case VerdictKind::UnknownIssuer:
    case VerdictKind::Unreadable: return {"#5f6368", "#ffffff"};
    }
    return {"#263238", "#eceff1"};
}

// The kind of certificate, for the detail line, in the window's language (credential::toString gives
// the identifier the log and the CSV keep).
QString typeText(credential::CertificateType type)
{
    switch (type) {
    case credential::CertificateType::Vaccination: return VerdictPanel::tr("vaccination");
    case credential::CertificateType::Test: return VerdictPanel::tr("test");
    case credential::CertificateType::Recovery: return VerdictPanel::tr("recovery");
    case credential::CertificateType::Unknown: break;
    }
    return {};
}

// What the certificate attests, for the detail line: "코미나티 (화이자) 2/2", "PCR 검사 (핵산증폭): 음성".
QString eventSummary(const credential::Credential& c, const QString& language)
{
    if (c.format != credential::Format::EuDcc || c.events.isEmpty()) {
        return {};
    }
    const auto& sets = credential::ValueSets::shipped();
    const auto& e = c.events.first();
    switch (e.kind) {
    case credential::CertificateType::Vaccination:
        return sets.display(QStringLiteral("vaccines-covid-19-names"), e.product, language) +
               QStringLiteral(" %1/%2").arg(e.doseNumber).arg(e.totalDoses);
    case credential::CertificateType::Test:
        return sets.display(QStringLiteral("covid-19-lab-test-type"), e.testType, language) + QStringLiteral(": ") +
               sets.display(QStringLiteral("covid-19-lab-result"), e.testResult, language);
    case credential::CertificateType::Recovery:
    case credential::CertificateType::Unknown:
        break;
    }
    return {};
}

// The headline's size at the counter (a quarter larger in high contrast), and the least it shrinks to.
constexpr qreal kHeadlinePoints = 54;
constexpr qreal kHeadlineMinimumPoints = 28;

QLabel* makeLabel(QWidget* parent, int pointSize, bool bold, const QString& name)
{
    auto* l = new QLabel(parent);
    QFont f = l->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    l->setFont(f);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    l->setObjectName(name);
    l->setAccessibleName(name);
    l->setTextInteractionFlags(Qt::NoTextInteraction);
    return l;
}
} // namespace

VerdictPanel::VerdictPanel(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictPanel"));
    setAutoFillBackground(true);
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 32, 24, 32);
    layout->addStretch(1);
    m_headline = makeLabel(this, int(kHeadlinePoints), true, QStringLiteral("verdictHeadline"));
    m_name = makeLabel(this, 34, true, QStringLiteral("verdictName"));
    m_latin = makeLabel(this, 20, false, QStringLiteral("verdictLatinName"));
    m_birth = makeLabel(this, 24, false, QStringLiteral("verdictBirthDate"));
    m_reason = makeLabel(this, 20, true, QStringLiteral("verdictReason"));
    m_detail = makeLabel(this, 13, false, QStringLiteral("verdictDetail"));
    layout->addWidget(m_headline);
    layout->addSpacing(16);
    layout->addWidget(m_name);
    layout->addWidget(m_latin);
    layout->addWidget(m_birth);
    layout->addSpacing(16);
    layout->addWidget(m_reason);
    layout->addStretch(1);
    layout->addWidget(m_detail);
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &VerdictPanel::clear);
    render();
}

void VerdictPanel::showOutcome(const counter::ScanOutcome& outcome)
{
    m_outcome = outcome;
    m_kind = outcome.verdict.kind;
    m_idle = false;
    render();
    if (m_clearAfterSeconds > 0) {
        m_clearTimer.start(m_clearAfterSeconds * 1000);
    }
}

void VerdictPanel::clear()
{
    m_clearTimer.stop();
    m_idle = true;
    m_outcome.reset();
    m_kind = VerdictKind::Unreadable;
    render();
    Q_EMIT cleared();
}

void VerdictPanel::setClearAfter(int seconds)
{
    m_clearAfterSeconds = std::max(0, seconds);
}

void VerdictPanel::setHighContrast(bool on)
{
    if (on == m_highContrast) {
        return;
    }
    m_highContrast = on;
    // A quarter larger everywhere: readable from further away.
    for (QLabel* label : {m_name, m_latin, m_birth, m_reason, m_detail}) { // the headline: fitHeadline()
        QFont f = label->font();
        f.setPointSizeF(on ? f.pointSizeF() * 1.25 : f.pointSizeF() / 1.25);
        label->setFont(f);
    }
    render();
}

void VerdictPanel::setLanguage(const QString& language)
{
    m_language = language;
    render();
}

QString VerdictPanel::headline() const
{
    return m_headline->text();
}

QString VerdictPanel::holderText() const
{
    return m_name->text();
}

QString VerdictPanel::reasonText() const
{
    return m_reason->text();
}

void VerdictPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QFrame::changeEvent(event);
}

void VerdictPanel::render()
{
    const Look look = m_highContrast ? highContrastLookOf(m_kind, m_idle) : lookOf(m_kind, m_idle);
    // A white frame sets the panel off the black window in high contrast.
    const QString border = m_highContrast ? QStringLiteral("border: 6px solid #ffffff;") : QString();
    setStyleSheet(QStringLiteral("#verdictPanel { background: %1; border-radius: 12px; %3 } QLabel { color: %2; background: transparent; }")
                      .arg(QLatin1String(look.background), QLatin1String(look.foreground), border));
    if (m_idle || !m_outcome) {
        m_headline->setText(tr("Ready"));
        m_name->setText(tr("Show your QR code to the camera"));
        m_latin->clear();
        m_birth->clear();
        m_reason->clear();
        m_detail->clear();
        setAccessibleName(tr("Verdict: ready for the next customer"));
        fitHeadline();
        return;
    }
    const auto& o = *m_outcome;
    const auto& c = o.verification.credential;
    switch (m_kind) {
    case VerdictKind::Valid: m_headline->setText(tr("VALID")); break;
    case VerdictKind::CheckId: m_headline->setText(tr("CHECK ID")); break;
    case VerdictKind::Invalid: m_headline->setText(tr("INVALID")); break;
    case VerdictKind::UnknownIssuer: m_headline->setText(tr("UNKNOWN ISSUER")); break;
    case VerdictKind::Unreadable: m_headline->setText(tr("UNREADABLE")); break;
    }
    const bool hasHolder = !c.holder.displayName().isEmpty() || !c.holder.dateOfBirth.isEmpty();
    if (o.verification.holderVerified() || !hasHolder) {
        m_name->setText(c.holder.displayName());
        const QString latin = (c.holder.familyNameLatin + QLatin1Char(' ') + c.holder.givenNameLatin).trimmed();
        m_latin->setText(latin == c.holder.displayName() ? QString() : latin);
        m_birth->setText(c.holder.dateOfBirth.isEmpty() ? QString() : tr("Born %1").arg(c.holder.dateOfBirth));
    } else {
        // No name at all rather than a marked one: a name in large letters reads as an identity from a
        // metre away, greyed or not, and invites comparing it with an ID card, which only proves the
        // forger typed the bearer's name. The refusal needs no name; the small line says why it is missing.
        m_name->clear();
        m_latin->setText(tr("Name not shown: not verified (typed by whoever made this code)"));
        m_birth->clear();
    }
    // Valid: what was checked. Otherwise: the first reason, in plain words.
    QString reason;
    const QString first = o.verdict.reasons.value(0);
    if (m_kind == VerdictKind::Valid && first.startsWith(QLatin1String("policy."))) {
        reason = credential::ReasonCatalog::text(first, m_language); // an exemption, or two proofs
    } else if (m_kind == VerdictKind::Valid) {
        reason = tr("Certificate genuine and current");
    } else if (m_kind == VerdictKind::CheckId && o.verdict.reasons.contains(QLatin1String("visit.reused"))) {
        reason = credential::ReasonCatalog::text(QStringLiteral("visit.reused"), m_language) + QLatin1Char(' ') +
                 tr("First admitted at %1.").arg(o.verdict.firstAdmitted.toLocalTime().toString(QStringLiteral("HH:mm")));
    } else if (m_kind == VerdictKind::CheckId && first.startsWith(QLatin1String("policy.")) && first != QLatin1String("policy.check_id")) {
        reason = credential::ReasonCatalog::text(first, m_language); // a second proof to scan, a minor's age
    } else if (m_kind == VerdictKind::CheckId) {
        reason = tr("Compare the name and birth date with an ID card");
    } else if (!o.verdict.reasons.isEmpty()) {
        reason = credential::ReasonCatalog::text(o.verdict.reasons.first(), m_language);
        if (!o.verdict.revokedBy.isEmpty()) {
            reason += QLatin1Char('\n') + tr("Revoked by: %1").arg(o.verdict.revokedBy);
        }
    } else {
        reason = tr("This is not a certificate PassDesk can read");
    }
    m_reason->setText(reason);
    QStringList detail{toString(c.format), typeText(c.type), eventSummary(c, m_language)};
    detail << o.verdict.reasons;
    detail.removeAll(QString());
    m_detail->setText(detail.join(QStringLiteral(" · ")));
    setAccessibleName(m_headline->text() + QStringLiteral(": ") + m_name->text() + QStringLiteral(". ") + reason);
    fitHeadline();
}

void VerdictPanel::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitHeadline();
}

void VerdictPanel::fitHeadline()
{
    // German and Italian headlines have longer words than English ("UNBEKANNTER AUSSTELLER"): rather
    // than be cut off at both edges, the headline gets smaller until its longest word fits the panel.
    const qreal nominal = m_highContrast ? kHeadlinePoints * 1.25 : kHeadlinePoints;
    const QMargins margins = layout()->contentsMargins();
    const int available = contentsRect().width() - margins.left() - margins.right();
    const QStringList words = m_headline->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QFont f = m_headline->font();
    f.setPointSizeF(nominal);
    while (f.pointSizeF() > kHeadlineMinimumPoints) {
        const QFontMetrics metrics(f);
        int widest = 0;
        for (const QString& word : words) {
            widest = std::max(widest, metrics.horizontalAdvance(word));
        }
        if (widest <= available) {
            break;
        }
        f.setPointSizeF(f.pointSizeF() - 2);
    }
    if (f != m_headline->font()) {
        m_headline->setFont(f);
    }
}

} // namespace passdesk::ui
