#include "core/domain/screening.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace helpline {

namespace {

// Refused counts as yes everywhere: in scoring and in skip logic.
bool isPositive(Answer answer)
{
    return answer == Answer::Yes || answer == Answer::Refused;
}

template<typename Answers>
struct Field {
    const char *id;
    Answer Answers::*member;
};

const Field<AsqAnswers> kAsqFields[] = {
    {"q1", &AsqAnswers::q1}, {"q2", &AsqAnswers::q2}, {"q3", &AsqAnswers::q3},
    {"q4", &AsqAnswers::q4}, {"q5", &AsqAnswers::q5},
};

const Field<CssrsAnswers> kCssrsFields[] = {
    {"q1", &CssrsAnswers::q1},
    {"q2", &CssrsAnswers::q2},
    {"q3", &CssrsAnswers::q3},
    {"q4", &CssrsAnswers::q4},
    {"q5", &CssrsAnswers::q5},
    {"q6", &CssrsAnswers::q6},
    {"q6Recent", &CssrsAnswers::q6Recent},
};

const Field<AsqAnswers> *asqField(const QString &id)
{
    for (const auto &field : kAsqFields)
        if (id == QLatin1String(field.id))
            return &field;
    return nullptr;
}

const Field<CssrsAnswers> *cssrsField(const QString &id)
{
    for (const auto &field : kCssrsFields)
        if (id == QLatin1String(field.id))
            return &field;
    return nullptr;
}

template<typename Answers, std::size_t N, typename IsAsked>
QStringList askedIds(const Answers &answers, const Field<Answers> (&fields)[N], IsAsked isAsked,
                     bool unansweredOnly)
{
    QStringList ids;
    for (const auto &field : fields) {
        const QString id = QLatin1String(field.id);
        if (!isAsked(answers, id))
            continue;
        if (unansweredOnly && answers.*field.member != Answer::Unanswered)
            continue;
        ids.append(id);
    }
    return ids;
}

template<typename Answers, std::size_t N, typename IsAsked>
Answers askedOnly(const Answers &answers, const Field<Answers> (&fields)[N], IsAsked isAsked)
{
    Answers result = answers;
    for (const auto &field : fields)
        if (!isAsked(answers, QLatin1String(field.id)))
            result.*field.member = Answer::Unanswered;
    return result;
}

template<typename Answers, std::size_t N>
QJsonObject answersToJson(const Answers &answers, const Field<Answers> (&fields)[N],
                          const QString &instrument)
{
    QJsonObject json;
    json.insert(QStringLiteral("instrument"), instrument);
    for (const auto &field : fields) {
        const Answer answer = answers.*field.member;
        if (answer != Answer::Unanswered)
            json.insert(QLatin1String(field.id), answerCode(answer));
    }
    return json;
}

template<typename Answers, std::size_t N>
Outcome<Answers> answersFromJson(const QJsonObject &json, const Field<Answers> (&fields)[N],
                                 const QString &instrument, const QString &instrumentName)
{
    const auto invalid = [](QString message, QString detail) {
        return StoreError::make(StoreError::Code::Validation, std::move(message),
                                std::move(detail));
    };
    if (json.value(QStringLiteral("instrument")) != QJsonValue(instrument))
        return invalid(QCoreApplication::translate("helpline::Screening",
                                                   "The stored screening answers are not %1 "
                                                   "answers.")
                           .arg(instrumentName),
                       QStringLiteral("screening: instrument is not \"%1\"").arg(instrument));

    Answers answers;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("instrument"))
            continue;
        const Field<Answers> *match = nullptr;
        for (const auto &field : fields)
            if (key == QLatin1String(field.id))
                match = &field;
        if (!match)
            return invalid(QCoreApplication::translate(
                               "helpline::Screening",
                               "The stored %1 answers contain an unknown question, “%2”.")
                               .arg(instrumentName, key),
                           QStringLiteral("screening: unknown key \"%1\"").arg(key));
        const std::optional<Answer> answer =
            it.value().isString() ? answerFromCode(it.value().toString()) : std::nullopt;
        if (!answer)
            return invalid(QCoreApplication::translate("helpline::Screening",
                                                       "The stored %1 answer to question “%2” is "
                                                       "not yes, no or refused.")
                               .arg(instrumentName, key),
                           QStringLiteral("screening: bad value for \"%1\"").arg(key));
        answers.*match->member = *answer;
    }
    return answers;
}

