#pragma once

#include "scan/WedgeDetector.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <vector>

class QWidget;

namespace passdesk::ui {

/// Application-wide key filter for keyboard-wedge barcode scanners, installed on the QApplication.
///
/// Each key is counted once, where it enters the application: at the window it was delivered to by
/// the display server (before Qt routes it to a widget), or at the first widget for keys sent to a
/// widget directly. core/scan/WedgeDetector tells a scanner's burst from a person by its speed.
///
/// What happens to the keys depends on what would receive them:
/// - nothing that takes text (the bare counter screen, a verdict showing, a dialog with no focused
///   control): they pass through, and a burst that ends with Enter is a scan;
/// - a free text field: they pass through so staff can type; on a scan the burst is taken back out
///   of the field and the Enter swallowed;
/// - anything else (a PIN or password field, an open menu, a button, a list, a combo box, a spin
///   box): they are held back for the detector's pause, then delivered if a person typed them. A
///   scanner's burst never reaches the control: it is a scan, or dropped with `dropped()`.
class WedgeScannerFilter : public QObject
{
    Q_OBJECT
public:
    explicit WedgeScannerFilter(QObject* parent = nullptr);

Q_SIGNALS:
    void scanned(const QString& text);
    /// A scanner's burst that was not a certificate was held back from a control and discarded.
    void dropped();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Target { Nothing, TextField, Guarded };
    struct HeldKey
    {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
        quint32 scanCode;
        quint32 virtualKey;
        quint32 nativeModifiers;
    };

    bool keyPress(QObject* receiver, QKeyEvent* key);
    bool keyRelease(QKeyEvent* key);
    /// Where Qt will deliver a key that arrived at `receiver` (a window or a widget).
    static QWidget* targetOf(QObject* receiver);
    static Target classify(const QWidget* target);
    static const char* kindName(Target kind); ///< for the trace
    /// Discards the held keys of a scanner's burst that was no certificate, and says so.
    void dropHeld();
    static void takeBack(QWidget* target, const QString& text);
    qint64 timeOf(const QKeyEvent* key);
    void holdTimeout();
    bool machineTyped() const;
    /// Delivers the held keys as they were typed, in order, to where they were headed.
    void replayHeld();

    scan::WedgeDetector m_detector;
    QElapsedTimer m_clock;
    /// The key event acted on last, while Qt may still be routing it (window, then widgets). Events
    /// live on the stack, so the address alone could be the next key's: type, time and key too.
    struct Routing
    {
        const QEvent* event = nullptr;
        QEvent::Type type = QEvent::None;
        quint64 timestamp = 0;
        int key = 0;
        bool operator==(const Routing&) const = default;
    };
    Routing m_routing;
    std::vector<HeldKey> m_held;
    std::vector<int> m_heldReleases; ///< keys whose press was held: their release is held too
    QPointer<QObject> m_heldReceiver;
    QTimer m_holdTimer;
    bool m_holdExtended = false; ///< the hold already waited out a possible stall
    qint64 m_lastHeldAt = 0;
    int m_heldRun = 0;           ///< held keys in a row at a scanner's pace (gap <= maxGapMs)
    int m_heldLongestRun = 0;
    quint64 m_holdGeneration = 0;
    bool m_replaying = false;
    qint64 m_lastKeyTime = 0;            ///< display-server time of the last stamped key event
    qint64 m_serverOffset = 0;           ///< display-server time minus m_clock, from the last key event
};

} // namespace passdesk::ui
