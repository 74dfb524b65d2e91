// Drives the real counter window offscreen (QT_QPA_PLATFORM=offscreen): verdicts from the demo
// certificates, wedge-scanner keystrokes versus a person typing, the panel's timeout, camera loss.
#include "CameraView.h"
#include "ElidedLabel.h"
#include "MainWindow.h"
#include "OwnerView.h"
#include "SerialScanner.h"
#include "VerdictPanel.h"
#include "auth/OwnerGate.h"
#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <pty.h>
#include <unistd.h>

using namespace passdesk;
using passdesk::rules::VerdictKind;

namespace {
const QString kDemo = QStringLiteral(PASSDESK_SOURCE_DIR "/resources/demo");

QString demoText(const QString& file)
{
    QFile f(kDemo + QStringLiteral("/certificates/") + file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(f.readAll()).trimmed();
}

// Shows the counter window with a PIN field of its own, focused: a control no scanner key may reach.
QLineEdit* showWithPinField(ui::MainWindow& w)
{
    auto* pin = new QLineEdit(&w);
    pin->setEchoMode(QLineEdit::Password);
    pin->setGeometry(20, 40, 300, 30);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) {
        return nullptr;
    }
    QApplication::setActiveWindow(&w);
    pin->setFocus();
    return QTest::qWaitFor([&] { return pin->hasFocus(); }) ? pin : nullptr;
}

// Runs `fill` on the PIN dialog as soon as it is open (it is modal).
template <typename F>
void whenModalPin(F fill)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fill] {
        if (auto* d = qobject_cast<ui::PinDialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(d);
        }
    });
    timer->start();
}

ui::CounterOptions options(const QString& source, const QString& language = QStringLiteral("en"))
{
    ui::CounterOptions o;
    o.sourceSpec = source;
    o.demoFootageDir = kDemo + QStringLiteral("/footage");
    o.trustPath = kDemo + QStringLiteral("/trust-list.json");
    o.settings.language = language;
    o.fixedTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return o;
}
} // namespace

class CounterWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validCertificateShowsGreenWithName();
    void tamperedCertificateShowsRedWithReason();
    void koreanInterface();
    void koreanDialogButtonsComeFromQtsCatalogue();
    void germanAndItalianSwitchLive();
    void languageMenuOffersFourLanguages();
    void longGermanHeadlineFitsThePanel();
    void statusBarFitsTheScreenInEveryLanguage();
    void wedgeBurstScansButTypingDoesNot();
    void wedgeBurstNeverLandsInAPinField();
    void doubledKeysFlaggedAutoRepeatStayInTheBurst();
    void panelClearsAfterTimeout();
    void cameraLossIsShown();
    void demoFootageRunsThroughTheWindow();
    void serialScannerSendsLines();
    void shownVerdictIsInTheLog();
    void unusableLogShowsNoVerdict();
    void unverifiedNameIsNeitherShownNorLogged();
    void todayCountsComeFromTheLog();
    void movedAsideLogIsAnnouncedUntilTheOwnerAcknowledges();

private:
    SystemClock m_clock;
};

void CounterWindowTest::validCertificateShowsGreenWithName()
{
    ui::MainWindow w(options(kDemo + QStringLiteral("/footage/001-valid-vaccination.jpg")), m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
    QCOMPARE(rules::toString(w.verdictPanel()->kind()), rules::toString(VerdictKind::Valid));
    QCOMPARE(w.verdictPanel()->headline(), QStringLiteral("VALID"));
    QCOMPARE(w.verdictPanel()->holderText(), QStringLiteral("김민준"));
    QVERIFY(w.verdictPanel()->styleSheet().contains(QStringLiteral("#1b7f3b")));
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("verdictLatinName"))->text().contains(QStringLiteral("KIM MINJUN")));
    QTRY_VERIFY(w.cameraView()->hasFrame()); // the preview follows the verdict
}

