#include "WedgeScannerFilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace passdesk::ui {

WedgeScannerFilter::WedgeScannerFilter(QObject* parent) : QObject(parent)
{
    m_clock.start();
}

bool WedgeScannerFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QObject::eventFilter(watched, event);
    }
    // The application and the focus widget both see each key; count it once, at the widget.
    if (watched != QApplication::focusWidget() && QApplication::focusWidget() != nullptr) {
        return QObject::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const qint64 now = m_clock.elapsed();
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const auto text = m_detector.enter(now);
        if (!text) {
            return QObject::eventFilter(watched, event);
        }
        // Take the scanner's characters back out of whatever field they landed in.
        if (auto* line = qobject_cast<QLineEdit*>(QApplication::focusWidget())) {
            const QString current = line->text();
            if (current.endsWith(*text)) {
                line->setText(current.chopped(text->size()));
            }
        } else if (auto* edit = qobject_cast<QPlainTextEdit*>(QApplication::focusWidget())) {
            const QString current = edit->toPlainText();
            if (current.endsWith(*text)) {
                edit->setPlainText(current.chopped(text->size()));
            }
        }
        Q_EMIT scanned(*text);
        return true;
    }
    const QString typed = key->text();
    if (typed.size() == 1 && typed.at(0).isPrint()) {
        m_detector.key(typed.at(0), now);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace passdesk::ui
