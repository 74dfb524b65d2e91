#pragma once

#include <QLabel>

namespace passdesk::ui {

/// A one-line, plain-text QLabel that gives way gracefully: when its space is narrower than its text it
/// draws the text elided at the end ("Vertrauensliste: vor 3 Tagen aktua…") and carries the whole text
/// as its tooltip. text() is always the whole text. Its size hint is the whole text and its minimum a
/// few letters, so a layout such as the status bar shrinks it instead of pushing the window wider than
/// the screen (German and Italian status texts at 1280 px).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    /// How many letters stay readable however narrow the label gets (default 8): a layout short of room
    /// shrinks the labels with the fewest first.
    void setMinimumLetters(int letters);
    int minimumLetters() const { return m_minimumLetters; }
    /// True when the text does not fit the label's width and is drawn elided.
    bool isElided() const;
    /// What the label shows: text() when it fits, its elided form otherwise.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRect textRect() const;
    void updateToolTip();

    int m_minimumLetters = 8;
};

} // namespace passdesk::ui