// The C-SSRS screener's risk for answers where every asked question has an answer.
CssrsResult cssrsCompleteResult(const CssrsAnswers &a)
{
    const bool askedDetails = isPositive(a.q2); // q3-q5
    const bool behaviour = isPositive(a.q6);
    if ((askedDetails && (isPositive(a.q4) || isPositive(a.q5))) ||
        (behaviour && isPositive(a.q6Recent)))
        return CssrsResult::High;
    if ((askedDetails && isPositive(a.q3)) || (behaviour && a.q6Recent == Answer::No))
        return CssrsResult::Moderate;
    if (isPositive(a.q1) || isPositive(a.q2))
        return CssrsResult::Low;
    return CssrsResult::NoRisk;
}

// The result every possible way of answering the remaining asked questions leads to, or nullopt
// if they lead to different results. Yes and No cover Refused (scored as Yes). At most 2^7 leaves.
std::optional<CssrsResult> cssrsSettledResult(CssrsAnswers answers)
{
    for (const auto &field : kCssrsFields) {
        Answer &slot = answers.*field.member;
        if (slot != Answer::Unanswered || !cssrsIsAsked(answers, QLatin1String(field.id)))
            continue;
        slot = Answer::Yes;
        const std::optional<CssrsResult> ifYes = cssrsSettledResult(answers);
        if (!ifYes)
            return std::nullopt;
        slot = Answer::No;
        const std::optional<CssrsResult> ifNo = cssrsSettledResult(answers);
        if (ifNo != ifYes)
            return std::nullopt;
        return ifYes;
    }
    return cssrsCompleteResult(answers);
}

} // namespace

// ---- Answers and risk levels ----

QString answerCode(Answer answer)
{
    switch (answer) {
    case Answer::Unanswered:
        return {};
    case Answer::Yes:
        return QStringLiteral("yes");
    case Answer::No:
        return QStringLiteral("no");
    case Answer::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<Answer> answerFromCode(const QString &code)
{
    for (Answer answer : {Answer::Yes, Answer::No, Answer::Refused})
        if (answerCode(answer) == code)
            return answer;
    return std::nullopt;
}

QString answerDisplayName(Answer answer)
{
    switch (answer) {
    case Answer::Unanswered:
        return QCoreApplication::translate("helpline::Screening", "Not answered");
    case Answer::Yes:
        return QCoreApplication::translate("helpline::Screening", "Yes");
    case Answer::No:
        return QCoreApplication::translate("helpline::Screening", "No");
    case Answer::Refused:
        return QCoreApplication::translate("helpline::Screening", "Declined to answer");
    }
    return {};
}

QString riskLevelCode(RiskLevel level)
{
    switch (level) {
    case RiskLevel::None:
        return QStringLiteral("none");
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Moderate:
        return QStringLiteral("moderate");
    case RiskLevel::High:
        return QStringLiteral("high");
    case RiskLevel::Acute:
        return QStringLiteral("acute");
    }
    return {};
}

std::optional<RiskLevel> riskLevelFromCode(const QString &code)
{
    for (RiskLevel level :
         {RiskLevel::None, RiskLevel::Low, RiskLevel::Moderate, RiskLevel::High, RiskLevel::Acute})
        if (riskLevelCode(level) == code)
            return level;
    return std::nullopt;
}

QString riskLevelDisplayName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::None:
        return QCoreApplication::translate("helpline::Screening", "No risk identified");
    case RiskLevel::Low:
        return QCoreApplication::translate("helpline::Screening", "Low risk");
    case RiskLevel::Moderate:
        return QCoreApplication::translate("helpline::Screening", "Moderate risk");
    case RiskLevel::High:
        return QCoreApplication::translate("helpline::Screening", "High risk");
    case RiskLevel::Acute:
        return QCoreApplication::translate("helpline::Screening", "Acute risk");
    }
    return {};
}

