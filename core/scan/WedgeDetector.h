#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace passdesk::scan {

/// Tells a keyboard-wedge barcode scanner from a person at the keyboard. A scanner "types" the QR
/// text far faster than anyone can (a few milliseconds per character) and ends with Enter; a person
/// typing the same characters into a form leaves tens to hundreds of milliseconds between keys.
/// A busy machine may still stall a scanner's burst now and then (a key delivered 60 ms late), so a
/// burst is judged by its pauses as a whole: at most one pause longer than `maxGapMs` per
/// `charsPerPause` characters, none longer than `maxStallMs`. A person never comes close: nearly
/// every one of their gaps is such a pause.
/// Pure logic over timestamps, so the GUI's event filter and tests share it.
class WedgeDetector
{
public:
    struct Options
    {
        int maxGapMs = 40;     ///< Longest usual pause between two scanner keystrokes.
        int maxStallMs = 400;  ///< Longest pause inside a burst at all; a longer one starts afresh.
        int charsPerPause = 20; ///< A burst may hold one pause over maxGapMs per this many characters.
        int minLength = 16;    ///< Shorter bursts are keyboard shortcuts or typing.
        int maxLength = 8192;  ///< A longer burst is noise; it is dropped.
    };

    WedgeDetector() = default;
    explicit WedgeDetector(Options options) : m_options(options) {}

    /// One printable character typed at `ms` (a monotonic millisecond clock).
    void key(QChar c, qint64 ms);
    /// Text an input method committed at `ms` in one event (Hangul syllables, a composed character):
    /// part of the burst like keys, timed as one keystroke.
    void commit(const QString& text, qint64 ms);
    /// Enter pressed at `ms`: the burst's text if it came from a scanner and starts like a
    /// certificate (HC1: or shc:/), otherwise nothing. A burst that arrived through another layout or
    /// input method (Korean 2-set, German, French) is returned as the keys the scanner sent
    /// (KeyboardLayoutRecovery). Either way the buffer starts afresh.
    std::optional<QString> enter(qint64 ms);
    /// The text as it arrived for the burst enter() last returned (what landed in a field).
    const QString& lastArrived() const { return m_lastArrived; }
    /// True while the characters typed so far could still be a scanner burst.
    bool inBurst(qint64 ms) const;
    /// True when what was typed so far is too fast and too long for a person: a scanner, whatever it
    /// sends. Callers that must not let a scanner type into a field (a PIN) drop such input.
    bool scannerLike(qint64 ms) const;
    /// scannerLike() at the last key, whatever the time now.
    bool looksScanned() const;
    /// True when a key at `ms` would follow the last one at a scanner's pace (within maxGapMs), in a
    /// burst under way. A key flagged auto-repeat that does is a scanner's doubled character, not a
    /// key held down (a held key repeats only after the keyboard's repeat delay, far longer).
    bool continues(qint64 ms) const { return !m_text.isEmpty() && ms - m_last <= m_options.maxGapMs; }
    /// True when the last few keys came at a scanner's pace: a pause now may be a stall.
    bool inFastRun() const { return m_fastRun >= 3; }
    /// Characters buffered in the current burst.
    qsizetype pending() const { return m_text.size(); }
    const Options& options() const { return m_options; }
    void reset();

private:
    Options m_options;
    QString m_text;
    QString m_lastArrived;
    qint64 m_last = 0;
    bool m_tooSlow = false;
    std::vector<qsizetype> m_pauses; ///< where a pause over maxGapMs came before the character
    int m_fastRun = 0;               ///< characters since the last such pause
};

} // namespace passdesk::scan
