#include "SerialScanner.h"

#include <QFileInfo>
#include <QSerialPortInfo>

namespace passdesk::ui {

SerialScanner::SerialScanner(const QString& portName, QObject* parent) : QObject(parent)
{
    m_port.setPortName(portName);
    m_port.setBaudRate(QSerialPort::Baud115200); // CDC-ACM ignores it; RS-232 scanners default to 9600 or 115200
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScanner::readLines);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::ResourceError || error == QSerialPort::DeviceNotFoundError) {
            m_port.close();
            Q_EMIT stateChanged(false, m_port.errorString());
            QTimer::singleShot(1000, this, &SerialScanner::tryOpen);
        }
    });
    // A hang-up is not always reported as a read error (a pseudo-terminal whose other end closed, a
    // USB scanner pulled while idle): the device node going away says the scanner is gone too.
    m_watch = new QTimer(this);
    connect(m_watch, &QTimer::timeout, this, &SerialScanner::checkPresent);
    m_watch->start(1000);
    QTimer::singleShot(0, this, &SerialScanner::tryOpen);
}

void SerialScanner::checkPresent()
{
    if (!m_port.isOpen()) {
        return;
    }
    const QString path = m_port.portName().startsWith(QLatin1Char('/')) ? m_port.portName() : QSerialPortInfo(m_port).systemLocation();
    if (!path.isEmpty() && !QFileInfo::exists(path)) {
        m_port.close();
        Q_EMIT stateChanged(false, tr("the device is gone"));
        QTimer::singleShot(1000, this, &SerialScanner::tryOpen);
    }
}

void SerialScanner::tryOpen()
{
    if (m_port.isOpen()) {
        return;
    }
    if (m_port.open(QIODevice::ReadOnly)) {
        m_buffer.clear();
        Q_EMIT stateChanged(true, m_port.portName());
    } else {
        Q_EMIT stateChanged(false, m_port.errorString());
        QTimer::singleShot(1000, this, &SerialScanner::tryOpen);
    }
}

void SerialScanner::readLines()
{
    m_buffer += m_port.readAll();
    qsizetype end = -1;
    while ((end = m_buffer.indexOf('\n')) >= 0 || (end = m_buffer.indexOf('\r')) >= 0) {
        const QByteArray line = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end + 1);
        if (!line.isEmpty() && line.size() <= kMaxLine) {
            Q_EMIT scanned(QString::fromLatin1(line));
        }
    }
    if (m_buffer.size() > kMaxLine) {
        m_buffer.clear(); // noise without line ends: drop it rather than grow
    }
}

} // namespace passdesk::ui
