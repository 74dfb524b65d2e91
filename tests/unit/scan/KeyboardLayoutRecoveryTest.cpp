#include "scan/KeyboardLayoutRecovery.h"
#include "scan/WedgeDetector.h"
#include "support/Fixtures.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace passdesk;
using passdesk::scan::KeyboardLayoutRecovery;
using Layout = passdesk::scan::KeyboardLayoutRecovery::Layout;

namespace {

const QString kBase45 = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");

// ---- Forward model of X11 layouts, read from the xkb symbol files and the Compose table on this machine
// (independent of the hand-written recovery tables under test).
using KeyMap = QHash<QString, QStringList>; // key name -> keysym names per level

QString readText(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

void loadSymbols(const QString& file, const QString& section, KeyMap& keys)
{
    const QString text = readText(QStringLiteral("/usr/share/X11/xkb/symbols/") + file);
    const qsizetype start = section.isEmpty() ? text.indexOf(QLatin1String("xkb_symbols"))
                                              : text.indexOf(QStringLiteral("xkb_symbols \"%1\"").arg(section));
    REQUIRE(start >= 0);
    const qsizetype end = text.indexOf(QLatin1String("\n};"), start);
    const QString body = text.mid(start, end - start);
    static const QRegularExpression line(QStringLiteral(
        R"(include\s+"(\w+)(?:\((\w+)\))?"|key\s+<(\w+)>\s*\{[^}]*\[\s*([^\]\[]*)\]\s*\})"));
    for (auto it = line.globalMatch(body); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            if (m.captured(1) != QLatin1String("level3") && m.captured(1) != QLatin1String("kpdl")) {
                loadSymbols(m.captured(1), m.captured(2), keys);
            }
            continue;
        }
        QStringList syms;
        for (const QString& s : m.captured(4).split(QLatin1Char(','))) {
            syms << s.trimmed();
        }
        keys[m.captured(3)] = syms;
    }
}

QString keysymText(const QString& name)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("space"), QStringLiteral(" ")},       {QStringLiteral("exclam"), QStringLiteral("!")},
        {QStringLiteral("quotedbl"), QStringLiteral("\"")},   {QStringLiteral("numbersign"), QStringLiteral("#")},
        {QStringLiteral("dollar"), QStringLiteral("$")},      {QStringLiteral("percent"), QStringLiteral("%")},
        {QStringLiteral("ampersand"), QStringLiteral("&")},   {QStringLiteral("apostrophe"), QStringLiteral("'")},
        {QStringLiteral("parenleft"), QStringLiteral("(")},   {QStringLiteral("parenright"), QStringLiteral(")")},
        {QStringLiteral("asterisk"), QStringLiteral("*")},    {QStringLiteral("plus"), QStringLiteral("+")},
        {QStringLiteral("comma"), QStringLiteral(",")},       {QStringLiteral("minus"), QStringLiteral("-")},
        {QStringLiteral("period"), QStringLiteral(".")},      {QStringLiteral("slash"), QStringLiteral("/")},
        {QStringLiteral("colon"), QStringLiteral(":")},       {QStringLiteral("semicolon"), QStringLiteral(";")},
        {QStringLiteral("equal"), QStringLiteral("=")},       {QStringLiteral("question"), QStringLiteral("?")},
        {QStringLiteral("underscore"), QStringLiteral("_")},  {QStringLiteral("eacute"), QStringLiteral(u"é")},
        {QStringLiteral("egrave"), QStringLiteral(u"è")},     {QStringLiteral("ccedilla"), QStringLiteral(u"ç")},
        {QStringLiteral("agrave"), QStringLiteral(u"à")},     {QStringLiteral("ssharp"), QStringLiteral(u"ß")},
        {QStringLiteral("odiaeresis"), QStringLiteral(u"ö")}, {QStringLiteral("Odiaeresis"), QStringLiteral(u"Ö")},
    };
    if (name.size() == 1) {
        return name;
    }
    return named.value(name);
}

struct XkbLayout
{
    KeyMap us, target;
    QHash<QString, QString> graveCompose; // keysym after dead_grave -> composed text