bool requiresEmergencyProtocol(RiskLevel level)
{
    return level == RiskLevel::Acute;
}

// ---- ASQ ----

Answer AsqAnswers::answer(const QString &questionId) const
{
    const auto *field = asqField(questionId);
    return field ? this->*field->member : Answer::Unanswered;
}

bool AsqAnswers::setAnswer(const QString &questionId, Answer a)
{
    const auto *field = asqField(questionId);
    if (!field)
        return false;
    this->*field->member = a;
    return true;
}

QStringList asqQuestionIds()
{
    QStringList ids;
    for (const auto &field : kAsqFields)
        ids.append(QLatin1String(field.id));
    return ids;
}

QList<ScreeningQuestion> asqQuestions()
{
    // Question texts are the NIMH ASQ wording. Translators: use only a validated translation of the
    // ASQ; leave the entry unfinished otherwise (see docs/screening.md).
    return {
        {QStringLiteral("q1"),
         //: ASQ question 1. Validated translation only.
         QCoreApplication::translate("helpline::Screening",
                                     "In the past few weeks, have you wished you were dead?"),
         QCoreApplication::translate("helpline::Screening", "Ask directly, in these words.")},
        {QStringLiteral("q2"),
         //: ASQ question 2. Validated translation only.
         QCoreApplication::translate("helpline::Screening",
                                     "In the past few weeks, have you felt that you or "
                                     "your family would be better off if you were dead?"),
         QCoreApplication::translate("helpline::Screening", "Ask directly, in these words.")},
        {QStringLiteral("q3"),
         //: ASQ question 3. Validated translation only.
         QCoreApplication::translate(
             "helpline::Screening",
             "In the past week, have you been having thoughts about killing yourself?"),
         QCoreApplication::translate("helpline::Screening", "Ask directly, in these words.")},
        {QStringLiteral("q4"),
         //: ASQ question 4. Validated translation only.
         QCoreApplication::translate("helpline::Screening",
                                     "Have you ever tried to kill yourself?"),
         QCoreApplication::translate("helpline::Screening",
                                     "If yes, ask how and when, and write it in the notes.")},
        {QStringLiteral("q5"),
         //: ASQ question 5 (acuity). Validated translation only.
         QCoreApplication::translate("helpline::Screening",
                                     "Are you having thoughts of killing yourself right now?"),
         QCoreApplication::translate("helpline::Screening",
                                     "Ask only if the child answered yes to, or "
                                     "declined to answer, any of questions 1 to 4.")},
    };
}

bool asqNeedsAcuityQuestion(const AsqAnswers &answers)
{
    return isPositive(answers.q1) || isPositive(answers.q2) || isPositive(answers.q3) ||
           isPositive(answers.q4);
}

bool asqIsAsked(const AsqAnswers &answers, const QString &questionId)
{
    if (questionId == QLatin1String("q5"))
        return asqNeedsAcuityQuestion(answers);
    return asqField(questionId) != nullptr;
}

QStringList asqAskedQuestions(const AsqAnswers &answers)
{
    return askedIds(answers, kAsqFields, asqIsAsked, false);
}

QStringList asqUnansweredQuestions(const AsqAnswers &answers)
{
    return askedIds(answers, kAsqFields, asqIsAsked, true);
}

AsqAnswers asqAskedOnly(const AsqAnswers &answers)
{
    return askedOnly(answers, kAsqFields, asqIsAsked);
}

AsqResult evaluateAsq(const AsqAnswers &answers)
{
    if (asqNeedsAcuityQuestion(answers)) {
        // Positive whatever the other three answers are: q5 alone decides the acuity. A refusal
        // of q5 is treated as a yes.
        if (answers.q5 == Answer::Unanswered)
            return AsqResult::Incomplete;
        return isPositive(answers.q5) ? AsqResult::AcutePositive : AsqResult::NonAcutePositive;
    }
    for (Answer answer : {answers.q1, answers.q2, answers.q3, answers.q4})
        if (answer != Answer::No)
            return AsqResult::Incomplete;
    return AsqResult::Negative;
}

