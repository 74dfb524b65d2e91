// Logs every key and input-method event a focused QLineEdit receives, with ms timestamps, one per line:
//   <ms> key <press|release> <qt key hex> [<text>] ts=<display server timestamp, ms>
//   <ms> im preedit=<...> commit=<...>
// Used to record what ibus-hangul (or any input method) delivers to a Qt application under Xvfb.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {
class Logger : public QObject
{
public:
    explicit Logger(QTextStream& out) : m_out(out) { m_clock.start(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!watched->isWidgetType()) {
            return false;
        }
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease) {
            const auto* k = static_cast<QKeyEvent*>(event);
            m_out << m_clock.elapsed() << (event->type() == QEvent::KeyPress ? " key press " : " key release ")
                  << QString::number(k->key(), 16) << " [" << k->text() << "] ts=" << k->timestamp() << "\n";
        } else if (event->type() == QEvent::InputMethod) {
            const auto* im = static_cast<QInputMethodEvent*>(event);
            m_out << m_clock.elapsed() << " im preedit=[" << im->preeditString() << "] commit=[" << im->commitString()
                  << "]\n";
        }
        m_out.flush();
        return false;
    }

private:
    QTextStream& m_out;
    QElapsedTimer m_clock;
};
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QFile file(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/dev/stdout"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return 1;
    }
    QTextStream out(&file);
    Logger logger(out);
    QLineEdit edit;
    edit.setWindowTitle(QStringLiteral("ime-event-logger"));
    edit.installEventFilter(&logger);
    edit.resize(600, 40);
    edit.show();
    edit.activateWindow();
    edit.setFocus();
    QObject::connect(&edit, &QLineEdit::returnPressed, [&] { out << "final [" << edit.text() << "]\n"; out.flush(); });
    QTimer::singleShot(argc > 2 ? atoi(argv[2]) : 60000, &app, &QApplication::quit);
    return app.exec();
}
