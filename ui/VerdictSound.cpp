#include "VerdictSound.h"

#include <QUrl>

namespace passdesk::ui {

VerdictSound::VerdictSound(QObject* parent) : QObject(parent)
{
    const char* files[] = {"valid", "check-id", "invalid", "other"};
    for (size_t i = 0; i < m_effects.size(); ++i) {
        m_effects[i] = new QSoundEffect(this);
        m_effects[i]->setSource(QUrl(QStringLiteral("qrc:/passdesk/sounds/%1.wav").arg(QLatin1String(files[i]))));
        m_effects[i]->setVolume(0.8f);
    }
}

void VerdictSound::play(rules::VerdictKind kind)
{
    if (!m_enabled) {
        return;
    }
    size_t i = 3;
    switch (kind) {
    case rules::VerdictKind::Valid: i = 0; break;
    case rules::VerdictKind::CheckId: i = 1; break;
    case rules::VerdictKind::Invalid: i = 2; break;
    case rules::VerdictKind::UnknownIssuer:
    case rules::VerdictKind::Unreadable: i = 3; break;
    }
    m_effects[i]->play();
}

} // namespace passdesk::ui