std::optional<RiskLevel> asqRiskLevel(AsqResult result)
{
    switch (result) {
    case AsqResult::Incomplete:
        return std::nullopt;
    case AsqResult::Negative:
        return RiskLevel::None;
    case AsqResult::NonAcutePositive:
        return RiskLevel::Moderate;
    case AsqResult::AcutePositive:
        return RiskLevel::Acute;
    }
    return std::nullopt;
}

QString asqResultDisplayName(AsqResult result)
{
    switch (result) {
    case AsqResult::Incomplete:
        return QCoreApplication::translate("helpline::Screening", "Screen not complete");
    case AsqResult::Negative:
        return QCoreApplication::translate("helpline::Screening", "Negative screen");
    case AsqResult::NonAcutePositive:
        return QCoreApplication::translate("helpline::Screening", "Non-acute positive screen");
    case AsqResult::AcutePositive:
        return QCoreApplication::translate("helpline::Screening", "Acute positive screen");
    }
    return {};
}

// ---- C-SSRS screener ----

Answer CssrsAnswers::answer(const QString &questionId) const
{
    const auto *field = cssrsField(questionId);
    return field ? this->*field->member : Answer::Unanswered;
}

bool CssrsAnswers::setAnswer(const QString &questionId, Answer a)
{
    const auto *field = cssrsField(questionId);
    if (!field)
        return false;
    this->*field->member = a;
    return true;
}

QStringList cssrsQuestionIds()
{
    QStringList ids;
    for (const auto &field : kCssrsFields)
        ids.append(QLatin1String(field.id));
    return ids;
}

QList<ScreeningQuestion> cssrsQuestions()
{
    // Question texts are the Columbia screener wording. Translators: use only the official
    // Columbia translation; leave the entry unfinished otherwise (see docs/screening.md).
    return {
        {QStringLiteral("q1"),
         //: C-SSRS screener question 1. Official Columbia translation only.
         QCoreApplication::translate("helpline::Screening",
                                     "Have you wished you were dead or wished you could "
                                     "go to sleep and not wake up?"),
         QCoreApplication::translate("helpline::Screening", "Past month. Wish to be dead.")},
        {QStringLiteral("q2"),
         //: C-SSRS screener question 2. Official Columbia translation only.
         QCoreApplication::translate("helpline::Screening",
                                     "Have you actually had any thoughts of killing yourself?"),
         QCoreApplication::translate("helpline::Screening",
                                     "Past month. If yes, ask questions 3, 4 and 5. If "
                                     "no, go to question 6.")},
        {QStringLiteral("q3"),
         //: C-SSRS screener question 3. Official Columbia translation only.
         QCoreApplication::translate("helpline::Screening",
                                     "Have you been thinking about how you might do this?"),
         QCoreApplication::translate("helpline::Screening",
                                     "Past month. Thoughts of a method, without a "
                                     "specific plan or intent to act.")},
        {QStringLiteral("q4"),
         //: C-SSRS screener question 4. Official Columbia translation only.
         QCoreApplication::translate("helpline::Screening",
                                     "Have you had these thoughts and had some intention "
                                     "of acting on them?"),
         QCoreApplication::translate("helpline::Screening",
                                     "Past month. Intent to act, without a specific plan.")},
        {QStringLiteral("q5"),
         //: C-SSRS screener question 5. Official Columbia translation only.
         QCoreApplication::translate("helpline::Screening",
                                     "Have you started to work out or worked out the "
                                     "details of how to kill yourself? Do you intend to "
                                     "carry out this plan?"),
         QCoreApplication::translate("helpline::Screening",
                                     "Past month. Intent with a specific plan.")},
        {QStringLiteral("q6"),
         //: C-SSRS screener question 6. Official Columbia translation only.
         QCoreApplication::translate("helpline::Screening",
                                     "Have you ever done anything, started to do "
                                     "anything, or prepared to do anything to end your "
                                     "life?"),
         QCoreApplication::translate(
             "helpline::Screening",
             "Lifetime. For example: collected pills, obtained a gun, gave away valuables, wrote a "
             "will or suicide note, took out pills but didn't swallow any, held a gun but changed "
             "their mind or it was grabbed from their hand, went to the roof but didn't jump; or "
             "actually took pills, tried to shoot themselves, cut themselves, tried to hang "
             "themselves.")},
        {QStringLiteral("q6Recent"),
         //: C-SSRS screener follow-up to question 6. Official Columbia translation only.
         QCoreApplication::translate("helpline::Screening", "Was it within the past 3 months?"),
         QCoreApplication::translate("helpline::Screening",
                                     "Ask only if the answer to question 6 was yes.")},
    };
}

