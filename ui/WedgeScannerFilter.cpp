#include "WedgeScannerFilter.h"

#include "scan/KeyboardLayoutRecovery.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWindow>

#include <algorithm>

namespace passdesk::ui {

// QT_LOGGING_RULES="passdesk.wedge.debug=true": every key the filter counts, with its display-server
// time, where it was headed and what became of the burst (the acceptance suite turns it on).
Q_LOGGING_CATEGORY(lcWedge, "passdesk.wedge", QtWarningMsg)

namespace {

bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
        return true;
    default:
        return false;
    }
}

// A character a scanner could type: printable, with no modifier but Shift (and the keypad's).
bool isTyped(const QKeyEvent* key)
{
    const QString text = key->text();
    const auto mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    return text.size() == 1 && text.at(0).isPrint() && mods == Qt::NoModifier;
}

bool isEnter(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}
} // namespace

WedgeScannerFilter::WedgeScannerFilter(QObject* parent) : QObject(parent)
{
    m_clock.start();
    m_holdTimer.setSingleShot(true);
    // Longer than the detector's pause, so a scanner's burst is never cut by a busy event loop.
    m_holdTimer.setInterval(m_detector.options().maxGapMs + 40);
    connect(&m_holdTimer, &QTimer::timeout, this, &WedgeScannerFilter::holdTimeout);
}

qint64 WedgeScannerFilter::timeOf(const QKeyEvent* key)
{
    // The display server's timestamp when there is one: it says when the key was pressed, not when
    // this thread got round to it, so a repaint in the middle of a burst does not split it.
    if (key->timestamp() != 0) {
        m_serverOffset = qint64(key->timestamp()) - m_clock.elapsed();
        m_lastKeyTime = qint64(key->timestamp());
        return m_lastKeyTime;
    }
    // Qt's ibus input context re-sends the keys the engine passes through (digits, ':', Return) without
    // a timestamp, late: they belong with the last key the display server stamped.
    return m_lastKeyTime != 0 ? m_lastKeyTime : m_clock.elapsed();
}

QWidget* WedgeScannerFilter::targetOf(QObject* receiver)
{
    if (QWidget* popup = QApplication::activePopupWidget()) {
        return popup->focusWidget() != nullptr ? popup->focusWidget() : popup;
    }
    if (auto* window = qobject_cast<QWindow*>(receiver)) {
        return qobject_cast<QWidget*>(window->focusObject());
    }
    return qobject_cast<QWidget*>(receiver);
}

const char* WedgeScannerFilter::kindName(Target kind)
{
    switch (kind) {
    case Target::Nothing:
        return "nothing";
    case Target::TextField:
        return "text";
    case Target::Guarded:
        return "guarded";
    }
    return "?";
}

WedgeScannerFilter::Target WedgeScannerFilter::classify(const QWidget* target)
{
    if (target == nullptr) {
        return Target::Nothing;
    }
    if (const auto* line = qobject_cast<const QLineEdit*>(target)) {
        // A password field's text cannot be read back or trusted to a take-back: hold instead. A line
        // edit inside a spin box or date field edits a value, not free text.
        const bool freeText = line->echoMode() == QLineEdit::Normal && !line->isReadOnly() &&
                              qobject_cast<const QAbstractSpinBox*>(line->parentWidget()) == nullptr;
        return freeText ? Target::TextField : Target::Guarded;
    }
    if (const auto* edit = qobject_cast<const QPlainTextEdit*>(target)) {
        return edit->isReadOnly() ? Target::Guarded : Target::TextField;
    }
    if (const auto* edit = qobject_cast<const QTextEdit*>(target)) {
        return edit->isReadOnly() ? Target::Guarded : Target::TextField;
    }
    if (qobject_cast<const QMenu*>(target) != nullptr) {
        return Target::Guarded; // letters are its mnemonics: each would trigger an action
    }
    // A window with no control focused takes no text; any focused control (button, box, list) acts on
    // keys (Space clicks a button, letters pick a combo box entry).
    return target->isWindow() ? Target::Nothing : Target::Guarded;
}

void WedgeScannerFilter::takeBack(QWidget* target, const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(target)) {
        const QString current = line->text();
        if (current.endsWith(text)) {
            line->setText(current.chopped(text.size()));
        }
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(target)) {
        const QString current = plain->toPlainText();
        if (current.endsWith(text)) {
            plain->setPlainText(current.chopped(text.size()));
        }
    } else if (auto* rich = qobject_cast<QTextEdit*>(target)) {
        const QString current = rich->toPlainText();
        if (current.endsWith(text)) {
            rich->setPlainText(current.chopped(text.size()));
        }
    }
}

