#pragma once

#include "counter/ScanPipeline.h"

#include <QFrame>
#include <QLabel>
#include <QTimer>

namespace passdesk::ui {

/// The big verdict, readable from a metre away: green VALID, amber CHECK ID with the name and birth
/// date large (Hangul and Latin) for comparing with an ID card, red INVALID with the reason in plain
/// words, grey UNREADABLE or UNKNOWN ISSUER. Clears itself after a few seconds so the next customer
/// can step up.
class VerdictPanel : public QFrame
{
    Q_OBJECT
public:
    explicit VerdictPanel(QWidget* parent = nullptr);

    void showOutcome(const counter::ScanOutcome& outcome);
    /// Back to the idle prompt.
    void clear();
    /// Seconds a verdict stays up (0: until the next scan).
    void setClearAfter(int seconds);
    int clearAfter() const { return m_clearAfterSeconds; }
    /// Black background, saturated colours, a thick border and text a quarter larger.
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }
    /// "ko", "en", "de" or "it", for reason texts from the catalogue.
    void setLanguage(const QString& language);

    /// The verdict on display, or Unreadable with isIdle() when idle (tests and accessibility).
    rules::VerdictKind kind() const { return m_kind; }
    bool isIdle() const { return m_idle; }
    QString headline() const;
    QString holderText() const;
    QString reasonText() const;

Q_SIGNALS:
    void cleared();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();
    void fitHeadline();

    QLabel* m_headline;
    QLabel* m_name;
    QLabel* m_latin;
    QLabel* m_birth;
    QLabel* m_reason;
    QLabel* m_detail;
    QTimer m_clearTimer;
    int m_clearAfterSeconds = 5;
    QString m_language = QStringLiteral("ko");
    bool m_idle = true;
    bool m_highContrast = false;
    rules::VerdictKind m_kind = rules::VerdictKind::Unreadable;
    std::optional<counter::ScanOutcome> m_outcome;
};

} // namespace passdesk::ui
