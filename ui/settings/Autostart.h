#pragma once

#include <QString>

namespace passdesk::ui {

/// The counter PC's kiosk start: an XDG autostart entry (`$XDG_CONFIG_HOME/autostart`, the user's own
/// folder, so no root is needed) that starts `passdesk --kiosk` full screen when this user logs in.
class Autostart
{
public:
    /// Where the entry lives for the current user.
    static QString entryPath();
    /// True when the entry exists and starts PassDesk.
    static bool isEnabled();
    /// Writes the entry (enabled) or removes it; false with `error` when the folder cannot be written.
    static bool apply(bool enabled, QString* error = nullptr);
};

} // namespace passdesk::ui
