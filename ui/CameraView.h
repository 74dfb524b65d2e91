#pragma once

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace passdesk::ui {

/// The live preview with a framing guide, and outlines around the codes just read. When there is no
/// picture (camera unplugged, starting) it says so in place of the preview.
class CameraView : public QWidget
{
    Q_OBJECT
public:
    explicit CameraView(QWidget* parent = nullptr);

    void showFrame(const QImage& frame, const QList<QPolygonF>& codes);
    /// Text shown instead of a picture (empty: show the last frame).
    void setMessage(const QString& message);
    QString message() const { return m_message; }
    bool hasFrame() const { return !m_frame.isNull(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_frame;
    QList<QPolygonF> m_codes;
    QString m_message;
};

} // namespace passdesk::ui