bool cssrsIsAsked(const CssrsAnswers &answers, const QString &questionId)
{
    if (questionId == QLatin1String("q3") || questionId == QLatin1String("q4") ||
        questionId == QLatin1String("q5"))
        return isPositive(answers.q2);
    if (questionId == QLatin1String("q6Recent"))
        return isPositive(answers.q6);
    return cssrsField(questionId) != nullptr; // q1, q2 and q6 are always asked
}

QStringList cssrsAskedQuestions(const CssrsAnswers &answers)
{
    return askedIds(answers, kCssrsFields, cssrsIsAsked, false);
}

QStringList cssrsUnansweredQuestions(const CssrsAnswers &answers)
{
    return askedIds(answers, kCssrsFields, cssrsIsAsked, true);
}

CssrsAnswers cssrsAskedOnly(const CssrsAnswers &answers)
{
    return askedOnly(answers, kCssrsFields, cssrsIsAsked);
}

CssrsResult evaluateCssrs(const CssrsAnswers &answers)
{
    return cssrsSettledResult(cssrsAskedOnly(answers)).value_or(CssrsResult::Incomplete);
}

std::optional<RiskLevel> cssrsRiskLevel(CssrsResult result)
{
    switch (result) {
    case CssrsResult::Incomplete:
        return std::nullopt;
    case CssrsResult::NoRisk:
        return RiskLevel::None;
    case CssrsResult::Low:
        return RiskLevel::Low;
    case CssrsResult::Moderate:
        return RiskLevel::Moderate;
    case CssrsResult::High:
        return RiskLevel::Acute; // Columbia's imminent-risk threshold: the emergency protocol
    }
    return std::nullopt;
}

QString cssrsResultDisplayName(CssrsResult result)
{
    switch (result) {
    case CssrsResult::Incomplete:
        return QCoreApplication::translate("helpline::Screening", "Screen not complete");
    case CssrsResult::NoRisk:
        return QCoreApplication::translate("helpline::Screening", "No risk identified");
    case CssrsResult::Low:
        return QCoreApplication::translate("helpline::Screening", "Low risk");
    case CssrsResult::Moderate:
        return QCoreApplication::translate("helpline::Screening", "Moderate risk");
    case CssrsResult::High:
        return QCoreApplication::translate("helpline::Screening", "High risk");
    }
    return {};
}

// ---- Storage ----

QJsonObject toJson(const AsqAnswers &answers)
{
    return answersToJson(asqAskedOnly(answers), kAsqFields, QStringLiteral("asq"));
}

QJsonObject toJson(const CssrsAnswers &answers)
{
    return answersToJson(cssrsAskedOnly(answers), kCssrsFields, QStringLiteral("cssrs-screener"));
}

Outcome<AsqAnswers> asqAnswersFromJson(const QJsonObject &json)
{
    return answersFromJson(json, kAsqFields, QStringLiteral("asq"), QStringLiteral("ASQ"));
}

Outcome<CssrsAnswers> cssrsAnswersFromJson(const QJsonObject &json)
{
    return answersFromJson(json, kCssrsFields, QStringLiteral("cssrs-screener"),
                           QStringLiteral("C-SSRS"));
}

} // namespace helpline
