#pragma once

#include "scan/WedgeDetector.h"

#include <QElapsedTimer>
#include <QObject>

namespace passdesk::ui {

/// Application-wide key filter for keyboard-wedge barcode scanners. Keys pass through as usual, so
/// staff can type in any field; when a burst ends with Enter and core/scan/WedgeDetector says a
/// scanner typed it, the filter emits scanned(), swallows the Enter, and takes the burst back out of
/// the text field it landed in.
class WedgeScannerFilter : public QObject
{
    Q_OBJECT
public:
    explicit WedgeScannerFilter(QObject* parent = nullptr);

Q_SIGNALS:
    void scanned(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    scan::WedgeDetector m_detector;
    QElapsedTimer m_clock;
};

} // namespace passdesk::ui