bool WedgeScannerFilter::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::InputMethod && !m_replaying && watched == QApplication::focusWidget()) {
        // An input method (ibus-hangul in Hangul mode) commits composed text instead of delivering the
        // letter keys: count the commit as burst input, on the key events' clock (IM events have no time).
        // Counted at the focus widget, the input method's target, so never twice; consecutive commits
        // may share a stack address, so the address says nothing.
        const auto* im = static_cast<QInputMethodEvent*>(event);
        if (!im->commitString().isEmpty()) {
            // The commit is the engine's answer to the key whose event came last: its time is that key's.
            m_detector.commit(im->commitString(), m_lastKeyTime != 0 ? m_lastKeyTime : m_clock.elapsed());
        }
        return QObject::eventFilter(watched, event);
    }
    if ((type != QEvent::KeyPress && type != QEvent::KeyRelease) || m_replaying) {
        return QObject::eventFilter(watched, event);
    }
    // Qt routes one key event through the window and then the widgets (and up to their parents when a
    // widget ignores it), and this filter sees every step: act at the first step only.
    auto* key = static_cast<QKeyEvent*>(event);
    const Routing routing{event, type, key->timestamp(), key->key()};
    if (routing == m_routing) {
        return QObject::eventFilter(watched, event);
    }
    if (!watched->isWindowType() && !watched->isWidgetType()) {
        return QObject::eventFilter(watched, event);
    }
    m_routing = routing;
    timeOf(key); // releases too: with an input method they may be all that comes of a letter
    const bool swallow = type == QEvent::KeyPress ? keyPress(watched, key) : keyRelease(key);
    return swallow || QObject::eventFilter(watched, event);
}

bool WedgeScannerFilter::keyRelease(QKeyEvent* key)
{
    if (key->key() == Qt::Key_Dead_Grave) {
        // The compose input context swallows a dead key's press; its release marks where the key was
        // (the German layout's '+', see KeyboardLayoutRecovery).
        m_detector.key(scan::KeyboardLayoutRecovery::deadGraveMark(), timeOf(key));
    }
    const auto held = std::find(m_heldReleases.begin(), m_heldReleases.end(), key->key());
    if (held == m_heldReleases.end()) {
        return false;
    }
    m_heldReleases.erase(held);
    return true; // its press was held back: the control never saw it go down
}

bool WedgeScannerFilter::keyPress(QObject* receiver, QKeyEvent* key)
{
    if (isModifierKey(key->key())) {
        return false; // Shift between a scanner's characters belongs to the burst
    }
    const qint64 now = timeOf(key);
    QWidget* target = targetOf(receiver);
    const Target kind = classify(target);
    qCDebug(lcWedge).nospace() << "key " << key->text() << " t=" << now << " local=" << m_clock.elapsed() + m_serverOffset
                               << " to=" << kindName(kind) << (target ? target->metaObject()->className() : "-")
                               << " pending=" << m_detector.pending() << " held=" << m_held.size();

    if (isEnter(key)) {
        const bool scannerLike = m_detector.scannerLike(now);
        const qsizetype pending = m_detector.pending();
        const auto text = m_detector.enter(now);
        qCDebug(lcWedge).nospace() << "enter t=" << now << " pending=" << pending << " scannerLike=" << scannerLike
                                   << " scan=" << text.has_value() << " held=" << m_held.size() << " machineTyped=" << machineTyped();
        if (text) {
            m_held.clear();
            m_holdTimer.stop();
            if (kind == Target::TextField) {
                takeBack(target, m_detector.lastArrived()); // as it landed, before layout recovery
            }
            if (QWidget* popup = QApplication::activePopupWidget()) {
                popup->close(); // a menu left open: the scan goes through, the menu goes away
            }
            Q_EMIT scanned(*text);
            return true;
        }
        if (!m_held.empty() && (scannerLike || machineTyped())) {
            dropHeld();
            return true;
        }
        replayHeld();
        return false;
    }
    // Qt's X11 client calls a key auto-repeated when its release and the next press of the same key
    // share a millisecond in the queue: a scanner's doubled character does that whenever the event
    // loop is behind (a busy PC). Only a repeat that does not follow a burst is a key held down.
    const bool heldDown = key->isAutoRepeat() && !m_detector.continues(now);
    if (!isTyped(key) || heldDown) {
        // Editing keys, shortcuts, a key held down: a person. Whatever was held goes first, in order.
        qCDebug(lcWedge) << "not typed: key" << key->key() << "held down" << heldDown << "resets" << m_detector.pending();
        if (!m_held.empty() && (m_detector.looksScanned() || machineTyped())) {
            dropHeld(); // a scanner's keys, ended by something other than Enter (a Tab suffix)
        }
        m_detector.reset();
        replayHeld();
        return false;
    }
    m_detector.key(key->text().at(0), now);
    if (kind != Target::Guarded && m_held.empty()) {
        return false;
    }
    if (m_held.empty()) {
        m_heldReceiver = receiver;
        m_heldRun = m_heldLongestRun = 0;
    } else if (now - m_lastHeldAt <= m_detector.options().maxGapMs) {
        m_heldLongestRun = std::max(m_heldLongestRun, ++m_heldRun);
    } else {
        m_heldRun = 0;
    }
    m_lastHeldAt = now;
    m_held.push_back({key->key(), key->modifiers(), key->text(), key->nativeScanCode(), key->nativeVirtualKey(), key->nativeModifiers()});
    if (m_heldReleases.size() > 64) {
        m_heldReleases.erase(m_heldReleases.begin()); // a release that never came (focus moved away)
    }
    m_heldReleases.push_back(key->key());
    m_holdTimer.start();
    m_holdExtended = false;
    ++m_holdGeneration; // a key arrived: any extended wait in flight is stale
    return true;
}

