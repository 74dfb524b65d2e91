#pragma once

#include "auth/OwnerGate.h"
#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDialog>
#include <QTimer>

#include <array>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QHelpEvent;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace passdesk::ui {

/// One day's visits as a table: loaded per day (the index on the local day keeps this quick however
/// large the log grows) and filtered in memory.
class DayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Row, Time, Verdict, Type, Format, Country, Input, Reasons, Staff, Holder, ColumnCount };
    /// What the view sorts by: the raw value (the log's row id as a number, the visit's time as a
    /// QDateTime), the displayed text for the other columns.
    static constexpr int SortRole = Qt::UserRole;

    void setVisits(QList<log::Visit> visits);
    /// "ko", "en", "de" or "it", for the reasons in words (ReasonCatalog).
    void setLanguage(const QString& language) { m_language = language; }
    /// Empty strings (and hour -1) mean "all".
    void setFilter(const QString& verdict, const QString& type, int hour, const QString& staff);
    const QList<log::Visit>& all() const { return m_all; }
    const QList<log::Visit>& shown() const { return m_shown; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void apply();
    QList<log::Visit> m_all;
    QList<log::Visit> m_shown;
    QString m_verdict;
    QString m_type;
    int m_hour = -1;
    QString m_staff;
    QString m_language = QStringLiteral("en");
};

/// Visits per hour as stacked bars, admitted in green below refused in red, with a legend. Hovering a
/// bar tells its hour and counts; the accessible description says the same for every hour with visits.
class HourlyChart : public QWidget
{
    Q_OBJECT
public:
    /// One entry of the legend: the colour of a bar part and what it counts.
    struct LegendEntry
    {
        QColor colour;
        QString text;
    };

    explicit HourlyChart(QWidget* parent = nullptr);
    void setVisits(const QList<log::Visit>& visits);
    const std::array<int, 24>& admitted() const { return m_admitted; }
    const std::array<int, 24>& refused() const { return m_refused; }
    QList<LegendEntry> legend() const;
    /// The hour whose bar is under `pos` (widget coordinates), or -1.
    int hourAt(const QPoint& pos) const;
    /// The centre of an hour's bar slot, for tests and the tooltip's placement.
    QPoint barCentre(int hour) const;
    /// The tooltip of an hour: the hour and its counts.
    QString hourText(int hour) const;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF plotArea() const;
    void describe();

    std::array<int, 24> m_admitted{};
    std::array<int, 24> m_refused{};
};

/// Asks for the owner's PIN (or, the first time, to set one). Wrong PINs and lockouts are shown.
class PinDialog : public QDialog
{
    Q_OBJECT
public:
    PinDialog(auth::OwnerGate& gate, QWidget* parent = nullptr);
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* repeatField() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }

private:
    void submit();
    auth::OwnerGate& m_gate;
    QLineEdit* m_pin;
    QLineEdit* m_repeat;
    QLabel* m_message;
    bool m_setting;
};

/// The owner's review of one day: totals, an hourly chart, the visits (filter by verdict, type, hour,
/// staff) and the evidence timeline. Opens only through the PIN gate and locks itself when idle.
class OwnerView : public QDialog
{
    Q_OBJECT
public:
    /// `language`: "ko", "en", "de" or "it", for texts that come from the reason catalogue rather than tr().
    OwnerView(log::VisitLog& log, auth::OwnerGate& gate, const Clock& clock, QWidget* parent = nullptr,
              const QString& language = QStringLiteral("en"));

    void showDay(const QDate& day);
    /// An evidence period's kind in words (camera_lost -> "Camera disconnected"), in the UI language.
    static QString evidenceKindText(const QString& kind);
    DayModel* model() const { return m_model; }
    /// The table shows the model through this proxy (sorted by the header the owner clicked).
    QSortFilterProxyModel* sortedModel() const { return m_sorted; }
    QTableView* table() const { return m_table; }
    HourlyChart* chart() const { return m_chart; }
    QListWidget* timeline() const { return m_timeline; }
    QLabel* totals() const { return m_totals; }
    QComboBox* verdictFilter() const { return m_verdict; }
    QComboBox* hourFilter() const { return m_hour; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refilter();
    void checkIdle();

    log::VisitLog& m_log;
    auth::OwnerGate& m_gate;
    log::EvidenceJournal m_journal;
    DayModel* m_model;
    QSortFilterProxyModel* m_sorted;
    HourlyChart* m_chart;
    QTableView* m_table;
    QListWidget* m_timeline;
    QLabel* m_totals;
    QDateEdit* m_date;
    QComboBox* m_verdict;
    QComboBox* m_type;
    QComboBox* m_hour;
    QComboBox* m_staff;
    QTimer m_idle;
};

} // namespace passdesk::ui
