#include "OwnerView.h"

#include "UiLanguage.h"
#include "credential/ReasonCatalog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QHelpEvent>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace passdesk::ui {

namespace {
const QColor kAdmittedColour(0x1b, 0x7f, 0x3b);
const QColor kRefusedColour(0xb3, 0x26, 0x1e);

bool isAdmitted(const log::Visit& v)
{
    return v.verdict == QLatin1String("valid") || v.verdict == QLatin1String("check-id");
}

bool nameUnverified(const log::Visit& v)
{
    return v.verdict == QLatin1String("unknown-issuer") || v.verdict == QLatin1String("unreadable") ||
           v.reasons.contains(QLatin1String("sig.")) || v.reasons.contains(QLatin1String("cose.")) || v.reasons.contains(QLatin1String("jws."));
}

// The owner reads words, not `sig.bad visit.reused`; a code the catalogue does not know (an
// exemption's id) stays as it is.
QString reasonWords(const QString& codes, const QString& language)
{
    QStringList words;
    for (const QString& code : codes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        words << credential::ReasonCatalog::text(code, language);
    }
    return words.join(QLatin1Char(' '));
}

int hourOf(const log::Visit& v)
{
    return v.atLocal.mid(11, 2).toInt();
}

QString verdictText(const QString& verdict)
{
    if (verdict == QLatin1String("valid")) {
        return DayModel::tr("Valid");
    }
    if (verdict == QLatin1String("check-id")) {
        return DayModel::tr("Check ID");
    }
    if (verdict == QLatin1String("invalid")) {
        return DayModel::tr("Invalid");
    }
    if (verdict == QLatin1String("unknown-issuer")) {
        return DayModel::tr("Unknown issuer");
    }
    return DayModel::tr("Unreadable");
}
QString typeText(const QString& type)
{
    if (type == QLatin1String("vaccination")) {
        return DayModel::tr("Vaccination");
    }
    if (type == QLatin1String("test")) {
        return DayModel::tr("Test");
    }
    if (type == QLatin1String("recovery")) {
        return DayModel::tr("Recovery");
    }
    return type;
}
} // namespace

void DayModel::setVisits(QList<log::Visit> visits)
{
    m_all = std::move(visits);
    apply();
}

void DayModel::setFilter(const QString& verdict, const QString& type, int hour, const QString& staff)
{
    m_verdict = verdict;
    m_type = type;
    m_hour = hour;
    m_staff = staff;
    apply();
}

void DayModel::apply()
{
    beginResetModel();
    m_shown.clear();
    for (const auto& v : m_all) {
        if ((!m_verdict.isEmpty() && v.verdict != m_verdict) || (!m_type.isEmpty() && v.type != m_type) ||
            (m_hour >= 0 && hourOf(v) != m_hour) || (!m_staff.isEmpty() && v.staff != m_staff)) {
            continue;
        }
        m_shown.append(v);
    }
    endResetModel();
}

int DayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int DayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DayModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size()) {
        return {};
    }
    const auto& v = m_shown.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Verdict) {
        return isAdmitted(v) ? kAdmittedColour : kRefusedColour;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Row) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Row: return v.id;
        case Time: return v.atUtc.isValid() ? QVariant(v.atUtc) : QVariant(v.atLocal);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reasons) {
        return v.reasons; // the codes, as exports and passdesk-cli print them
    }
    if (role == Qt::ToolTipRole && index.column() == Country) {
        return v.country; // as the log and its exports keep it
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Row: return QString::number(v.id);
    case Time: return v.atLocal.mid(11, 8);
    case Verdict: return verdictText(v.verdict);
    case Type: return typeText(v.type);
    case Format: return v.format;
    case Country: {
        // A country read from a certificate whose signature did not verify is kept marked as such.
        static const QString unverified = QStringLiteral("unverified");
        if (v.country == unverified) {
            return tr("not verified");
        }
        if (v.country.startsWith(unverified + QLatin1Char(':'))) {
            return tr("%1 (not verified)").arg(v.country.mid(unverified.size() + 1));
        }
        return v.country;
    }
    case Input: return v.input;
    case Reasons: return reasonWords(v.reasons, m_language);
    case Staff: return v.staff;
    case Holder: {
        if (v.holderName.isEmpty()) {
            return QString();
        }
        const QString name = v.holderName + QStringLiteral(" (") + v.holderBirth + QLatin1Char(')');
        // Rows written before unsigned names were kept out of the log: never shown as the visitor's.
        return nameUnverified(v) ? tr("Not verified: %1").arg(name) : name;
    }
    default: return {};
    }
}

