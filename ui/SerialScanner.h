#pragma once

#include <QObject>
#include <QSerialPort>
#include <QTimer>

namespace passdesk::ui {

/// A USB serial (CDC-ACM) barcode scanner: it sends each code as a line. Reads lines from the port
/// chosen in settings, and reopens it by itself after the scanner is unplugged and plugged back in.
class SerialScanner : public QObject
{
    Q_OBJECT
public:
    /// `portName` as Qt names it ("ttyACM0") or a device path ("/dev/ttyACM0").
    explicit SerialScanner(const QString& portName, QObject* parent = nullptr);

    bool isOpen() const { return m_port.isOpen(); }
    QString portName() const { return m_port.portName(); }
    /// Lines longer than this are noise and dropped (a certificate is a few thousand characters).
    static constexpr qsizetype kMaxLine = 8192;

Q_SIGNALS:
    void scanned(const QString& text);
    void stateChanged(bool open, const QString& detail);

private:
    void tryOpen();
    void readLines();

    void checkPresent();

    QSerialPort m_port;
    QTimer* m_watch;
    QByteArray m_buffer;
};

} // namespace passdesk::ui
