#include "scan/KeyboardLayoutRecovery.h"

#include "codec/Base45.h"
#include "codec/Inflate.h"

#include <QHash>

namespace passdesk::scan {

namespace {

constexpr int kMaxReadings = 64; // ambiguous German '`' readings double each time; bounded

// 2-set keys of the 19 initials, 21 medials and 28 finals (index 0: none) of the Unicode syllable block,
// and of the 51 compatibility jamo U+3131..U+3163. Upper case = the Shift form.
const char* const kInitial[19] = {"r", "R", "s", "e", "E", "f", "a", "q", "Q", "t",
                                  "T", "d", "w", "W", "c", "z", "x", "v", "g"};
const char* const kMedial[21] = {"k", "o", "i", "O", "j", "p", "u", "P", "h", "hk", "ho",
                                 "hl", "y", "n", "nj", "np", "nl", "b", "m", "ml", "l"};
const char* const kFinal[28] = {"", "r", "R", "rt", "s", "sw", "sg", "e", "f", "fr", "fa", "fq", "ft", "fx",
                                "fv", "fg", "a", "q", "qt", "t", "T", "d", "w", "c", "z", "x", "v", "g"};
const char* const kCompatConsonant[30] = {"r", "R", "rt", "s", "sw", "sg", "e", "E", "f", "fr",
                                          "fa", "fq", "ft", "fx", "fv", "fg", "a", "q", "Q", "qt",
                                          "t", "T", "d", "w", "W", "c", "z", "x", "v", "g"};
// Conjoining jamo (U+1100 initials, U+1161 medials, U+11A8 finals), which some engines commit for
// incomplete syllables.
constexpr char16_t kSyllableBase = 0xAC00, kSyllableLast = 0xD7A3;

QString korean(const QString& arrived)
{
    QString out;
    out.reserve(arrived.size() * 2);
    for (QChar ch : arrived) {
        const char16_t c = ch.unicode();
        if (c >= kSyllableBase && c <= kSyllableLast) {
            const int s = c - kSyllableBase;
            out += QLatin1String(kInitial[s / 588]);
            out += QLatin1String(kMedial[(s % 588) / 28]);
            out += QLatin1String(kFinal[s % 28]);
        } else if (c >= 0x3131 && c <= 0x314E) {
            out += QLatin1String(kCompatConsonant[c - 0x3131]);
        } else if (c >= 0x314F && c <= 0x3163) {
            out += QLatin1String(kMedial[c - 0x314F]);
        } else if (c >= 0x1100 && c <= 0x1112) {
            out += QLatin1String(kInitial[c - 0x1100]);
        } else if (c >= 0x1161 && c <= 0x1175) {
            out += QLatin1String(kMedial[c - 0x1161]);
        } else if (c >= 0x11A8 && c <= 0x11C2) {
            out += QLatin1String(kFinal[c - 0x11A8 + 1]);
        } else {
            out += ch; // digits, punctuation and space pass through the engine unchanged
        }
    }
    return out;
}

// French AZERTY (xkb fr, level 1/2 of the key a US scanner presses) back to the US character.
const QHash<QChar, QChar>& frenchTable()
{
    static const QHash<QChar, QChar> table = [] {
        QHash<QChar, QChar> t;
        const QString fr = QStringLiteral(u"&é\"'(-è_çà1234567890AQZWaqzwM?m,:!);");
        const QString us = QStringLiteral(u"1234567890!@#$%^&*()QAWZqawz:M;m./-,");
        // Shift+digit on fr is the digit: US Shift+4/5/8 ($ % *) arrive as 4 5 8; the others are
        // listed too, so every arrived digit reads back to its US key.
        for (qsizetype i = 0; i < fr.size(); ++i) {
            t.insert(fr.at(i), us.at(i));
        }
        return t;
    }();
    return table;
}

// German QWERTZ (xkb de) without the dead key.
const QHash<QChar, QChar>& germanTable()
{
    static const QHash<QChar, QChar> table = [] {
        QHash<QChar, QChar> t;
        const QString de = QStringLiteral(u"YZyzÖö-ß(_");
        const QString us = QStringLiteral(u"ZYzy:;/-*?");
        for (qsizetype i = 0; i < de.size(); ++i) {
            t.insert(de.at(i), us.at(i));
        }
        return t;
    }();
    return table;
}

// dead_grave + the de keysym that composes (en_US.UTF-8 Compose), as the US key after the '+'.
const QHash<QChar, QString>& germanGraveTable()
{
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> t;
        const QString composed = QStringLiteral(u"ÀÈÌÒÙǸẀỲǛàèìòùǹẁỳǜ");
        const QString base = QStringLiteral(u"AEIOUNWZVaeiounwzv"); // de Y is the US Z key; Ǜ is on V
        for (qsizetype i = 0; i < composed.size(); ++i) {
            t.insert(composed.at(i), QLatin1Char('+') + base.at(i));
        }
        return t;
    }();
    return table;
}

QChar mapped(const QHash<QChar, QChar>& table, QChar c)
{
    return table.value(c, c);
}

void german(const QString& in, qsizetype i, QString prefix, QStringList& out)
{
    const QChar mark = KeyboardLayoutRecovery::deadGraveMark();
    while (i < in.size()) {
        if (out.size() >= kMaxReadings) {
            return;
        }
        const QChar c = in.at(i);
        const bool marked = c == mark;
        const QChar next = marked && i + 1 < in.size() ? in.at(i + 1) : QChar();
        // Letters without a precomposed grave (M) compose to the letter + U+0300.
        const auto combining = [&in](qsizetype at) { return at + 1 < in.size() && in.at(at + 1) == QChar(0x0300); };
        if (marked && (germanGraveTable().contains(next) || combining(i + 1))) {
            ++i; // the release of the dead key that composed with the next character
            continue;
        }
        if (c == QLatin1Char('`') || (marked && next == QLatin1Char('`'))) {
            // dead_grave + space and dead_grave + dead_grave both give '`'; "++" also leaves the
            // second key's release mark behind the '`'.
            const qsizetype grave = marked ? i + 1 : i;
            if (grave + 1 < in.size() && in.at(grave + 1) == mark) {
                german(in, grave + 2, prefix + QStringLiteral("++"), out);
            }
            prefix += QStringLiteral("+ ");
            i = grave + 1;
            continue;
        }
        if (combining(i)) {
            prefix += QLatin1Char('+') + mapped(germanTable(), c);
            i += 2;
            continue;
        }
        if (marked) {
            prefix += QLatin1Char('+'); // cancelled by a key that does not compose: that key follows
        } else if (const auto it = germanGraveTable().find(c); it != germanGraveTable().end()) {
            prefix += *it;
        } else {
            prefix += mapped(germanTable(), c);
        }
        ++i;
    }
    if (!out.contains(prefix)) {
        out.append(prefix);
    }
}

} // namespace