void CounterWindowTest::tamperedCertificateShowsRedWithReason()
{
    ui::MainWindow w(options(kDemo + QStringLiteral("/footage/011-tampered.jpg")), m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
    QCOMPARE(rules::toString(w.verdictPanel()->kind()), rules::toString(VerdictKind::Invalid));
    QCOMPARE(w.verdictPanel()->headline(), QStringLiteral("INVALID"));
    QVERIFY(w.verdictPanel()->styleSheet().contains(QStringLiteral("#b3261e")));
    QVERIFY2(w.verdictPanel()->reasonText().contains(QStringLiteral("signature"), Qt::CaseInsensitive),
             qPrintable(w.verdictPanel()->reasonText()));
}

void CounterWindowTest::koreanInterface()
{
    ui::MainWindow w(options(kDemo + QStringLiteral("/footage/009-expired.jpg"), QStringLiteral("ko")), m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
    QCOMPARE(w.verdictPanel()->headline(), QStringLiteral("무효"));
    QVERIFY2(w.verdictPanel()->reasonText().contains(QStringLiteral("만료")), qPrintable(w.verdictPanel()->reasonText()));
    auto* detail = w.findChild<QLabel*>(QStringLiteral("verdictDetail"));
    QVERIFY2(detail->text().contains(QStringLiteral("코미나티 (화이자) 2/2")), qPrintable(detail->text())); // value set, in Korean
    // Ctrl+L switches the whole window to English.
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(w.language(), QStringLiteral("en"));
    QCOMPARE(w.verdictPanel()->headline(), QStringLiteral("INVALID"));
    QVERIFY2(detail->text().contains(QStringLiteral("Comirnaty 2/2")), qPrintable(detail->text()));
    QVERIFY(w.windowTitle().contains(QStringLiteral("counter")));
}

void CounterWindowTest::koreanDialogButtonsComeFromQtsCatalogue()
{
    ui::MainWindow w(options(QStringLiteral("camera:63"), QStringLiteral("ko")), m_clock);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("취소"));
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("확인"));
    w.setLanguage(QStringLiteral("en"));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void CounterWindowTest::germanAndItalianSwitchLive()
{
    ui::MainWindow w(options(kDemo + QStringLiteral("/footage/009-expired.jpg")), m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
    QCOMPARE(w.verdictPanel()->headline(), QStringLiteral("INVALID"));
    QVERIFY2(w.verdictPanel()->reasonText().contains(QStringLiteral("expired")), qPrintable(w.verdictPanel()->reasonText()));
    const auto detail = [&w] { return w.findChild<QLabel*>(QStringLiteral("verdictDetail"))->text(); };
    QVERIFY2(detail().contains(QStringLiteral(" · vaccination · ")), qPrintable(detail())); // an expired vaccination

    // From the View menu, as staff would: the verdict on screen and the window follow at once.
    struct Expected
    {
        QString language, headline, reason, title, cancel, kind;
    };
    const QList<Expected> expected{
        {QStringLiteral("de"), QStringLiteral("UNGÜLTIG"), QStringLiteral("Das Zertifikat ist abgelaufen."),
         QStringLiteral("PassDesk - Einlass"), QStringLiteral("Abbrechen"), QStringLiteral("Impfung")},
        {QStringLiteral("it"), QStringLiteral("NON VALIDO"), QStringLiteral("Il certificato è scaduto."),
         QStringLiteral("PassDesk - ingresso"), QStringLiteral("Annulla"), QStringLiteral("vaccinazione")},
    };
    for (const Expected& e : expected) {
        auto* action = w.findChild<QAction*>(QStringLiteral("language-") + e.language);
        QVERIFY2(action != nullptr, qPrintable(e.language));
        action->trigger();
        QTRY_COMPARE(w.language(), e.language);
        // The old menus go with deleteLater; gone, they cannot be mistaken for the rebuilt ones below.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(w.verdictPanel()->headline(), e.headline);
        // The reason comes from core's catalogue, not from ui/'s.
        QVERIFY2(w.verdictPanel()->reasonText().contains(e.reason), qPrintable(w.verdictPanel()->reasonText()));
        QCOMPARE(w.windowTitle(), e.title);
        // The detail line names the kind of certificate in the window's language too.
        QVERIFY2(detail().contains(QStringLiteral(" · ") + e.kind + QStringLiteral(" · ")), qPrintable(detail()));
        // Qt's own catalogue (qtbase_de.qm, qtbase_it.qm) is loaded with ours: dialog buttons follow.
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), e.cancel);
        auto* checked = w.findChild<QAction*>(QStringLiteral("language-") + e.language);
        QVERIFY(checked != nullptr && checked->isChecked()); // the menu was rebuilt in the new language
    }
    // The language is a setting: a German counter stays German after a restart.
    w.setLanguage(QStringLiteral("de"));
    QCOMPARE(w.options().settings.language, QStringLiteral("de"));
}