bool WedgeScannerFilter::machineTyped() const
{
    // Eight keys in a row at a scanner's pace: no person types like that. A burst the detector gave up
    // on (a machine so busy that it stalled past maxStallMs) is still never replayed into the control.
    return m_heldLongestRun >= 8;
}

void WedgeScannerFilter::holdTimeout()
{
    if (m_held.empty()) {
        return;
    }
    // Keys were coming at a scanner's pace when they stopped: a busy machine may have stalled the
    // burst, so wait out the longest stall before deciding (a person's single key is not kept waiting).
    const int stall = m_detector.options().maxStallMs - m_holdTimer.interval();
    qCDebug(lcWedge).nospace() << "hold timeout local=" << m_clock.elapsed() + m_serverOffset << " held=" << m_held.size()
                               << " fastRun=" << m_detector.inFastRun() << " extended=" << m_holdExtended
                               << " looksScanned=" << m_detector.looksScanned() << " machineTyped=" << machineTyped();
    if (m_detector.inFastRun() && !m_holdExtended && stall > 0) {
        m_holdExtended = true;
        QTimer::singleShot(stall, this, [this, generation = m_holdGeneration] {
            if (generation == m_holdGeneration) {
                holdTimeout();
            }
        });
        return;
    }
    // A pause with no Enter. A person's keys are delivered now; a scanner's (too many, too fast for a
    // person: one set up without an Enter suffix, or noise) are not, so they never land in the field.
    if (m_detector.looksScanned() || machineTyped()) {
        m_detector.reset();
        dropHeld();
        return;
    }
    replayHeld();
}

void WedgeScannerFilter::dropHeld()
{
    // A scanner's keys that were no certificate: discarded, never the control's.
    m_held.clear();
    m_holdTimer.stop();
    Q_EMIT dropped();
}

void WedgeScannerFilter::replayHeld()
{
    m_holdTimer.stop();
    if (m_held.empty()) {
        return;
    }
    const std::vector<HeldKey> keys = std::move(m_held);
    m_held.clear();
    qCDebug(lcWedge) << "replay" << keys.size() << "held keys";
    QObject* receiver = m_heldReceiver;
    if (receiver == nullptr) {
        return; // the window closed meanwhile
    }
    m_replaying = true;
    for (const HeldKey& k : keys) {
        QKeyEvent press(QEvent::KeyPress, k.key, k.modifiers, k.scanCode, k.virtualKey, k.nativeModifiers, k.text);
        QCoreApplication::sendEvent(receiver, &press);
        QKeyEvent release(QEvent::KeyRelease, k.key, k.modifiers, k.scanCode, k.virtualKey, k.nativeModifiers, k.text);
        QCoreApplication::sendEvent(receiver, &release);
        if (m_heldReceiver.isNull()) {
            break; // a replayed key closed the window (a dialog's mnemonic)
        }
    }
    m_replaying = false;
}

} // namespace passdesk::ui