QStringList KeyboardLayoutRecovery::recover(const QString& arrived, Layout layout)
{
    switch (layout) {
    case Layout::Us:
        return {arrived};
    case Layout::Korean2Set:
        return {korean(arrived)};
    case Layout::French: {
        QString out;
        out.reserve(arrived.size());
        for (QChar c : arrived) {
            out += mapped(frenchTable(), c);
        }
        return {out};
    }
    case Layout::German: {
        QStringList out;
        german(arrived, 0, QString(), out);
        return out;
    }
    }
    return {};
}

QStringList KeyboardLayoutRecovery::candidates(const QString& arrived)
{
    QStringList out;
    const auto add = [&out](const QString& s) {
        if (!out.contains(s)) {
            out.append(s);
        }
    };
    add(arrived);
    for (const QString& s : recover(arrived, Layout::German)) {
        add(s);
    }
    add(recover(arrived, Layout::French).front());
    const QString ko = recover(arrived, Layout::Korean2Set).front();
    add(ko.toUpper()); // Base45 is upper case only; the IME lost the case of most letters
    add(ko);
    return out;
}

bool KeyboardLayoutRecovery::isWellFormedHc1(const QString& text)
{
    if (!text.startsWith(QLatin1String("HC1:"))) {
        return false;
    }
    const auto bytes = codec::Base45::decode(text.mid(4).toLatin1());
    return bytes.ok() && codec::Inflate::decompress(bytes.value(), codec::Inflate::Format::Zlib).ok();
}

std::optional<QString> KeyboardLayoutRecovery::recoverCertificate(const QString& arrived)
{
    std::optional<QString> firstHc1;
    for (const QString& s : candidates(arrived)) {
        if (s.startsWith(QLatin1String("HC1:"))) {
            if (isWellFormedHc1(s)) {
                return s;
            }
            if (!firstHc1) {
                firstHc1 = s;
            }
        } else if (s.startsWith(QLatin1String("shc:/"))) {
            return s;
        }
    }
    return firstHc1;
}

} // namespace passdesk::scan