void CounterWindowTest::languageMenuOffersFourLanguages()
{
    ui::MainWindow w(options(QStringLiteral("camera:63"), QStringLiteral("ko")), m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Each entry in its own name, whatever the current language.
    const QMap<QString, QString> names{{QStringLiteral("ko"), QStringLiteral("한국어")},
                                       {QStringLiteral("en"), QStringLiteral("English")},
                                       {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                       {QStringLiteral("it"), QStringLiteral("Italiano")}};
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        auto* action = w.findChild<QAction*>(QStringLiteral("language-") + it.key());
        QVERIFY2(action != nullptr, qPrintable(it.key()));
        QCOMPARE(action->text(), it.value());
    }
    // Ctrl+L goes back to the language before, like Alt+Tab: Korean <-> English at first, then between
    // the last two chosen.
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(w.language(), QStringLiteral("en"));
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(w.language(), QStringLiteral("ko"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    w.findChild<QAction*>(QStringLiteral("language-de"))->trigger();
    QCOMPARE(w.language(), QStringLiteral("de"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(w.findChild<QAction*>(QStringLiteral("languageBack"))->text(), QStringLiteral("Wechseln zu 한국어"));
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(w.language(), QStringLiteral("ko"));
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(w.language(), QStringLiteral("de"));
}

void CounterWindowTest::longGermanHeadlineFitsThePanel()
{
    ui::MainWindow w(options(kDemo + QStringLiteral("/footage/013-unknown-issuer.jpg"), QStringLiteral("de")), m_clock);
    w.resize(1280, 800); // the counter PC's screen; at 54 pt "UNBEKANNTER" was cut off at both edges
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
    QCOMPARE(w.verdictPanel()->headline(), QStringLiteral("UNBEKANNTER AUSSTELLER"));
    auto* headline = w.findChild<QLabel*>(QStringLiteral("verdictHeadline"));
    const QFontMetrics metrics(headline->font());
    for (const QString& word : {QStringLiteral("UNBEKANNTER"), QStringLiteral("AUSSTELLER")}) {
        QVERIFY2(metrics.horizontalAdvance(word) <= headline->contentsRect().width(),
                 qPrintable(QStringLiteral("%1: %2 px in %3 px").arg(word).arg(metrics.horizontalAdvance(word)).arg(headline->contentsRect().width())));
    }
    QVERIFY(headline->font().pointSizeF() >= 28); // still readable from a metre away
    // A short headline keeps its full size.
    w.setLanguage(QStringLiteral("en"));
    QCOMPARE(w.verdictPanel()->headline(), QStringLiteral("UNKNOWN ISSUER"));
    QTRY_COMPARE(headline->font().pointSizeF(), 54.0);
}

void CounterWindowTest::statusBarFitsTheScreenInEveryLanguage()
{
    // The counter PC's 1280 px screen, with the longest status the demo gives (the trust list's
    // TEST-ONLY label) and a refused update on top: German and Italian widened the window past the screen.
    ui::CounterOptions o = options(QStringLiteral("camera:63"), QStringLiteral("de"));
    o.trustLabel = QStringLiteral("DEMO - TEST ONLY");
    o.settings.currentStaff = QStringLiteral("Maximilian Müller-Lüdenscheidt");
    ui::MainWindow w(o, m_clock);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* bar = w.statusBar();
    bool someElided = false;
    for (const QString& language :
         {QStringLiteral("de"), QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("ko")}) {
        w.setLanguage(language);
        QTRY_VERIFY(w.cameraStateLabel()->text().contains(QStringLiteral("63")));
        QTest::qWait(50); // the status bar's relayout after the new texts
        QCoreApplication::processEvents();
        QVERIFY2(w.minimumSizeHint().width() <= 1280,
                 qPrintable(language + QStringLiteral(": minimum width %1").arg(w.minimumSizeHint().width())));
        QTRY_VERIFY2(w.width() <= 1280, qPrintable(language + QStringLiteral(": window %1 px wide").arg(w.width())));
        const auto labels = bar->findChildren<QLabel*>();
        QVERIFY(labels.size() >= 6);
        for (QLabel* label : labels) {
            if (!label->isVisible() || label->text().isEmpty()) {
                continue;
            }
            const QString what =
                language + QLatin1Char(' ') + label->objectName() + QStringLiteral(": ") + label->text();
            // Inside the bar, whole or elided, never cut off at the window's edge.
            QVERIFY2(label->geometry().right() <= bar->contentsRect().right(), qPrintable(what));
            QVERIFY2(label->width() > 0, qPrintable(what));
            if (auto* elided = qobject_cast<ui::ElidedLabel*>(label); elided != nullptr && elided->isElided()) {
                someElided = true;
                QVERIFY2(elided->shownText().endsWith(QStringLiteral("…")), qPrintable(what));
                QVERIFY2(elided->shownText().size() > 8,
                         qPrintable(what + QStringLiteral(" shows ") + elided->shownText()));
                QTRY_COMPARE(elided->toolTip(), elided->text()); // the whole text on hover
            } else {
                // Whole: its text fits the width it was given.
                QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width(),
                         qPrintable(what));
                QVERIFY2(label->toolTip().isEmpty(), qPrintable(what + QStringLiteral(" has a tooltip")));
            }
        }
        QVERIFY(bar->findChild<QLabel*>(QStringLiteral("clock"))->isVisible()); // the clock is always whole
    }
    QVERIFY(someElided); // this status does not fit at 1280 px in full: the test did see elision
    // Given room, nothing is elided and no tooltip is left behind.
    w.resize(3000, 800);
    QTRY_VERIFY(w.width() > 2500);
    for (auto* elided : bar->findChildren<ui::ElidedLabel*>()) {
        QTRY_VERIFY2(!elided->isElided(), qPrintable(elided->objectName()));
        QTRY_VERIFY(elided->toolTip().isEmpty());
    }
}

void CounterWindowTest::wedgeBurstScansButTypingDoesNot()
{
    ui::MainWindow w(options(QStringLiteral("camera:63")), m_clock); // no such camera: only keyboard input
    auto* field = new QLineEdit(&w);
    field->setObjectName(QStringLiteral("noteField"));
    field->setGeometry(20, 40, 300, 30);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QSignalSpy shown(&w, &ui::MainWindow::verdictShown);
    const QString text = demoText(QStringLiteral("valid-booster.hc1.txt"));
    QVERIFY(text.startsWith(QStringLiteral("HC1:")));

    // A person typing (60 ms a key) the start of a certificate and pressing Enter: no verdict.
    const QString typed = text.left(24);
    QTest::keyClicks(field, typed, Qt::NoModifier, 60);
    QTest::keyClick(field, Qt::Key_Return, Qt::NoModifier, 60);
    QTest::qWait(500);
    QCOMPARE(shown.count(), 0);
    QCOMPARE(field->text(), typed);
    field->clear();

    // The scanner "types" the whole code at once and presses Enter: a verdict, and the field is left clean.
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
    QCOMPARE(rules::toString(w.verdictPanel()->kind()), rules::toString(VerdictKind::Valid));
    QCOMPARE(w.verdictPanel()->holderText(), QStringLiteral("이서연"));
    QCOMPARE(field->text(), QString());
}

void CounterWindowTest::wedgeBurstNeverLandsInAPinField()
{
    ui::MainWindow w(options(QStringLiteral("camera:63")), m_clock);
    QLineEdit* pin = showWithPinField(w);
    QVERIFY(pin != nullptr);
    QSignalSpy shown(&w, &ui::MainWindow::verdictShown);

    // A scanner's certificate: a scan, and not one character in the field at any moment.
    const QString text = demoText(QStringLiteral("valid-booster.hc1.txt"));
    QTest::keyClicks(pin, text);
    QCOMPARE(pin->text(), QString());
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
    QCOMPARE(pin->text(), QString());

    // A scanner's burst that is no certificate: dropped, never typed.
    QTest::keyClicks(pin, QStringLiteral("0123456789ABCDEFGHIJ"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTest::qWait(300);
    QCOMPARE(pin->text(), QString());
    QCOMPARE(shown.count(), 1);

    // The owner typing the PIN at a person's pace: every key arrives, in order.
    QTest::keyClicks(pin, QStringLiteral("246810"), Qt::NoModifier, 90);
    QTRY_COMPARE(pin->text(), QStringLiteral("246810"));
    QCOMPARE(shown.count(), 1);
}

void CounterWindowTest::doubledKeysFlaggedAutoRepeatStayInTheBurst()
{
    // Qt's X11 client flags a key as auto-repeated when its release and the next press of the same key
    // share a millisecond in a queue that the busy event loop left behind: a scanner's doubled
    // characters. Keys are sent as the display server stamps them (one millisecond apart), to a PIN
    // field, which a scanner's keys must never reach.
    ui::MainWindow w(options(QStringLiteral("camera:63")), m_clock);
    QLineEdit* pin = showWithPinField(w);
    QVERIFY(pin != nullptr);
    QSignalSpy shown(&w, &ui::MainWindow::verdictShown);
    QElapsedTimer clock;
    clock.start();
    const quint64 base = 5'000'000; // the display server's clock: any origin
    auto send = [&](Qt::Key key, const QString& text, bool repeat, quint64 at) {
        for (QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
            QKeyEvent e(type, key, Qt::NoModifier, text, repeat);
            e.setTimestamp(at);
            QApplication::sendEvent(pin, &e);
        }
    };
    auto keyOf = [](QChar c) { return c.isLetter() ? Qt::Key(Qt::Key_A + (c.toUpper().unicode() - 'A')) : Qt::Key(c.unicode()); };

    const QString text = demoText(QStringLiteral("valid-booster.hc1.txt"));
    int repeats = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool repeat = i > 0 && text[i] == text[i - 1];
        repeats += repeat ? 1 : 0;
        send(keyOf(text[i]), text.mid(i, 1), repeat, base + quint64(i));
    }
    QVERIFY2(repeats >= 3, "the demo certificate should hold doubled characters");
    send(Qt::Key_Return, QStringLiteral("\r"), false, base + quint64(text.size()));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
    QCOMPARE(rules::toString(w.verdictPanel()->kind()), rules::toString(VerdictKind::Valid));
    QCOMPARE(pin->text(), QString());

    // A scanner set up with a Tab suffix instead of Enter: no scan, and none of its keys in the field.
    QTest::qWait(500);
    const quint64 t1 = base + quint64(clock.elapsed());
    for (int i = 0; i < 30; ++i) {
        send(keyOf(text[i + 4]), text.mid(i + 4, 1), false, t1 + quint64(i));
    }
    send(Qt::Key_Tab, QStringLiteral("\t"), false, t1 + 30);
    QTest::qWait(300);
    QCOMPARE(pin->text(), QString());
    QCOMPARE(shown.count(), 1);

    // A person holding a digit down: the keyboard repeats it after its delay (600 ms here), every 30 ms.
    // Every repeat is theirs and lands in the field, as without the scanner filter.
    QTest::qWait(700);
    const quint64 t0 = base + quint64(clock.elapsed());
    send(Qt::Key_5, QStringLiteral("5"), false, t0);
    QTest::qWait(600);
    for (int i = 0; i < 5; ++i) {
        send(Qt::Key_5, QStringLiteral("5"), true, t0 + 600 + quint64(30 * i));
    }
    QTRY_COMPARE(pin->text(), QStringLiteral("555555"));
    QCOMPARE(shown.count(), 1);
}

void CounterWindowTest::panelClearsAfterTimeout()
{
    auto o = options(kDemo + QStringLiteral("/footage/013-unknown-issuer.jpg"));
    o.settings.clearAfterSeconds = 1;
    ui::MainWindow w(o, m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
    QCOMPARE(rules::toString(w.verdictPanel()->kind()), rules::toString(VerdictKind::UnknownIssuer));
    QTRY_VERIFY_WITH_TIMEOUT(w.verdictPanel()->isIdle(), 3000);
    QCOMPARE(w.verdictPanel()->headline(), QStringLiteral("Ready"));
}

void CounterWindowTest::cameraLossIsShown()
{
    // camera:63 does not exist: the camera never comes up, and the window says so while it retries.
    ui::MainWindow w(options(QStringLiteral("camera:63")), m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(w.cameraStateLabel()->text().contains(QStringLiteral("camera 63")));
    QVERIFY(!w.cameraStateLabel()->text().contains(QStringLiteral("live")));
    QVERIFY(w.cameraStateLabel()->styleSheet().contains(QStringLiteral("#b3261e")));
    QVERIFY(!w.cameraView()->message().isEmpty());
    // The window stays responsive while the worker keeps retrying.
    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(w.verdictPanel()->isIdle());
}

void CounterWindowTest::demoFootageRunsThroughTheWindow()
{
    auto o = options(QStringLiteral("demo"));
    o.settings.clearAfterSeconds = 1;
    ui::MainWindow w(o, m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &ui::MainWindow::verdictShown);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 2, 15000);
    QVERIFY(w.cameraStateLabel()->text().contains(QStringLiteral("demo footage live")));
    QCOMPARE(int(w.latenciesMs().size()), w.verdictCount());
}

void CounterWindowTest::serialScannerSendsLines()
{
    // A pseudo-terminal stands in for the scanner's USB CDC-ACM port.
    int master = -1;
    int slave = -1;
    char name[256] = {};
    QVERIFY(openpty(&master, &slave, name, nullptr, nullptr) == 0);
    ui::SerialScanner scanner(QString::fromLocal8Bit(name));
    QSignalSpy scanned(&scanner, &ui::SerialScanner::scanned);
    QTRY_VERIFY(scanner.isOpen());
    const QByteArray code = demoText(QStringLiteral("valid.shc.txt")).toLatin1();
    // Sent in two pieces, as a serial line often arrives; then noise without a line end.
    QVERIFY(::write(master, code.constData(), size_t(code.size() / 2)) > 0);
    QVERIFY(::write(master, code.constData() + code.size() / 2, size_t(code.size() - code.size() / 2)) > 0);
    QVERIFY(::write(master, "\r\n", 2) == 2);
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QString::fromLatin1(code));
    ::close(master);
    ::close(slave);
}

void CounterWindowTest::shownVerdictIsInTheLog()
{
    QTemporaryDir dir;
    auto o = options(kDemo + QStringLiteral("/footage/001-valid-vaccination.jpg"));
    o.logPath = dir.filePath(QStringLiteral("visits.db"));
    {
        ui::MainWindow w(o, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
        QVERIFY(w.logError().isEmpty());
    }
    auto log = passdesk::log::VisitLog::open(o.logPath, m_clock, {});
    QVERIFY(log.ok());
    const auto visits = (*log)->listDay(QDate::currentDate());
    QVERIFY(visits.ok());
    QCOMPARE(visits->size(), 1);
    QCOMPARE(visits->at(0).verdict, QStringLiteral("valid"));
    QVERIFY(visits->at(0).holderName.isEmpty()); // no contact logging by default
    QVERIFY((*log)->verifyChain()->ok());
}

void CounterWindowTest::unusableLogShowsNoVerdict()
{
    QTemporaryDir dir;
    // A log that cannot be written (its folder is read-only): verdicts are not shown, the window says why.
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    auto o = options(kDemo + QStringLiteral("/footage/001-valid-vaccination.jpg"));
    o.logPath = locked + QStringLiteral("/visits.db");
    {
        ui::MainWindow w(o, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (::geteuid() == 0) {
            // root writes anyway; the read-only case cannot be made here
            QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!w.logError().isEmpty(), 10000);
            QTest::qWait(1500);
            QVERIFY(w.verdictPanel()->isIdle()); // never shown, because never logged
            QVERIFY(w.cameraView()->message().contains(QStringLiteral("log")));
        }
    }
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // A corrupt log is moved aside intact, a new one starts, and the journal says so.
    const QString junk = dir.filePath(QStringLiteral("visits.db"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    QFile key(junk + QStringLiteral(".key"));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(QByteArray(32, 'k'));
    key.close();
    o.logPath = junk;
    {
        ui::MainWindow w(o, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(!w.logNotice().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
        QVERIFY(w.logError().isEmpty());
    }
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("visits.db.unreadable-*")}, QDir::Files);
    QVERIFY2(!aside.isEmpty(), "the unreadable log was not moved aside");
    QFile moved(dir.filePath(aside.filter(QRegularExpression(QStringLiteral("unreadable-[0-9-]+$"))).value(0)));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), QByteArray(8192, 'x'));
    auto log = passdesk::log::VisitLog::open(junk, m_clock, {});
    QVERIFY(log.ok());
    passdesk::log::EvidenceJournal journal((*log)->database(), m_clock);
    const auto events = journal.list(QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(events.ok());
    QVERIFY(std::any_of(events->cbegin(), events->cend(), [](const auto& e) { return e.kind == QStringLiteral("log_replaced"); }));
}

void CounterWindowTest::unverifiedNameIsNeitherShownNorLogged()
{
    // A forged signature or an unknown issuer: the name is whatever the code's maker typed. It is not on
    // the panel (nor in its accessible name), a small line says why, and contact logging does not keep it.
    QTemporaryDir dir;
    auto o = options(QStringLiteral("camera:63")); // no such camera: only text input
    o.logPath = dir.filePath(QStringLiteral("visits.db"));
    o.settings.contactLogging = true;
    o.settings.clearAfterSeconds = 0;
    ui::MainWindow w(o, m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &ui::MainWindow::verdictShown);
    auto* note = w.findChild<QLabel*>(QStringLiteral("verdictLatinName"));
    auto* birth = w.findChild<QLabel*>(QStringLiteral("verdictBirthDate"));
    struct Case
    {
        const char* file;
        VerdictKind kind;
    };
    int n = 0;
    for (const Case c : {Case{"tampered.hc1.txt", VerdictKind::Invalid}, Case{"unknown-issuer.hc1.txt", VerdictKind::UnknownIssuer},
                         Case{"tampered.shc.txt", VerdictKind::Invalid}, Case{"unknown-issuer.shc.txt", VerdictKind::UnknownIssuer}}) {
        w.submitText(demoText(QString::fromLatin1(c.file)), counter::InputKind::Manual);
        ++n;
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), n, 5000);
        const auto outcome = shown.last().at(0).value<counter::ScanOutcome>();
        const QString forgedName = outcome.verification.credential.holder.displayName();
        QVERIFY2(!forgedName.isEmpty(), c.file); // the code does carry a name: the test means something
        QCOMPARE(rules::toString(w.verdictPanel()->kind()), rules::toString(c.kind));
        QCOMPARE(w.verdictPanel()->holderText(), QString());
        QVERIFY2(note->text().contains(QStringLiteral("not verified")), qPrintable(note->text()));
        QVERIFY2(!note->text().contains(forgedName), qPrintable(note->text()));
        QCOMPARE(birth->text(), QString());
        QVERIFY(!w.verdictPanel()->accessibleName().contains(forgedName));
    }
    // A genuine certificate still shows its name, without the note.
    w.submitText(demoText(QStringLiteral("valid-vaccination.hc1.txt")), counter::InputKind::Manual);
    ++n;
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), n, 5000);
    QCOMPARE(w.verdictPanel()->holderText(), QStringLiteral("김민준"));
    QVERIFY(!note->text().contains(QStringLiteral("not verified")));

    auto log = passdesk::log::VisitLog::open(o.logPath, m_clock, {});
    QVERIFY(log.ok());
    const auto visits = (*log)->listDay(QDate::currentDate());
    QVERIFY(visits.ok());
    QCOMPARE(visits->size(), n);
    for (int i = 0; i < n - 1; ++i) {
        QVERIFY2(visits->at(i).holderName.isEmpty(), qPrintable(visits->at(i).holderName));
        QVERIFY(visits->at(i).holderBirth.isEmpty());
    }
    QCOMPARE(visits->at(n - 1).holderName, QStringLiteral("김민준")); // contact logging keeps a verified name
}

void CounterWindowTest::todayCountsComeFromTheLog()
{
    // A log already holding today's visits (as `passdesk-cli scan --db` leaves it) and one of yesterday:
    // the status bar counts today's from the log, as the owner's review does, then adds what it shows.
    QTemporaryDir dir;
    auto o = options(QStringLiteral("camera:63"));
    o.logPath = dir.filePath(QStringLiteral("visits.db"));
    {
        auto log = passdesk::log::VisitLog::open(o.logPath, m_clock, {});
        QVERIFY(log.ok());
        const QDateTime now = m_clock.now();
        const struct
        {
            VerdictKind kind;
            int n;
            QDateTime at;
        } rows[] = {{VerdictKind::Valid, 5, now}, {VerdictKind::CheckId, 2, now}, {VerdictKind::Invalid, 3, now},
                    {VerdictKind::UnknownIssuer, 1, now}, {VerdictKind::Valid, 4, now.addDays(-1)}};
        for (const auto& r : rows) {
            for (int i = 0; i < r.n; ++i) {
                rules::Verdict verdict;
                verdict.kind = r.kind;
                QVERIFY((*log)->append((*log)->visitFrom({}, verdict, QStringLiteral("file"), r.at)).ok());
            }
        }
    }
    ui::MainWindow w(o, m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_COMPARE_WITH_TIMEOUT(w.countsLabel()->text(), QStringLiteral("Today: 7 admitted, 4 refused"), 5000);
    QSignalSpy shown(&w, &ui::MainWindow::verdictShown);
    w.submitText(demoText(QStringLiteral("tampered.hc1.txt")), counter::InputKind::Manual);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
    QCOMPARE(w.countsLabel()->text(), QStringLiteral("Today: 7 admitted, 5 refused"));
    w.submitText(demoText(QStringLiteral("valid-vaccination.hc1.txt")), counter::InputKind::Manual);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 5000);
    QCOMPARE(w.countsLabel()->text(), QStringLiteral("Today: 8 admitted, 5 refused"));
}

void CounterWindowTest::movedAsideLogIsAnnouncedUntilTheOwnerAcknowledges()
{
    // A log whose .key is missing (restored from a backup without it): moved aside at start. The notice
    // stays on the counter screen through camera-state changes and restarts, in the UI's language, until
    // the owner acknowledges it with the PIN.
    QTemporaryDir dir;
    auto o = options(QStringLiteral("camera:63"), QStringLiteral("ko")); // the camera keeps changing state
    o.logPath = dir.filePath(QStringLiteral("visits.db"));
    {
        auto log = passdesk::log::VisitLog::open(o.logPath, m_clock, {});
        QVERIFY(log.ok());
        rules::Verdict verdict;
        verdict.kind = VerdictKind::Valid;
        QVERIFY((*log)->append((*log)->visitFrom({}, verdict, QStringLiteral("file"), m_clock.now())).ok());
    }
    QVERIFY(QFile::remove(o.logPath + QStringLiteral(".key")));
    {
        ui::MainWindow w(o, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.noticeBar()->isVisible(), 5000);
        auto* text = w.findChild<QLabel*>(QStringLiteral("noticeText"));
        QVERIFY2(text->text().contains(QStringLiteral("키 파일")), qPrintable(text->text())); // Korean, and says why
        QVERIFY2(text->text().contains(QStringLiteral("visits.db.unreadable-")), qPrintable(text->text()));
        QTest::qWait(2500); // camera 63 starts, is lost, retries: the notice stays
        QVERIFY(w.noticeBar()->isVisible());
        QCOMPARE(text->text(), w.logNotice());
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier); // English window, English notice
        QTRY_VERIFY(text->text().contains(QStringLiteral("key file")));
    }
    // Restarted without acknowledging: still announced. The owner's PIN is set on the new log.
    {
        auto log = passdesk::log::VisitLog::open(o.logPath, m_clock, {});
        QVERIFY(log.ok());
        auth::OwnerGate gate((*log)->database(), m_clock);
        QVERIFY(gate.setPin(QStringLiteral("owner-2026")).ok());
    }
    {
        ui::MainWindow w(o, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.noticeBar()->isVisible(), 5000);
        // Cancelling the PIN dialog leaves it up; the right PIN takes it down.
        bool asked = false;
        whenModalPin([&asked](ui::PinDialog* d) {
            asked = true;
            d->reject();
        });
        w.acknowledgeLogNotice();
        QVERIFY(asked);
        QVERIFY(w.noticeBar()->isVisible());
        whenModalPin([](ui::PinDialog* d) {
            // At a person's pace: the counter window never lets a machine-fast burst into a PIN field.
            QTest::keyClicks(d->pinField(), QStringLiteral("owner-2026"), Qt::NoModifier, 60);
            QTest::keyClick(d->pinField(), Qt::Key_Return);
        });
        w.acknowledgeLogNotice();
        QVERIFY(!w.noticeBar()->isVisible());
        QVERIFY(w.logNotice().isEmpty());
    }
    {
        ui::MainWindow w(o, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(1000);
        QVERIFY(!w.noticeBar()->isVisible()); // acknowledged once, for good
    }
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("visits.db.unreadable-*")}, QDir::Files).filter(QRegularExpression(QStringLiteral("[0-9]$"))).size(), 1);
}

QTEST_MAIN(CounterWindowTest)
#include "CounterWindowTest.moc"
