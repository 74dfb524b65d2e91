#include "VerdictSound.h"

#include <QUrl>

namespace passdesk::ui {

namespace {
const char* const kNames[] = {"valid", "check-id", "invalid", "other"};

QUrl promptUrl(const QString& language, size_t index)
{
    return QUrl(QStringLiteral("qrc:/passdesk/sounds/prompt-%1-%2.wav").arg(language, QLatin1String(kNames[index])));
}
} // namespace

VerdictSound::VerdictSound(QObject* parent) : QObject(parent)
{
    for (size_t i = 0; i < m_effects.size(); ++i) {
        m_effects[i] = new QSoundEffect(this);
        m_effects[i]->setSource(QUrl(QStringLiteral("qrc:/passdesk/sounds/%1.wav").arg(QLatin1String(kNames[i]))));
        m_effects[i]->setVolume(0.8f);
        // The spoken prompt follows the sound, never over it.
        connect(m_effects[i], &QSoundEffect::playingChanged, this, [this, i] {
            if (!m_effects[i]->isPlaying() && m_pending != nullptr) {
                QSoundEffect* prompt = m_pending;
                m_pending = nullptr;
                prompt->play();
            }
        });
        m_prompts[i] = new QSoundEffect(this);
        m_prompts[i]->setVolume(1.0f);
    }
    setLanguage(m_language);
}

size_t VerdictSound::indexOf(rules::VerdictKind kind)
{
    switch (kind) {
    case rules::VerdictKind::Valid: return 0;
    case rules::VerdictKind::CheckId: return 1;
    case rules::VerdictKind::Invalid: return 2;
    case rules::VerdictKind::UnknownIssuer:
    case rules::VerdictKind::Unreadable: return 3;
    }
    return 3;
}

QStringList VerdictSound::promptLanguages()
{
    return {QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("it")};
}

QUrl VerdictSound::promptSource(rules::VerdictKind kind) const
{
    return promptUrl(m_language, indexOf(kind));
}

void VerdictSound::setLanguage(const QString& language)
{
    // Prompts are recorded in the four counter languages ("de_DE" and "de" name the same ones); any
    // other language hears English.
    const QString lang = language.left(2).toLower();
    m_language = promptLanguages().contains(lang) ? lang : QStringLiteral("en");
    for (size_t i = 0; i < m_prompts.size(); ++i) {
        m_prompts[i]->setSource(promptUrl(m_language, i));
    }
}

void VerdictSound::play(rules::VerdictKind kind)
{
    if (!m_enabled) {
        return;
    }
    const size_t i = indexOf(kind);
    m_pending = m_spoken ? m_prompts[i] : nullptr;
    m_effects[i]->play();
}

} // namespace passdesk::ui
