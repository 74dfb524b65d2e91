#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

namespace passdesk::scan {

/// Recovers what a keyboard-wedge scanner typed when the OS mapped its key codes with another layout or
/// input method. A scanner sends the key codes of the US layout; the text that arrives is what the active
/// layout makes of them. Recovery covers:
/// - Korean 2-set (dubeolsik) in Hangul mode: composed syllables and lone jamo decompose into jamo and map
///   back to keys. Shift+letter gives a distinct jamo only for Q W E R T O P, so case is lost for other
///   letters; the HC1 candidate is upper-cased (Base45 has no lower case), the other keeps key case
///   (`shc:/` is lower case and then digits only).
/// - German QWERTZ (xkb `de`): Y/Z swapped, US `:` `/` `-` `*` arrive as `Ö` `-` `ß` `(`; US `+` is the
///   dead_grave key. With Qt's compose input context the dead key's press never reaches the application,
///   its release does: the caller marks that release with deadGraveMark() in the text. The next key then
///   either composes (`+A` arrives as `À`, `+ ` and `++` as `` ` ``) or cancels the dead key and arrives as
///   itself. Without the marks a `+` before a non-composing character is lost and the code cannot be
///   recovered.
/// - French AZERTY (xkb `fr`): A/Q and Z/W swapped, M on the US `;` key, unshifted digits row
///   (`&é"'(-è_çà`), `$ % *` arrive as `4 5 8`, `- . / :` as `) : ! M`.
/// Pure: tables derived from /usr/share/X11/xkb/symbols/{us,latin,de,fr} and the en_US.UTF-8 Compose table.
class KeyboardLayoutRecovery
{
public:
    enum class Layout { Us, German, French, Korean2Set };

    /// Stands in the arrived text where a dead_grave key was released (see class documentation).
    static constexpr QChar deadGraveMark() { return QChar(0xE001); }

    /// The US keystrokes behind `arrived` under `layout` (one or more readings when the layout is
    /// ambiguous; for Korean the keys' own case, e.g. `ㅗㅊ1:` gives `hc1:`).
    static QStringList recover(const QString& arrived, Layout layout);

    /// Readings of `arrived` under identity, German, French and Korean, in that order, without duplicates.
    static QStringList candidates(const QString& arrived);

    /// The reading that is a certificate's text: starts with `HC1:` (and, when several do, the one whose
    /// Base45 payload decodes and inflates) or with `shc:/`. Nothing when no reading does.
    static std::optional<QString> recoverCertificate(const QString& arrived);

    /// True when `text` is `HC1:` + Base45 that decodes and zlib-inflates (a structural check only).
    static bool isWellFormedHc1(const QString& text);
};

} // namespace passdesk::scan
