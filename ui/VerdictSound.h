#pragma once

#include "rules/Verdict.h"

#include <QObject>
#include <QSoundEffect>
#include <QStringList>

#include <array>

namespace passdesk::ui {

/// A distinct sound per verdict (resources/sounds, made by make-sounds.py), so staff hear the result
/// without looking: two rising notes for valid, three for check ID, a low buzz for invalid, one note
/// otherwise. With spoken prompts on, the verdict is then said in the counter's language (recorded
/// prompts from make-prompts.sh). QtMultimedia; silent where there is no audio device.
class VerdictSound : public QObject
{
    Q_OBJECT
public:
    explicit VerdictSound(QObject* parent = nullptr);

    void play(rules::VerdictKind kind);
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void setSpoken(bool spoken) { m_spoken = spoken; }
    bool isSpoken() const { return m_spoken; }
    /// The counter's language; prompts exist in "ko", "en", "de" and "it", any other language hears
    /// English.
    void setLanguage(const QString& language);
    /// The languages prompts are recorded in (resources/sounds/prompt-<lang>-<verdict>.wav).
    static QStringList promptLanguages();
    /// The language the prompts are played in now.
    QString language() const { return m_language; }

    /// The prompt that follows the current sound (tests), or null.
    const QSoundEffect* pendingPrompt() const { return m_pending; }
    /// The resource each verdict's prompt plays in the current language.
    QUrl promptSource(rules::VerdictKind kind) const;

private:
    static size_t indexOf(rules::VerdictKind kind);

    std::array<QSoundEffect*, 4> m_effects{};
    std::array<QSoundEffect*, 4> m_prompts{};
    QSoundEffect* m_pending = nullptr;
    QString m_language = QStringLiteral("ko");
    bool m_enabled = true;
    bool m_spoken = false;
};

} // namespace passdesk::ui
