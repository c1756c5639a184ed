#include "ui/intake/screeningpanel.h"

#include "ui/common/riskstyle.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLoggingCategory>
#include <QRadioButton>
#include <QVBoxLayout>

namespace helpline {

namespace {

Q_LOGGING_CATEGORY(lcScreening, "helpline.ui.intake.screening")

const QString kAsq = QStringLiteral("asq");
const QString kCssrs = QStringLiteral("cssrs-screener");

// "1" .. "6", and "6a" for the C-SSRS follow-up to question 6.
QString questionNumber(const QString &id)
{
    if (id == u"q6Recent")
        return QStringLiteral("6a");
    return id.mid(1);
}

QString objectPrefix(ScreeningPanel::Instrument instrument, const QString &id)
{
    QString name = id;
    name[0] = name[0].toUpper();
    return (instrument == ScreeningPanel::Instrument::Asq ? QStringLiteral("asq")
                                                          : QStringLiteral("cssrs")) +
           name;
}

// The key of a button's mnemonic ("&Yes" -> Y); 0 when it has none.
int mnemonicKey(const QAbstractButton *button)
{
    const QKeySequence sequence = QKeySequence::mnemonic(button->text());
    if (sequence.isEmpty())
        return 0;
    return sequence[0].key();
}

} // namespace

ScreeningPanel::ScreeningPanel(QWidget *parent)
    : FormFieldEditor(parent)
{
    setObjectName(QStringLiteral("screeningPanel"));

    m_instrumentLabel = new QLabel(this);
    m_instrumentLabel->setObjectName(QStringLiteral("screeningInstrumentLabel"));
    m_instrumentCombo = new QComboBox(this);
    m_instrumentCombo->setObjectName(QStringLiteral("screeningInstrumentCombo"));
    m_instrumentCombo->addItem(QString(), kAsq);
    m_instrumentCombo->addItem(QString(), kCssrs);
    m_instrumentLabel->setBuddy(m_instrumentCombo);
    connect(m_instrumentCombo, &QComboBox::activated, this, [this](int index) {
        const Instrument chosen = index == 1 ? Instrument::Cssrs : Instrument::Asq;
        if (chosen == m_instrument)
            return;
        m_instrument = chosen;
        refresh();
        emit changed();
    });

    auto *instrumentRow = new QHBoxLayout;
    instrumentRow->addWidget(m_instrumentLabel);
    instrumentRow->addWidget(m_instrumentCombo);
    instrumentRow->addStretch(1);

    m_keysHint = new QLabel(this);
    m_keysHint->setObjectName(QStringLiteral("screeningKeysHint"));
    m_keysHint->setWordWrap(true);
    m_keysHint->setForegroundRole(QPalette::PlaceholderText);

    m_asqBox = new QWidget(this);
    m_asqBox->setObjectName(QStringLiteral("asqQuestions"));
    auto *asqLayout = new QVBoxLayout(m_asqBox);
    asqLayout->setContentsMargins(0, 0, 0, 0);
    m_cssrsBox = new QWidget(this);
    m_cssrsBox->setObjectName(QStringLiteral("cssrsQuestions"));
    auto *cssrsLayout = new QVBoxLayout(m_cssrsBox);
    cssrsLayout->setContentsMargins(0, 0, 0, 0);
    // Every row exists from the start (no reallocation afterwards: rows are referred to by
    // pointer); rows are shown and hidden as answers change what is asked.
    m_rows.reserve(asqQuestionIds().size() + cssrsQuestionIds().size());
    buildRows(Instrument::Asq, asqLayout);
    buildRows(Instrument::Cssrs, cssrsLayout);

    m_resultCaption = new QLabel(this);
    m_resultCaption->setObjectName(QStringLiteral("screeningResultCaption"));
    m_riskBadge = new QLabel(this);
    m_riskBadge->setObjectName(QStringLiteral("screeningRiskLabel"));
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("screeningResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultCaption);
    resultRow->addWidget(m_riskBadge);
    resultRow->addWidget(m_resultLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(instrumentRow);
    layout->addWidget(m_keysHint);
    layout->addWidget(m_asqBox);
    layout->addWidget(m_cssrsBox);
    layout->addLayout(resultRow);

    retranslate();
    refresh();
}

void ScreeningPanel::buildRows(Instrument instrument, QVBoxLayout *layout)
{
    const QStringList ids = instrument == Instrument::Asq ? asqQuestionIds() : cssrsQuestionIds();
    for (const QString &id : ids) {
        Row row;
        row.instrument = instrument;
        row.id = id;
        const QString prefix = objectPrefix(instrument, id);
        row.box = new QWidget(layout->parentWidget());
        row.box->setObjectName(prefix + QStringLiteral("Question"));
        row.question = new QLabel(row.box);
        row.question->setObjectName(prefix + QStringLiteral("Label"));
        row.question->setWordWrap(true);
        row.help = new QLabel(row.box);
        row.help->setObjectName(prefix + QStringLiteral("Help"));
        row.help->setWordWrap(true);
        row.help->setForegroundRole(QPalette::PlaceholderText);
        row.state = new QLabel(row.box);
        row.state->setObjectName(prefix + QStringLiteral("State"));
        row.group = new QButtonGroup(row.box);
        row.group->setObjectName(prefix + QStringLiteral("Group"));
        row.yes = new QRadioButton(row.box);
        row.yes->setObjectName(prefix + QStringLiteral("YesRadio"));
        row.no = new QRadioButton(row.box);
        row.no->setObjectName(prefix + QStringLiteral("NoRadio"));
        row.refused = new QRadioButton(row.box);
        row.refused->setObjectName(prefix + QStringLiteral("RefusedRadio"));
        row.group->addButton(row.yes, int(Answer::Yes));
        row.group->addButton(row.no, int(Answer::No));
        row.group->addButton(row.refused, int(Answer::Refused));
        row.question->setBuddy(row.yes);
        for (QRadioButton *button : {row.yes, row.no, row.refused})
            button->installEventFilter(this);

        auto *answers = new QHBoxLayout;
        answers->setSpacing(16);
        answers->addWidget(row.yes);
        answers->addWidget(row.no);
        answers->addWidget(row.refused);
        answers->addStretch(1);
        answers->addWidget(row.state);
        auto *rowLayout = new QVBoxLayout(row.box);
        rowLayout->setContentsMargins(0, 4, 0, 4);
        rowLayout->setSpacing(4);
        rowLayout->addWidget(row.question);
        rowLayout->addWidget(row.help);
        rowLayout->addLayout(answers);
        layout->addWidget(row.box);
        m_rows.append(row);

        const qsizetype index = m_rows.size() - 1;
        connect(row.group, &QButtonGroup::idClicked, this, [this, index](int id) {
            if (!m_refreshing)
                answerChosen(m_rows[index], Answer(id));
        });
    }
}

QJsonValue ScreeningPanel::value() const
{
    return m_instrument == Instrument::Asq ? toJson(m_asq) : toJson(m_cssrs);
}

void ScreeningPanel::setValue(const QJsonValue &value)
{
    m_asq = {};
    m_cssrs = {};
    m_instrument = Instrument::Asq;
    const QJsonObject object = value.toObject();
    const QString instrument = object.value(QStringLiteral("instrument")).toString();
    if (instrument == kCssrs) {
        m_instrument = Instrument::Cssrs;
        if (auto answers = cssrsAnswersFromJson(object))
            m_cssrs = answers.value();
        else
            qCWarning(lcScreening) << "unreadable C-SSRS answers:" << answers.error().detail;
    } else if (instrument == kAsq) {
        if (auto answers = asqAnswersFromJson(object))
            m_asq = answers.value();
        else
            qCWarning(lcScreening) << "unreadable ASQ answers:" << answers.error().detail;
    } else if (!object.isEmpty()) {
        qCWarning(lcScreening) << "unknown screening instrument";
    }
    refresh();
}

QWidget *ScreeningPanel::focusTarget()
{
    const QStringList open = unansweredQuestions();
    if (!open.isEmpty())
        if (Row *row = rowFor(open.first(), m_instrument))
            return row->yes;
    return m_instrumentCombo;
}

void ScreeningPanel::setAccessibleLabel(const QString &label)
{
    m_fieldLabel = label;
    setAccessibleName(label);
}

void ScreeningPanel::setInstrument(Instrument instrument)
{
    if (instrument == m_instrument)
        return;
    m_instrument = instrument;
    refresh();
    emit changed();
}

Answer ScreeningPanel::answer(const QString &questionId) const
{
    return m_instrument == Instrument::Asq ? m_asq.answer(questionId) : m_cssrs.answer(questionId);
}

void ScreeningPanel::setAnswer(const QString &questionId, Answer answer)
{
    if (Row *row = rowFor(questionId, m_instrument))
        answerChosen(*row, answer);
}

QStringList ScreeningPanel::askedQuestions() const
{
    return m_instrument == Instrument::Asq ? asqAskedQuestions(m_asq)
                                           : cssrsAskedQuestions(m_cssrs);
}

QStringList ScreeningPanel::unansweredQuestions() const
{
    return m_instrument == Instrument::Asq ? asqUnansweredQuestions(m_asq)
                                           : cssrsUnansweredQuestions(m_cssrs);
}

std::optional<RiskLevel> ScreeningPanel::riskLevel() const
{
    return m_instrument == Instrument::Asq ? asqRiskLevel(evaluateAsq(m_asq))
                                           : cssrsRiskLevel(evaluateCssrs(m_cssrs));
}

QString ScreeningPanel::resultText() const
{
    return m_resultLabel->text();
}

QRadioButton *ScreeningPanel::answerButton(const QString &questionId, Answer answer) const
{
    const Row *row = rowFor(questionId, m_instrument);
    if (!row)
        return nullptr;
    switch (answer) {
    case Answer::Yes:
        return row->yes;
    case Answer::No:
        return row->no;
    case Answer::Refused:
        return row->refused;
    case Answer::Unanswered:
        break;
    }
    return nullptr;
}

void ScreeningPanel::changeEvent(QEvent *event)
{
    FormFieldEditor::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && !m_refreshing)
        refresh();
}

bool ScreeningPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return FormFieldEditor::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    Row *row = rowOf(watched);
    const Qt::KeyboardModifiers modifiers =
        key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (!row || (modifiers != Qt::NoModifier && modifiers != Qt::AltModifier))
        return FormFieldEditor::eventFilter(watched, event);
    if (modifiers == Qt::NoModifier &&
        (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        answerChosen(*row, Answer::Unanswered);
        return true;
    }
    for (QRadioButton *button : {row->yes, row->no, row->refused}) {
        if (key->key() == mnemonicKey(button)) {
            answerChosen(*row, Answer(row->group->id(button)));
            focusNextQuestion(*row);
            return true;
        }
    }
    return FormFieldEditor::eventFilter(watched, event);
}

void ScreeningPanel::answerChosen(Row &row, Answer answer)
{
    if (row.instrument == Instrument::Asq)
        m_asq.setAnswer(row.id, answer);
    else
        m_cssrs.setAnswer(row.id, answer);
    refresh();
    emit changed();
}

void ScreeningPanel::focusNextQuestion(const Row &after)
{
    const QStringList asked = askedQuestions();
    const qsizetype at = asked.indexOf(after.id);
    if (at < 0 || at + 1 >= asked.size())
        return;
    Row *next = rowFor(asked.at(at + 1), m_instrument);
    if (!next)
        return;
    QAbstractButton *checked = next->group->checkedButton();
    (checked ? checked : next->yes)->setFocus(Qt::TabFocusReason);
}

ScreeningPanel::Row *ScreeningPanel::rowFor(const QString &id, Instrument instrument)
{
    for (Row &row : m_rows)
        if (row.instrument == instrument && row.id == id)
            return &row;
    return nullptr;
}

const ScreeningPanel::Row *ScreeningPanel::rowFor(const QString &id, Instrument instrument) const
{
    for (const Row &row : m_rows)
        if (row.instrument == instrument && row.id == id)
            return &row;
    return nullptr;
}

ScreeningPanel::Row *ScreeningPanel::rowOf(QObject *button)
{
    for (Row &row : m_rows)
        if (button == row.yes || button == row.no || button == row.refused)
            return &row;
    return nullptr;
}

void ScreeningPanel::retranslate()
{
    m_instrumentLabel->setText(tr("Screening instrument:"));
    m_instrumentCombo->setItemText(0, tr("ASQ (Ask Suicide-Screening Questions)"));
    m_instrumentCombo->setItemText(1, tr("C-SSRS screener (Columbia Protocol)"));
    m_instrumentCombo->setAccessibleName(tr("Screening instrument"));
    m_keysHint->setText(tr("Read each question to the child word for word. With the focus on a "
                           "question, the underlined letter answers it and moves to the next; "
                           "Delete clears an answer."));
    m_resultCaption->setText(tr("Result:"));
    m_riskBadge->setAccessibleName(tr("Risk level"));
    m_resultLabel->setAccessibleName(tr("Screening result"));
    setAccessibleName(m_fieldLabel.isEmpty() ? tr("Suicide risk screening") : m_fieldLabel);

    const QList<ScreeningQuestion> asq = asqQuestions();
    const QList<ScreeningQuestion> cssrs = cssrsQuestions();
    for (Row &row : m_rows) {
        const QList<ScreeningQuestion> &questions = row.instrument == Instrument::Asq ? asq : cssrs;
        ScreeningQuestion question;
        for (const ScreeningQuestion &q : questions)
            if (q.id == row.id)
                question = q;
        const QString number = questionNumber(row.id);
        row.question->setText(QStringLiteral("%1. %2").arg(number, question.text));
        row.help->setText(question.help);
        row.help->setVisible(!question.help.isEmpty());
        row.box->setAccessibleName(tr("Question %1").arg(number));
        row.state->setText(tr("Not answered"));
        row.yes->setText(tr("&Yes"));
        row.no->setText(tr("&No"));
        row.refused->setText(tr("&Declined to answer"));
        for (QRadioButton *button : {row.yes, row.no, row.refused}) {
            // The underlined letter works only inside its own question (eventFilter); a
            // window-wide Alt shortcut would be ambiguous among the questions.
            button->setShortcut(QKeySequence());
            button->setAccessibleName(QStringLiteral("%1: %2").arg(
                tr("Question %1").arg(number), QString(button->text()).remove(u'&')));
            button->setAccessibleDescription(question.text);
        }
    }
    refresh();
}

void ScreeningPanel::refresh()
{
    m_refreshing = true;
    const bool asq = m_instrument == Instrument::Asq;
    m_instrumentCombo->setCurrentIndex(asq ? 0 : 1);
    m_asqBox->setVisible(asq);
    m_cssrsBox->setVisible(!asq);

    const QStringList open = unansweredQuestions();
    for (Row &row : m_rows) {
        if (row.instrument != m_instrument)
            continue;
        const bool asked = asq ? asqIsAsked(m_asq, row.id) : cssrsIsAsked(m_cssrs, row.id);
        row.box->setVisible(asked);
        const Answer answer = asq ? m_asq.answer(row.id) : m_cssrs.answer(row.id);
        row.group->setExclusive(false);
        row.yes->setChecked(answer == Answer::Yes);
        row.no->setChecked(answer == Answer::No);
        row.refused->setChecked(answer == Answer::Refused);
        row.group->setExclusive(true);
        row.state->setVisible(open.contains(row.id));
    }

    QString text;
    std::optional<RiskLevel> level;
    if (asq) {
        const AsqResult result = evaluateAsq(m_asq);
        level = asqRiskLevel(result);
        text = asqResultDisplayName(result);
    } else {
        const CssrsResult result = evaluateCssrs(m_cssrs);
        level = cssrsRiskLevel(result);
        text = cssrsResultDisplayName(result);
    }
    if (!level && !open.isEmpty()) {
        QStringList numbers;
        for (const QString &id : open)
            numbers << questionNumber(id);
        text = tr("%1. Still to ask: %2").arg(text, numbers.join(QStringLiteral(", ")));
    }
    const RiskStyle style = riskStyle(level ? riskLevelCode(*level) : QString(), palette());
    m_riskBadge->setText(level ? style.text : tr("Not complete"));
    m_riskBadge->setStyleSheet(riskBadgeStyleSheet(style));
    m_resultLabel->setText(text);
    m_refreshing = false;
}

} // namespace helpline
