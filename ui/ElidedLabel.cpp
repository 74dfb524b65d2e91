#include "ElidedLabel.h"

#include <QPainter>
#include <QStyle>

namespace passdesk::ui {

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize full = QLabel::minimumSizeHint();
    const QString start = text().left(m_minimumLetters) + QStringLiteral("…");
    const int width = fontMetrics().horizontalAdvance(start) + 2 * margin() + frameWidth() * 2;
    return {std::min(full.width(), width), full.height()};
}

QRect ElidedLabel::textRect() const
{
    return contentsRect().adjusted(margin(), margin(), -margin(), -margin());
}

void ElidedLabel::setMinimumLetters(int letters)
{
    m_minimumLetters = std::max(1, letters);
    updateGeometry();
}

bool ElidedLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > textRect().width();
}

QString ElidedLabel::shownText() const
{
    return isElided() ? fontMetrics().elidedText(text(), Qt::ElideRight, textRect().width()) : text();
}

void ElidedLabel::paintEvent(QPaintEvent* event)
{
    // Text changes arrive as repaints (QLabel::setText is not virtual): the tooltip follows here too.
    updateToolTip();
    if (!isElided()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    drawFrame(&painter);
    style()->drawItemText(&painter, textRect(), int(alignment()), palette(), isEnabled(), shownText(),
                          foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    const QString tip = isElided() ? text() : QString();
    if (toolTip() != tip) {
        setToolTip(tip);
    }
}

} // namespace passdesk::ui
