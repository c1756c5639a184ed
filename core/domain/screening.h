#pragma once

#include "core/store/storeerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Suicide-risk screening: the ASQ (Ask Suicide-Screening Questions, NIMH) and the C-SSRS screener
// (Columbia Protocol), as pure functions. docs/screening.md explains every rule and why.
//
// Two rules hold everywhere:
// - A refused answer counts as a yes, in the scoring and in the skip logic (safer).
// - A result is reported as soon as no answer to the remaining questions could change it, and not
//   before; until then it is Incomplete. So an incomplete screen never hides an acute result.

namespace helpline {

enum class Answer { Unanswered, Yes, No, Refused };

QString answerCode(Answer answer); // "yes", "no", "refused"; "" if unanswered
std::optional<Answer> answerFromCode(const QString &code); // nullopt for anything else, "" included
QString answerDisplayName(Answer answer);                  // translated

// Risk in words, never in colour alone. None means "no risk identified", never "no risk".
enum class RiskLevel { None, Low, Moderate, High, Acute };

QString riskLevelCode(RiskLevel level); // "none", "low", "moderate", "high", "acute"
std::optional<RiskLevel> riskLevelFromCode(const QString &code); // nullopt for anything else
QString riskLevelDisplayName(RiskLevel level);                   // translated
bool requiresEmergencyProtocol(RiskLevel level);                 // Acute only

// One question as the counsellor reads it: `id` is stable (it is also the JSON key), `text` is to
// be read to the child word for word, `help` is guidance for the counsellor only. Both translated.
struct ScreeningQuestion {
    QString id;
    QString text;
    QString help;
};

// ---- ASQ: four questions, then the acuity question (q5) if any of them is positive ----

struct AsqAnswers {
    Answer q1 = Answer::Unanswered; // wished you were dead (past few weeks)
    Answer q2 =
        Answer::Unanswered; // you or your family better off if you were dead (past few weeks)
    Answer q3 = Answer::Unanswered; // thoughts about killing yourself (past week)
    Answer q4 = Answer::Unanswered; // ever tried to kill yourself
    Answer q5 = Answer::Unanswered; // acuity: thoughts of killing yourself right now

    Answer answer(const QString &questionId) const;      // Unanswered for an unknown id
    bool setAnswer(const QString &questionId, Answer a); // false (and no change) for an unknown id
    friend bool operator==(const AsqAnswers &, const AsqAnswers &) = default;
};

enum class AsqResult { Incomplete, Negative, NonAcutePositive, AcutePositive };

QStringList asqQuestionIds();            // "q1" .. "q5"
QList<ScreeningQuestion> asqQuestions(); // in asking order, translated

bool asqNeedsAcuityQuestion(const AsqAnswers &answers); // any of q1-q4 is Yes or Refused
bool asqIsAsked(const AsqAnswers &answers, const QString &questionId);
QStringList asqAskedQuestions(const AsqAnswers &answers);      // ids, in order
QStringList asqUnansweredQuestions(const AsqAnswers &answers); // asked but not yet answered
AsqAnswers asqAskedOnly(const AsqAnswers &answers); // answers to skipped questions cleared

AsqResult evaluateAsq(const AsqAnswers &answers);
std::optional<RiskLevel> asqRiskLevel(AsqResult result); // nullopt for Incomplete
QString asqResultDisplayName(AsqResult result);          // translated

// ---- C-SSRS screener: q1, q2; q3-q5 only if q2 is positive; q6; q6Recent only if q6 is positive
// ----

struct CssrsAnswers {
    Answer q1 = Answer::Unanswered;       // wish to be dead (past month)
    Answer q2 = Answer::Unanswered;       // non-specific active suicidal thoughts (past month)
    Answer q3 = Answer::Unanswered;       // thoughts with method (past month)
    Answer q4 = Answer::Unanswered;       // intent, no specific plan (past month)
    Answer q5 = Answer::Unanswered;       // intent with specific plan (past month)
    Answer q6 = Answer::Unanswered;       // suicidal behaviour (lifetime)
    Answer q6Recent = Answer::Unanswered; // was it within the past 3 months?

    Answer answer(const QString &questionId) const;      // Unanswered for an unknown id
    bool setAnswer(const QString &questionId, Answer a); // false (and no change) for an unknown id
    friend bool operator==(const CssrsAnswers &, const CssrsAnswers &) = default;
};

enum class CssrsResult { Incomplete, NoRisk, Low, Moderate, High };

QStringList cssrsQuestionIds();            // "q1" .. "q6", "q6Recent"
QList<ScreeningQuestion> cssrsQuestions(); // in asking order, translated

bool cssrsIsAsked(const CssrsAnswers &answers, const QString &questionId);
QStringList cssrsAskedQuestions(const CssrsAnswers &answers);      // ids, in order
QStringList cssrsUnansweredQuestions(const CssrsAnswers &answers); // asked but not yet answered
CssrsAnswers cssrsAskedOnly(const CssrsAnswers &answers); // answers to skipped questions cleared

CssrsResult evaluateCssrs(const CssrsAnswers &answers);
std::optional<RiskLevel>
cssrsRiskLevel(CssrsResult result);                 // nullopt for Incomplete; High -> Acute
QString cssrsResultDisplayName(CssrsResult result); // translated

// ---- Storage with a contact ----
// {"instrument": "asq" | "cssrs-screener", "<question id>": "yes" | "no" | "refused", ...}.
// Unanswered and skipped questions are left out, so fromJson(toJson(a)) == askedOnly(a).
// fromJson rejects a wrong or missing instrument, an unknown key and any value that is not one of
// the three answer strings (StoreError::Code::Validation). It accepts an answer to a question that
// the other answers skip; evaluation ignores it.

QJsonObject toJson(const AsqAnswers &answers);
QJsonObject toJson(const CssrsAnswers &answers);
Outcome<AsqAnswers> asqAnswersFromJson(const QJsonObject &json);
Outcome<CssrsAnswers> cssrsAnswersFromJson(const QJsonObject &json);

} // namespace helpline
