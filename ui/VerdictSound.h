#pragma once

#include "rules/Verdict.h"

#include <QObject>
#include <QSoundEffect>

#include <array>

namespace passdesk::ui {

/// A distinct sound per verdict (resources/sounds, made by make-sounds.py), so staff hear the result
/// without looking: two rising notes for valid, three for check ID, a low buzz for invalid, one note
/// otherwise. QtMultimedia; silent where there is no audio device.
class VerdictSound : public QObject
{
    Q_OBJECT
public:
    explicit VerdictSound(QObject* parent = nullptr);

    void play(rules::VerdictKind kind);
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

private:
    std::array<QSoundEffect*, 4> m_effects{};
    bool m_enabled = true;
};

} // namespace passdesk::ui
