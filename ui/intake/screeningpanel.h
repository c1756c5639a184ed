#pragma once

#include "core/domain/screening.h"
#include "ui/form/formfieldeditor.h"

#include <QJsonValue>
#include <QList>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace helpline {

// The suicide-risk screening block of the intake (docs/screening.md): the ASQ by default, the
// C-SSRS screener selectable. It shows only the questions core says are asked for the answers so
// far, takes Yes / No / Declined to answer for each (radio buttons, one group per question; the
// underlined letter answers the question that has the focus and moves on to the next one), and
// shows core's result and risk level in words and colour. Its value is core's toJson(answers).
// The intake registers it as the editor of "screening" fields (FormView::setEditorFactory).
class ScreeningPanel : public FormFieldEditor {
    Q_OBJECT
public:
    enum class Instrument { Asq, Cssrs };

    explicit ScreeningPanel(QWidget *parent = nullptr);

    // The form value: {"instrument": "asq" | "cssrs-screener", "<question id>": "yes", ...}.
    QJsonValue value() const override;
    // Restores a value exactly; anything unreadable (or empty) starts an empty ASQ.
    void setValue(const QJsonValue &value) override;
    // The first asked question still unanswered, else the instrument choice.
    QWidget *focusTarget() override;
    // Names the panel after the field's label; its own controls keep their names.
    void setAccessibleLabel(const QString &label) override;

    Instrument instrument() const { return m_instrument; }
    void setInstrument(Instrument instrument);
    Answer answer(const QString &questionId) const;
    // As if the counsellor chose the answer (emits changed()).
    void setAnswer(const QString &questionId, Answer answer);
    // The question ids shown now, in order.
    QStringList askedQuestions() const;
    // The result's risk level; nullopt while the screen is not complete.
    std::optional<RiskLevel> riskLevel() const;
    QString resultText() const; // in words, as shown

    // The radio button for one answer of the current instrument's question (tests, focus).
    QRadioButton *answerButton(const QString &questionId, Answer answer) const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        Instrument instrument;
        QString id;
        QWidget *box = nullptr;
        QLabel *question = nullptr;
        QLabel *help = nullptr;
        QLabel *state = nullptr;
        QButtonGroup *group = nullptr;
        QRadioButton *yes = nullptr;
        QRadioButton *no = nullptr;
        QRadioButton *refused = nullptr;
    };

    void buildRows(Instrument instrument, QVBoxLayout *layout);
    void retranslate();
    void refresh(); // rows shown, checks, result
    void answerChosen(Row &row, Answer answer);
    void focusNextQuestion(const Row &after);
    Row *rowFor(const QString &id, Instrument instrument);
    const Row *rowFor(const QString &id, Instrument instrument) const;
    Row *rowOf(QObject *button);
    QStringList unansweredQuestions() const;

    Instrument m_instrument = Instrument::Asq;
    AsqAnswers m_asq;
    CssrsAnswers m_cssrs;
    bool m_refreshing = false;
    QString m_fieldLabel;

    QLabel *m_instrumentLabel = nullptr;
    QComboBox *m_instrumentCombo = nullptr;
    QWidget *m_asqBox = nullptr;
    QWidget *m_cssrsBox = nullptr;
    QLabel *m_resultCaption = nullptr;
    QLabel *m_riskBadge = nullptr;
    QLabel *m_resultLabel = nullptr;
    QLabel *m_keysHint = nullptr;
    QList<Row> m_rows;
};

} // namespace helpline
