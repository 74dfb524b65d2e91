#include "CameraView.h"

#include <QPainter>
#include <QPainterPath>

namespace passdesk::ui {

CameraView::CameraView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraView"));
    setMinimumSize(480, 360);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CameraView::showFrame(const QImage& frame, const QList<QPolygonF>& codes)
{
    m_frame = frame;
    m_codes = codes;
    update();
}

void CameraView::setMessage(const QString& message)
{
    m_message = message;
    setAccessibleDescription(message);
    update();
}

void CameraView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x12, 0x14, 0x16));
    p.setRenderHint(QPainter::Antialiasing);
    QRectF target;
    if (!m_frame.isNull()) {
        const QSizeF scaled = QSizeF(m_frame.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
        target = QRectF(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
        p.drawImage(target, m_frame);
        // Outlines around the codes just read, in image coordinates mapped to the widget.
        const double sx = target.width() / m_frame.width();
        const double sy = target.height() / m_frame.height();
        p.setPen(QPen(QColor(0x42, 0xa5, 0xf5), 4)); // "a code is here", not a verdict: that is the panel's job
        for (const QPolygonF& code : m_codes) {
            QPolygonF mapped;
            for (const QPointF& pt : code) {
                mapped << QPointF(target.left() + pt.x() * sx, target.top() + pt.y() * sy);
            }
            p.drawPolygon(mapped);
        }
    }
    // Framing guide: corner brackets where a phone should be held.
    const double side = std::min(width(), height()) * 0.62;
    const QRectF guide(QPointF((width() - side) / 2, (height() - side) / 2), QSizeF(side, side));
    const double arm = side * 0.16;
    p.setPen(QPen(QColor(255, 255, 255, 200), 5, Qt::SolidLine, Qt::RoundCap));
    const QPointF c[4] = {guide.topLeft(), guide.topRight(), guide.bottomRight(), guide.bottomLeft()};
    const QPointF dx(arm, 0);
    const QPointF dy(0, arm);
    p.drawPolyline(QPolygonF({c[0] + dy, c[0], c[0] + dx}));
    p.drawPolyline(QPolygonF({c[1] - dx, c[1], c[1] + dy}));
    p.drawPolyline(QPolygonF({c[2] - dy, c[2], c[2] - dx}));
    p.drawPolyline(QPolygonF({c[3] + dx, c[3], c[3] - dy}));
    if (!m_message.isEmpty()) {
        QFont f = font();
        f.setPointSize(18);
        f.setBold(true);
        p.setFont(f);
        // Over the preview when there is none; along the bottom when there is a picture to keep visible.
        const QRectF box = m_frame.isNull() ? rect().adjusted(40, height() * 0.4, -40, -height() * 0.4)
                                            : QRectF(40, height() - 90, width() - 80, 60);
        QPainterPath path;
        path.addRoundedRect(box, 10, 10);
        p.fillPath(path, QColor(0, 0, 0, 170));
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
}

} // namespace passdesk::ui