    explicit XkbLayout(const QString& file)
    {
        loadSymbols(QStringLiteral("us"), QStringLiteral("basic"), us);
        loadSymbols(file, QStringLiteral("basic"), target);
        us[QStringLiteral("SPCE")] = target[QStringLiteral("SPCE")] = {QStringLiteral("space"), QStringLiteral("space")};
        static const QRegularExpression rule(QStringLiteral(R"x(^<dead_grave>\s+<(\w+)>\s*:\s*"([^"]+)")x"),
                                             QRegularExpression::MultilineOption);
        const QString compose = readText(QStringLiteral("/usr/share/X11/locale/en_US.UTF-8/Compose"));
        for (auto it = rule.globalMatch(compose); it.hasNext();) {
            const auto m = it.next();
            graveCompose.insert(m.captured(1), m.captured(2));
        }
    }

    // What a Qt application with the compose input context receives when a scanner types `text` (US key
    // codes): dead keys' presses are swallowed, their releases marked; a following key composes or cancels.
    QString type(const QString& text) const
    {
        QString out;
        QString pending;
        for (QChar c : text) {
            QString key;
            int level = -1;
            for (auto it = us.begin(); it != us.end() && level < 0; ++it) {
                for (int l = 0; l < 2 && l < it.value().size(); ++l) {
                    if (keysymText(it.value().at(l)) == QString(c)) {
                        key = it.key();
                        level = l;
                        break;
                    }
                }
            }
            REQUIRE(level >= 0);
            REQUIRE(target.contains(key));
            const QString sym = target.value(key).value(level);
            if (!pending.isEmpty()) {
                out += graveCompose.value(sym, sym.startsWith(QLatin1String("dead_")) ? QString() : keysymText(sym));
                pending.clear();
                if (sym.startsWith(QLatin1String("dead_"))) {
                    out += KeyboardLayoutRecovery::deadGraveMark();
                }
                continue;
            }
            if (sym.startsWith(QLatin1String("dead_"))) {
                REQUIRE(sym == QLatin1String("dead_grave"));
                pending = sym;
                out += KeyboardLayoutRecovery::deadGraveMark(); // the release
                continue;
            }
            const QString t = keysymText(sym);
            INFO("keysym " << sym.toStdString());
            REQUIRE_FALSE(t.isEmpty());
            out += t;
        }
        return out; // a dead key left pending is cancelled by Return: nothing more arrives
    }
};

const XkbLayout& german()
{
    static const XkbLayout l(QStringLiteral("de"));
    return l;
}
const XkbLayout& french()
{
    static const XkbLayout l(QStringLiteral("fr"));
    return l;
}

// ---- Forward model of ibus-hangul / libhangul 2-set in Hangul mode (syllable automaton).
struct Hangul2Set
{
    const QString initials = QStringLiteral(u"ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ");
    const QString medials = QStringLiteral(u"ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ");
    const QString finals = QStringLiteral(u" ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ");
    QHash<QString, QChar> vowelPairs, finalPairs;
    QString out;
    QChar cho, jung;
    QString jong; // one or two consonants

    Hangul2Set()
    {
        const QString v = QStringLiteral(u"ㅗㅏㅘㅗㅐㅙㅗㅣㅚㅜㅓㅝㅜㅔㅞㅜㅣㅟㅡㅣㅢ");
        for (qsizetype i = 0; i < v.size(); i += 3) {
            vowelPairs.insert(v.mid(i, 2), v.at(i + 2));
        }
        const QString f = QStringLiteral(u"ㄱㅅㄳㄴㅈㄵㄴㅎㄶㄹㄱㄺㄹㅁㄻㄹㅂㄼㄹㅅㄽㄹㅌㄾㄹㅍㄿㄹㅎㅀㅂㅅㅄ");
        for (qsizetype i = 0; i < f.size(); i += 3) {
            finalPairs.insert(f.mid(i, 2), f.at(i + 2));
        }
    }

    static QChar jamoOf(QChar key)
    {
        static const QString lower = QStringLiteral("qwertyuiopasdfghjklzxcvbnm");
        static const QString jamo = QStringLiteral(u"ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ");
        static const QString shifted = QStringLiteral("QWERTOP");
        static const QString shiftJamo = QStringLiteral(u"ㅃㅉㄸㄲㅆㅒㅖ");
        if (shifted.contains(key)) {
            return shiftJamo.at(shifted.indexOf(key));
        }
        return jamo.at(lower.indexOf(key.toLower())); // Shift+other letters: the plain jamo
    }

    void commit()
    {
        if (!cho.isNull() && !jung.isNull()) {
            const QString j = jong.size() == 2 ? QString(finalPairs.value(jong)) : jong;
            const int t = j.isEmpty() ? 0 : int(finals.indexOf(j));
            out += QChar(char16_t(0xAC00 + (initials.indexOf(cho) * 21 + medials.indexOf(jung)) * 28 + t));
        } else if (!cho.isNull()) {
            out += cho;
        } else if (!jung.isNull()) {
            out += jung;
        }
        cho = jung = QChar();
        jong.clear();
    }

    void key(QChar k)
    {
        if (!k.isLetter() || k.unicode() > 0x7F) {
            commit();
            out += k; // the engine commits, the key passes through
            return;
        }
        const QChar j = jamoOf(k);
        if (medials.contains(j)) {
            if (!jong.isEmpty()) {
                const QChar moving = jong.back(); // the last final becomes the next syllable's initial
                jong.chop(1);
                commit();
                cho = moving;
                jung = j;
            } else if (!jung.isNull()) {
                if (const QChar pair = vowelPairs.value(QString(jung) + j); !pair.isNull() && jong.isEmpty()) {
                    jung = pair;
                } else {
                    commit();
                    jung = j;
                }
            } else {
                jung = j;
            }
            return;
        }
        if (!cho.isNull() && !jung.isNull()) {
            if (jong.isEmpty() && finals.indexOf(j) > 0) {
                jong = j;
                return;
            }
            if (jong.size() == 1 && finalPairs.contains(jong + j)) {
                jong += j;
                return;
            }
        }
        commit();
        cho = j;
    }

    static QString type(const QString& text)
    {
        Hangul2Set ime;
        for (QChar c : text) {
            ime.key(c);
        }
        ime.commit();
        return ime.out;
    }
};

QStringList realHc1Codes()
{
    QStringList codes;
    QDirIterator demo(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/demo/certificates"), {QStringLiteral("*.hc1.txt")});
    while (demo.hasNext()) {
        QFile f(demo.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        codes << QString::fromLatin1(f.readAll()).trimmed();
    }
    REQUIRE(codes.size() >= 5);
    // A few EU DCC test vectors of different member states (raw 2DCode JSON, field PREFIX).
    for (const char* file : {"DE/2DCode/raw/1.json", "AT/2DCode/raw/1.json", "FR/2DCode/raw/1.json",
                             "IT/2DCode/raw/1.json", "CY/2DCode/raw/1.json", "NL/2DCode/raw/1.json"}) {
        const QString path = QStringLiteral("dgc-testdata/") + QLatin1String(file);
        if (!QFile::exists(test::vectorsDir() + QLatin1Char('/') + path)) {
            continue; // not every country has this file; the count below keeps the set honest
        }
        const QString prefix = QJsonDocument::fromJson(test::readVector(path)).object().value(QLatin1String("PREFIX")).toString();
        REQUIRE(prefix.startsWith(QLatin1String("HC1:")));
        codes << prefix;
    }
    REQUIRE(codes.size() >= 9);
    return codes;
}

} // namespace

TEST_CASE("Every Base45 character reads back through each layout model", "[scan][layout]")
{
    for (QChar c : kBase45) {
        const QString us = QStringLiteral("HC1:") + c + QStringLiteral("0A");
        INFO("US text " << us.toStdString());
        const QString de = german().type(us);
        CHECK(KeyboardLayoutRecovery::recover(de, Layout::German).contains(us));
        const QString fr = french().type(us);
        CHECK(KeyboardLayoutRecovery::recover(fr, Layout::French) == QStringList{us});
        const QString ko = Hangul2Set::type(us);
        CHECK(KeyboardLayoutRecovery::recover(ko, Layout::Korean2Set).front().toUpper() == us);
        // And after every other character (the German dead key composes with what follows).
        for (QChar d : kBase45) {
            const QString pair = QStringLiteral("HC1:") + c + d + QStringLiteral("A");
            INFO("US text " << pair.toStdString());
            CHECK(KeyboardLayoutRecovery::recover(german().type(pair), Layout::German).contains(pair));
            CHECK(KeyboardLayoutRecovery::recover(Hangul2Set::type(pair), Layout::Korean2Set).front().toUpper() == pair);
        }
    }
}

TEST_CASE("The layouts deliver what xkb says, e.g. HC1: on German and French keyboards", "[scan][layout]")
{
    CHECK(german().type(QStringLiteral("HC1:YZ-/*")) == QStringLiteral(u"HC1ÖZYß-("));
    CHECK(german().type(QStringLiteral("+A+1")) ==
          QString(KeyboardLayoutRecovery::deadGraveMark()) + QStringLiteral(u"À") + KeyboardLayoutRecovery::deadGraveMark() + QLatin1Char('1'));
    CHECK(french().type(QStringLiteral("HC1:QAZWM$%*-./")) == QStringLiteral(u"HC&MAQWZ?458):!"));
    CHECK(Hangul2Set::type(QStringLiteral("HC1:")) == QStringLiteral(u"ㅗㅊ1:"));
    CHECK(Hangul2Set::type(QStringLiteral("shc:/5")) == QStringLiteral(u"놏:/5"));
}

TEST_CASE("Real HC1 codes round-trip exactly through each layout", "[scan][layout]")
{
    for (const QString& code : realHc1Codes()) {
        INFO(code.left(40).toStdString());
        REQUIRE(KeyboardLayoutRecovery::recoverCertificate(code) == code);
        const QString de = german().type(code);
        CHECK_FALSE(de.startsWith(QLatin1String("HC1:")));
        CHECK(KeyboardLayoutRecovery::recoverCertificate(de) == code);
        CHECK(KeyboardLayoutRecovery::recoverCertificate(french().type(code)) == code);
        const QString ko = Hangul2Set::type(code);
        CHECK(ko.startsWith(QStringLiteral(u"ㅗㅊ1:")));
        CHECK(KeyboardLayoutRecovery::recoverCertificate(ko) == code);
    }
}

TEST_CASE("German: a '+' swallowed by the dead key without its release mark cannot be recovered", "[scan][layout]")
{
    const QString code = realHc1Codes().front();
    REQUIRE(code.contains(QLatin1Char('+')));
    QString unmarked = german().type(code);
    unmarked.remove(KeyboardLayoutRecovery::deadGraveMark());
    const auto got = KeyboardLayoutRecovery::recoverCertificate(unmarked);
    // A reading that starts like a certificate comes back, but it is not the code: the verifier refuses it.
    REQUIRE(got.has_value());
    CHECK(*got != code);
    CHECK_FALSE(KeyboardLayoutRecovery::isWellFormedHc1(*got));
}

TEST_CASE("Korean that staff type is never a certificate", "[scan][layout]")
{
    for (const QString& text : {QStringLiteral(u"안녕하세요"), QStringLiteral(u"예약 확인"), QStringLiteral(u"홍길동 010-1234-5678"),
                                QStringLiteral(u"ㅗㅊ"), QStringLiteral(u"오늘 입장 2명")}) {
        INFO(text.toStdString());
        CHECK_FALSE(KeyboardLayoutRecovery::recoverCertificate(text).has_value());
    }
    CHECK(KeyboardLayoutRecovery::recover(QStringLiteral(u"안녕하세요"), Layout::Korean2Set).front() == QStringLiteral("dkssudgktpdy"));
}

TEST_CASE("WedgeDetector returns a Hangul-mangled or German burst as the scanner's keys", "[scan][wedge][layout]")
{
    const QString code = realHc1Codes().front();
    qint64 t = 1000;
    SECTION("Korean: syllables committed by the input method, digits and punctuation as keys, 3 ms apart")
    {
        scan::WedgeDetector wedge;
        const QString ko = Hangul2Set::type(code);
        for (QChar c : ko) {
            if (c.unicode() >= 0x3131) {
                wedge.commit(QString(c), t += 3);
            } else {
                wedge.key(c, t += 3);
            }
        }
        const auto got = wedge.enter(t += 3);
        REQUIRE(got.has_value());
        CHECK(*got == code);
        CHECK(wedge.lastArrived() == ko);
    }
    SECTION("German, keys and dead-key release marks")
    {
        scan::WedgeDetector wedge;
        for (QChar c : german().type(code)) {
            wedge.key(c, t += 2);
        }
        CHECK(wedge.enter(t += 2) == code);
    }
    SECTION("the same Korean burst typed by a person (150 ms a syllable) is not a scan")
    {
        scan::WedgeDetector wedge;
        for (QChar c : Hangul2Set::type(code)) {
            wedge.commit(QString(c), t += 150);
        }
        CHECK_FALSE(wedge.enter(t += 150).has_value());
    }
    SECTION("fast Korean text that is not a certificate is not a scan")
    {
        scan::WedgeDetector wedge;
        for (QChar c : QStringLiteral(u"안녕하세요 예약 확인 부탁드립니다")) {
            wedge.commit(QString(c), t += 3);
        }
        CHECK_FALSE(wedge.enter(t += 3).has_value());
    }
}