QVariant DayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole) {
        return int(Qt::AscendingOrder); // the first click on a header: earliest time, lowest number first
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Row: return tr("No.");
    case Time: return tr("Time");
    case Verdict: return tr("Verdict");
    case Type: return tr("Type");
    case Format: return tr("Format");
    case Country: return tr("Country");
    case Input: return tr("Input");
    case Reasons: return tr("Reasons");
    case Staff: return tr("Staff");
    case Holder: return tr("Name (contact logging)");
    default: return {};
    }
}

HourlyChart::HourlyChart(QWidget* parent) : QWidget(parent)
{
    setMinimumHeight(160);
    setObjectName(QStringLiteral("hourlyChart"));
    setAccessibleName(tr("Visits per hour"));
    setMouseTracking(true);
    describe();
}

void HourlyChart::setVisits(const QList<log::Visit>& visits)
{
    m_admitted.fill(0);
    m_refused.fill(0);
    for (const auto& v : visits) {
        const int h = std::clamp(hourOf(v), 0, 23);
        (isAdmitted(v) ? m_admitted : m_refused)[size_t(h)]++;
    }
    describe();
    update();
}

QList<HourlyChart::LegendEntry> HourlyChart::legend() const
{
    return {{kAdmittedColour, tr("Admitted (valid, check ID)")}, {kRefusedColour, tr("Refused")}};
}

QString HourlyChart::hourText(int hour) const
{
    if (hour < 0 || hour > 23) {
        return {};
    }
    return tr("%1:00-%2:00: %3 admitted, %4 refused")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg((hour + 1) % 24, 2, 10, QLatin1Char('0'))
        .arg(m_admitted[size_t(hour)])
        .arg(m_refused[size_t(hour)]);
}

// Screen readers cannot see the bars: the description carries the day's totals and every hour with visits.
void HourlyChart::describe()
{
    int in = 0;
    int out = 0;
    QStringList hours;
    for (int h = 0; h < 24; ++h) {
        in += m_admitted[size_t(h)];
        out += m_refused[size_t(h)];
        if (m_admitted[size_t(h)] + m_refused[size_t(h)] > 0) {
            hours << hourText(h);
        }
    }
    QString text = tr("%1 visits: %2 admitted, %3 refused.").arg(in + out).arg(in).arg(out);
    if (!hours.isEmpty()) {
        text += QLatin1Char(' ') + hours.join(QStringLiteral("; ")) + QLatin1Char('.');
    }
    setAccessibleDescription(text);
}

// Room on the left for the scale, below for the hours, above for the legend.
QRectF HourlyChart::plotArea() const
{
    const double left = 30;
    const double top = 26;
    return QRectF(left, top, std::max(24.0, width() - left - 10.0), std::max(10.0, height() - top - 20.0));
}

int HourlyChart::hourAt(const QPoint& pos) const
{
    const QRectF area = plotArea();
    if (pos.x() < area.left() || pos.x() >= area.right() || pos.y() < area.top() - 10 || pos.y() > area.bottom()) {
        return -1;
    }
    return std::clamp(int((pos.x() - area.left()) / (area.width() / 24.0)), 0, 23);
}

