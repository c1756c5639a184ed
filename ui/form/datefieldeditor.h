#pragma once

#include "ui/form/formfieldeditor.h"

#include <QDate>

class QLineEdit;
class QToolButton;

namespace helpline {

// A date (type "date") that may stay empty: a line edit in the locale's short format with a
// four-digit year (07.07.2021 in az and ru), which also accepts 2021-07-07; a calendar button
// for the mouse. value() is "YYYY-MM-DD", or the typed text as is when it is not a date (so
// a draft keeps it and validation names the problem).
class DateFieldEditor : public FormFieldEditor {
    Q_OBJECT
public:
    explicit DateFieldEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() override;

    // The format dates are shown in, for the default locale.
    static QString displayFormat();
    static QDate parse(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCalendar();

    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
};

} // namespace helpline
