#include "ui/form/datefieldeditor.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>
#include <QWidgetAction>

namespace helpline {

DateFieldEditor::DateFieldEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(parent)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
{
    m_edit->setObjectName(field.id + QStringLiteral("Input"));
    m_calendarButton->setObjectName(field.id + QStringLiteral("CalendarButton"));
    // Typing is the keyboard path; the calendar is for the mouse and stays out of the tab order.
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    m_calendarButton->setText(QStringLiteral("…"));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) +
                            24);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_calendarButton);
    layout->addStretch(1);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FormFieldEditor::changed);
    connect(m_calendarButton, &QToolButton::clicked, this, &DateFieldEditor::showCalendar);
    retranslate();
}

QString DateFieldEditor::displayFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QDate DateFieldEditor::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format : {displayFormat(), QStringLiteral("yyyy-MM-dd"),
                                  QStringLiteral("d.M.yyyy"), QStringLiteral("d/M/yyyy")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}

QJsonValue DateFieldEditor::value() const
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return {};
    const QDate date = parse(text);
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(text);
}

void DateFieldEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_edit);
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    m_edit->setText(date.isValid() ? date.toString(displayFormat()) : text);
}

QWidget *DateFieldEditor::focusTarget()
{
    return m_edit;
}

void DateFieldEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FormFieldEditor::changeEvent(event);
}

void DateFieldEditor::retranslate()
{
    // The format in words a counsellor can read: "dd.MM.yyyy".
    m_edit->setPlaceholderText(displayFormat());
    m_calendarButton->setToolTip(tr("Choose a date from a calendar"));
    m_calendarButton->setAccessibleName(tr("Choose a date from a calendar"));
    m_edit->setAccessibleDescription(tr("Date, as %1").arg(displayFormat()));
    // Re-show a valid date in the current locale's format.
    const QDate date = parse(m_edit->text());
    if (date.isValid()) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(date.toString(displayFormat()));
    }
}

void DateFieldEditor::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    const QDate current = parse(m_edit->text());
    if (current.isValid())
        calendar->setSelectedDate(current);
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](const QDate &date) {
        m_edit->setText(date.toString(displayFormat()));
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](const QDate &date) {
        m_edit->setText(date.toString(displayFormat()));
        menu.close();
    });
    menu.exec(m_calendarButton->mapToGlobal(QPoint(0, m_calendarButton->height())));
    m_edit->setFocus(Qt::OtherFocusReason);
}

} // namespace helpline