QPoint HourlyChart::barCentre(int hour) const
{
    const QRectF area = plotArea();
    const double w = area.width() / 24.0;
    return QPointF(area.left() + (hour + 0.5) * w, area.bottom() - 2).toPoint();
}

bool HourlyChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int hour = hourAt(help->pos());
        if (hour < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            const QRectF area = plotArea();
            const double w = area.width() / 24.0;
            // The tip stays while the pointer is over the same hour's slot.
            const QRect slot = QRectF(area.left() + hour * w, area.top() - 10, w, area.height() + 10).toRect();
            QToolTip::showText(help->globalPos(), hourText(hour), this, slot);
        }
        return true;
    }
    return QWidget::event(event);
}

void HourlyChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    int top = 1;
    for (size_t h = 0; h < 24; ++h) {
        top = std::max(top, m_admitted[h] + m_refused[h]);
    }
    const QRectF area = plotArea();
    const double left = area.left();
    const double bottom = area.bottom();
    const double w = area.width() / 24.0;
    const double scale = area.height() / top;
    p.setPen(palette().text().color());
    for (int h = 0; h < 24; h += 3) {
        p.drawText(QRectF(left + h * w, bottom + 2, w * 3, 16), Qt::AlignLeft, QString::number(h));
    }
    p.drawText(QRectF(0, area.top() - 6, left - 4, 16), Qt::AlignRight, QString::number(top));
    for (size_t h = 0; h < 24; ++h) {
        const double x = left + double(h) * w + 2;
        const double a = m_admitted[h] * scale;
        const double r = m_refused[h] * scale;
        p.fillRect(QRectF(x, bottom - a, w - 4, a), kAdmittedColour);
        p.fillRect(QRectF(x, bottom - a - r, w - 4, r), kRefusedColour);
    }
    p.drawLine(QPointF(left, bottom), QPointF(area.right(), bottom));

    // The legend, top right: a swatch and its words per entry.
    const QFontMetrics metrics(font());
    const auto entries = legend();
    double x = width() - 10;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const double textWidth = metrics.horizontalAdvance(it->text);
        x -= textWidth;
        p.setPen(palette().text().color());
        p.drawText(QRectF(x, 4, textWidth + 2, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, it->text);
        x -= 16;
        p.fillRect(QRectF(x, 4 + (metrics.height() - 10) / 2.0, 10, 10), it->colour);
        x -= 14;
    }
}

PinDialog::PinDialog(auth::OwnerGate& gate, QWidget* parent) : QDialog(parent), m_gate(gate), m_setting(!gate.hasPin())
{
    setWindowTitle(tr("Owner"));
    setObjectName(QStringLiteral("pinDialog"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(m_setting ? tr("Choose the owner's PIN (at least 6 characters). It guards the log, exports and settings.")
                                       : tr("Enter the owner's PIN."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_pin = new QLineEdit(this);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setAccessibleName(tr("Owner PIN"));
    form->addRow(tr("PIN"), m_pin);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("pinRepeatField"));
    m_repeat->setAccessibleName(tr("Owner PIN again"));
    if (m_setting) {
        form->addRow(tr("Again"), m_repeat);
    } else {
        m_repeat->hide();
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_message->setWordWrap(true);
    form->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PinDialog::submit()
{
    if (m_setting) {
        if (m_pin->text() != m_repeat->text()) {
            m_message->setText(tr("The two PINs differ."));
            return;
        }
        const Status s = m_gate.setPin(m_pin->text());
        if (!s) {
            m_message->setText(tr("The PIN needs at least 6 characters."));
            return;
        }
    }
    const Status s = m_gate.unlock(m_pin->text());
    m_pin->clear();
    if (!s) {
        m_message->setText(s.error().code == QLatin1String("auth.locked") ? tr("Too many wrong PINs: %1.").arg(s.error().message)
                                                                         : tr("Wrong PIN: %1.").arg(s.error().message));
        return;
    }
    accept();
}

OwnerView::OwnerView(log::VisitLog& log, auth::OwnerGate& gate, const Clock& clock, QWidget* parent, const QString& language)
    : QDialog(parent), m_log(log), m_gate(gate), m_journal(log.database(), clock)
{
    setWindowTitle(tr("PassDesk - owner's review"));
    setObjectName(QStringLiteral("ownerView"));
    resize(1200, 800);
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    auto* prev = new QPushButton(tr("< Previous day"), this);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Day"));
    auto* next = new QPushButton(tr("Next day >"), this);
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("verdictFilter"));
    m_verdict->setAccessibleName(tr("Verdict filter"));
    m_verdict->addItem(tr("All verdicts"), QString());
    for (const char* v : {"valid", "check-id", "invalid", "unknown-issuer", "unreadable"}) {
        m_verdict->addItem(verdictText(QLatin1String(v)), QLatin1String(v));
    }
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Type filter"));
    m_type->addItem(tr("All types"), QString());
    for (const char* t : {"vaccination", "test", "recovery"}) {
        m_type->addItem(typeText(QLatin1String(t)), QLatin1String(t));
    }
    m_hour = new QComboBox(this);
    m_hour->setObjectName(QStringLiteral("hourFilter"));
    m_hour->setAccessibleName(tr("Hour filter"));
    m_hour->addItem(tr("All hours"), -1);
    for (int h = 0; h < 24; ++h) {
        m_hour->addItem(QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')), h);
    }
    m_staff = new QComboBox(this);
    m_staff->setAccessibleName(tr("Staff filter"));
    auto* lock = new QPushButton(tr("Lock"), this);
    for (QWidget* w : std::initializer_list<QWidget*>{prev, m_date, next, m_verdict, m_type, m_hour, m_staff}) {
        bar->addWidget(w);
    }
    bar->addStretch(1);
    bar->addWidget(lock);
    layout->addLayout(bar);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("dayTotals"));
    QFont big = m_totals->font();
    big.setPointSize(big.pointSize() + 4);
    big.setBold(true);
    m_totals->setFont(big);
    layout->addWidget(m_totals);
    m_chart = new HourlyChart(this);
    layout->addWidget(m_chart);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_model = new DayModel;
    m_model->setParent(this);
    m_model->setLanguage(UiLanguage::normalised(language));
    // Sorting through a proxy: a click on a header sorts by that column, numbers and times by value.
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DayModel::SortRole);
    m_table = new QTableView(split);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DayModel::Time, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Visits"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline = new QListWidget(split);
    m_timeline->setObjectName(QStringLiteral("evidenceTimeline"));
    m_timeline->setAccessibleName(tr("Evidence timeline"));
    m_timeline->setWordWrap(true);
    m_timeline->setSpacing(4);
    split->addWidget(m_table);
    split->addWidget(m_timeline);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({780, 380});
    layout->addWidget(split, 1);

    connect(prev, &QPushButton::clicked, this, [this] { showDay(m_date->date().addDays(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { showDay(m_date->date().addDays(1)); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (m_model->all().isEmpty() || m_model->all().first().atLocal.left(10) != d.toString(Qt::ISODate)) {
            showDay(d);
        }
    });
    for (QComboBox* c : {m_verdict, m_type, m_hour, m_staff}) {
        connect(c, &QComboBox::currentIndexChanged, this, &OwnerView::refilter);
    }
    connect(lock, &QPushButton::clicked, this, [this] {
        m_gate.lock();
        reject();
    });
    // Any activity postpones the idle lock; the timer closes the view once the gate locks.
    installEventFilter(this);
    for (QWidget* w : findChildren<QWidget*>()) {
        w->installEventFilter(this);
    }
    connect(&m_idle, &QTimer::timeout, this, &OwnerView::checkIdle);
    m_idle.start(1000);
    showDay(clock.now().toLocalTime().date());
}

QString OwnerView::evidenceKindText(const QString& kind)
{
    if (kind == QLatin1String("camera_lost")) {
        return tr("Camera disconnected");
    }
    if (kind == QLatin1String("scanner_lost")) {
        return tr("Barcode scanner disconnected");
    }
    if (kind == QLatin1String("no_decode")) {
        return tr("Camera read no code for a long time");
    }
    if (kind == QLatin1String("unclean_shutdown")) {
        return tr("PassDesk was not running (unclean end)");
    }
    if (kind == QLatin1String("clock_jump")) {
        return tr("The clock jumped");
    }
    if (kind == QLatin1String("log_error")) {
        return tr("The visitor log could not be written");
    }
    if (kind == QLatin1String("log_replaced")) {
        return tr("An unreadable visitor log was moved aside");
    }
    if (kind == QLatin1String("trust_stale")) {
        return tr("Trust list out of date");
    }
    if (kind == QLatin1String("service_unreachable")) {
        return tr("Online service unreachable");
    }
    if (kind == QLatin1String("manual_outage")) {
        return tr("Outage recorded by staff");
    }
    return kind;
}

void OwnerView::showDay(const QDate& day)
{
    const QSignalBlocker block(m_date);
    m_date->setDate(day);
    auto visits = m_log.listDay(day);
    m_model->setVisits(visits ? *visits : QList<log::Visit>());
    QStringList staff;
    for (const auto& v : m_model->all()) {
        if (!v.staff.isEmpty() && !staff.contains(v.staff)) {
            staff << v.staff;
        }
    }
    {
        const QSignalBlocker blockStaff(m_staff);
        m_staff->clear();
        m_staff->addItem(tr("All staff"), QString());
        for (const QString& s : staff) {
            m_staff->addItem(s, s);
        }
    }
    m_timeline->clear();
    const QDateTime from(day, QTime(0, 0));
    const auto events = m_journal.list(from.toUTC(), from.addDays(1).toUTC());
    if (events) {
        for (const auto& e : *events) {
            const QString end = e.ended.isValid() ? e.ended.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : tr("ongoing");
            // The journal keeps its cause in English (exports quote it); a moved-aside log, which the owner
            // must act on, is said in the UI language.
            QString cause = e.cause;
            static const QRegularExpression movedAside(QStringLiteral("moved aside to (.+) and a new log started$"));
            if (const auto m = movedAside.match(e.cause); e.kind == QLatin1String("log_replaced") && m.hasMatch()) {
                cause = tr("The old log was moved aside to %1 (nothing was deleted) and a new log was started.").arg(m.captured(1));
            }
            m_timeline->addItem(QStringLiteral("%1 - %2  %3%4\n%5")
                                    .arg(e.started.toLocalTime().toString(QStringLiteral("HH:mm:ss")), end, evidenceKindText(e.kind),
                                         e.manual ? tr(" (manual)") : QString(), cause));
        }
    }
    if (m_timeline->count() == 0) {
        m_timeline->addItem(tr("No outages recorded this day"));
    }
    refilter();
}

void OwnerView::refilter()
{
    m_model->setFilter(m_verdict->currentData().toString(), m_type->currentData().toString(), m_hour->currentData().toInt(),
                       m_staff->currentData().toString());
    const auto& shown = m_model->shown();
    const auto in = std::count_if(shown.cbegin(), shown.cend(), isAdmitted);
    m_totals->setText(tr("%1: %2 visits shown, %3 admitted, %4 refused")
                          .arg(m_date->date().toString(Qt::ISODate))
                          .arg(shown.size())
                          .arg(in)
                          .arg(shown.size() - in));
    m_chart->setVisits(shown);
    m_table->resizeColumnsToContents();
}

bool OwnerView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress || event->type() == QEvent::Wheel) {
        m_gate.touch();
    }
    return QDialog::eventFilter(watched, event);
}

void OwnerView::checkIdle()
{
    if (!m_gate.isUnlocked()) {
        m_idle.stop();
        reject();
    }
}

} // namespace passdesk::ui
