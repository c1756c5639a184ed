#include <catch2/catch.hpp>

#include "core/domain/screening.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <vector>

using namespace helpline;

CATCH_REGISTER_ENUM(helpline::Answer, helpline::Answer::Unanswered, helpline::Answer::Yes,
                    helpline::Answer::No, helpline::Answer::Refused)
CATCH_REGISTER_ENUM(helpline::RiskLevel, helpline::RiskLevel::None, helpline::RiskLevel::Low,
                    helpline::RiskLevel::Moderate, helpline::RiskLevel::High,
                    helpline::RiskLevel::Acute)
CATCH_REGISTER_ENUM(helpline::AsqResult, helpline::AsqResult::Incomplete,
                    helpline::AsqResult::Negative, helpline::AsqResult::NonAcutePositive,
                    helpline::AsqResult::AcutePositive)
CATCH_REGISTER_ENUM(helpline::CssrsResult, helpline::CssrsResult::Incomplete,
                    helpline::CssrsResult::NoRisk, helpline::CssrsResult::Low,
                    helpline::CssrsResult::Moderate, helpline::CssrsResult::High)

namespace {

constexpr Answer U = Answer::Unanswered;
constexpr Answer Y = Answer::Yes;
constexpr Answer N = Answer::No;
constexpr Answer R = Answer::Refused;

const Answer kAllAnswers[] = {U, Y, N, R};

std::string str(const QString &text)
{
    return text.toStdString();
}

// Calls `visit` with every combination of the four answers for `count` questions.
void forEachCombination(int count, const std::function<void(const std::vector<Answer> &)> &visit)
{
    std::vector<Answer> values(static_cast<std::size_t>(count), U);
    std::function<void(std::size_t)> fill = [&](std::size_t index) {
        if (index == values.size()) {
            visit(values);
            return;
        }
        for (Answer answer : kAllAnswers) {
            values[index] = answer;
            fill(index + 1);
        }
    };
    fill(0);
}

std::string describe(const std::vector<Answer> &values)
{
    std::string text;
    for (Answer answer : values)
        text += answer == U ? '-' : answer == Y ? 'Y' : answer == N ? 'N' : 'R';
    return text;
}

AsqAnswers asq(const std::vector<Answer> &v)
{
    return AsqAnswers{v[0], v[1], v[2], v[3], v[4]};
}

CssrsAnswers cssrs(const std::vector<Answer> &v)
{
    return CssrsAnswers{v[0], v[1], v[2], v[3], v[4], v[5], v[6]};
}

// ---- Independent restatements of the rules (docs/screening.md), for exhaustive checks ----

// On a fully answered screen a refusal is taken as a yes.
bool saysYes(Answer answer)
{
    return answer != N;
}

// ASQ on fully answered questions: q5 matters only when one of q1-q4 is not a plain "no".
AsqResult referenceAsqComplete(const std::vector<Answer> &v)
{
    const int positives = int(std::count_if(v.begin(), v.begin() + 4, saysYes));
    if (positives == 0)
        return AsqResult::Negative;
    return saysYes(v[4]) ? AsqResult::AcutePositive : AsqResult::NonAcutePositive;
}

// C-SSRS screener on fully answered questions, straight from the triage table.
CssrsResult referenceCssrsComplete(const std::vector<Answer> &v)
{
    const bool thoughts = saysYes(v[1]);
    const bool method = thoughts && saysYes(v[2]);
    const bool intent = thoughts && saysYes(v[3]);
    const bool plan = thoughts && saysYes(v[4]);
    const bool behaviour = saysYes(v[5]);
    const bool recentBehaviour = behaviour && saysYes(v[6]);
    const bool olderBehaviour = behaviour && !saysYes(v[6]);
    if (intent || plan || recentBehaviour)
        return CssrsResult::High;
    if (method || olderBehaviour)
        return CssrsResult::Moderate;
    if (saysYes(v[0]) || thoughts)
        return CssrsResult::Low;
    return CssrsResult::NoRisk;
}

// A partial screen has a result only when every way of finishing it (yes, no or refused for each
// unanswered slot) gives that same result.
template<typename Result, typename Complete>
Result settled(std::vector<Answer> values, Complete complete)
{
    std::optional<Result> first;
    bool agree = true;
    std::function<void(std::size_t)> fill = [&](std::size_t index) {
        if (!agree)
            return;
        if (index == values.size()) {
            const Result result = complete(values);
            if (!first)
                first = result;
            agree = *first == result;
            return;
        }
        if (values[index] != U) {
            fill(index + 1);
            return;
        }
        for (Answer answer : {Y, N, R}) {
            values[index] = answer;
            fill(index + 1);
        }
        values[index] = U;
    };
    fill(0);
    return agree ? *first : Result::Incomplete;
}

} // namespace

// ---- Answers and risk levels ----

TEST_CASE("answer codes round trip and reject anything else", "[domain][screening]")
{
    CHECK(answerCode(Y) == QStringLiteral("yes"));
    CHECK(answerCode(N) == QStringLiteral("no"));
    CHECK(answerCode(R) == QStringLiteral("refused"));
    CHECK(answerCode(U).isEmpty());
    for (Answer answer : {Y, N, R})
        CHECK(answerFromCode(answerCode(answer)) == answer);
    for (const char *bad : {"", "Yes", "YES", "y", "true", "unanswered", "refuse", " yes"})
        CHECK_FALSE(answerFromCode(QString::fromUtf8(bad)).has_value());

    QStringList names;
    for (Answer answer : kAllAnswers)
        names.append(answerDisplayName(answer));
    CHECK_FALSE(names.contains(QString()));
    CHECK(names.removeDuplicates() == 0);
}

TEST_CASE("risk level codes round trip and only acute calls the emergency protocol",
          "[domain][screening]")
{
    const RiskLevel levels[] = {RiskLevel::None, RiskLevel::Low, RiskLevel::Moderate,
                                RiskLevel::High, RiskLevel::Acute};
    CHECK(riskLevelCode(RiskLevel::None) == QStringLiteral("none"));
    CHECK(riskLevelCode(RiskLevel::Low) == QStringLiteral("low"));
    CHECK(riskLevelCode(RiskLevel::Moderate) == QStringLiteral("moderate"));
    CHECK(riskLevelCode(RiskLevel::High) == QStringLiteral("high"));
    CHECK(riskLevelCode(RiskLevel::Acute) == QStringLiteral("acute"));

    QStringList names;
    for (RiskLevel level : levels) {
        CHECK(riskLevelFromCode(riskLevelCode(level)) == level);
        names.append(riskLevelDisplayName(level));
        CHECK(requiresEmergencyProtocol(level) == (level == RiskLevel::Acute));
    }
    CHECK_FALSE(names.contains(QString()));
    CHECK(names.removeDuplicates() == 0);
    CHECK(riskLevelDisplayName(RiskLevel::Acute) == QStringLiteral("Acute risk"));
    CHECK(riskLevelDisplayName(RiskLevel::None) == QStringLiteral("No risk identified"));

    for (const char *bad : {"", "None", "ACUTE", "severe", "imminent", "medium", "4"})
        CHECK_FALSE(riskLevelFromCode(QString::fromUtf8(bad)).has_value());
}

// ---- ASQ ----

TEST_CASE("ASQ is negative only when all four questions are answered no", "[domain][screening]")
{
    AsqAnswers answers{N, N, N, N, U};
    CHECK_FALSE(asqNeedsAcuityQuestion(answers));
    CHECK_FALSE(asqIsAsked(answers, QStringLiteral("q5")));
    CHECK(evaluateAsq(answers) == AsqResult::Negative);
    CHECK(asqUnansweredQuestions(answers).isEmpty());

    SECTION("an answer to the acuity question that was not asked is ignored")
    {
        const Answer q5 = GENERATE(Y, N, R);
        answers.q5 = q5;
        CHECK(evaluateAsq(answers) == AsqResult::Negative);
        CHECK(asqAskedOnly(answers).q5 == U);
    }
    SECTION("one unanswered question of the four leaves it incomplete")
    {
        const QString id = GENERATE(as<QString>{}, "q1", "q2", "q3", "q4");
        REQUIRE(answers.setAnswer(id, U));
        CHECK(evaluateAsq(answers) == AsqResult::Incomplete);
        CHECK(asqUnansweredQuestions(answers) == QStringList{id});
        CHECK_FALSE(asqNeedsAcuityQuestion(answers));
    }
    SECTION("nothing answered is incomplete")
    {
        CHECK(evaluateAsq(AsqAnswers{}) == AsqResult::Incomplete);
        CHECK(asqUnansweredQuestions(AsqAnswers{}) == asqQuestionIds().mid(0, 4));
    }
}

TEST_CASE("ASQ yes or refusal to any of the four is positive and q5 decides acuity",
          "[domain][screening]")
{
    const QString id = GENERATE(as<QString>{}, "q1", "q2", "q3", "q4");
    const Answer positive = GENERATE(Y, R);
    AsqAnswers answers{N, N, N, N, U};
    REQUIRE(answers.setAnswer(id, positive));
    INFO(str(id) << " answered " << str(answerCode(positive)));

    CHECK(asqNeedsAcuityQuestion(answers));
    CHECK(asqIsAsked(answers, QStringLiteral("q5")));
    CHECK(asqUnansweredQuestions(answers) == QStringList{QStringLiteral("q5")});

    SECTION("acuity not yet asked")
    {
        CHECK(evaluateAsq(answers) == AsqResult::Incomplete);
    }
    SECTION("thoughts of suicide right now")
    {
        answers.q5 = Y;
        CHECK(evaluateAsq(answers) == AsqResult::AcutePositive);
    }
    SECTION("no thoughts of suicide right now")
    {
        answers.q5 = N;
        CHECK(evaluateAsq(answers) == AsqResult::NonAcutePositive);
    }
    SECTION("a refused acuity question is treated as acute")
    {
        answers.q5 = R;
        CHECK(evaluateAsq(answers) == AsqResult::AcutePositive);
    }
    SECTION("the other three questions cannot change a positive screen")
    {
        answers = AsqAnswers{};
        REQUIRE(answers.setAnswer(id, positive));
        answers.q5 = N;
        CHECK(evaluateAsq(answers) == AsqResult::NonAcutePositive);
        answers.q5 = Y;
        CHECK(evaluateAsq(answers) == AsqResult::AcutePositive);
        CHECK(asqUnansweredQuestions(answers).size() == 3);
    }
}

TEST_CASE("ASQ result matches the rule for all 1024 answer combinations", "[domain][screening]")
{
    int checked = 0;
    forEachCombination(5, [&](const std::vector<Answer> &v) {
        const AsqAnswers answers = asq(v);
        const bool anyPositive =
            std::any_of(v.begin(), v.begin() + 4, [](Answer a) { return a == Y || a == R; });
        const bool anyBlank =
            std::any_of(v.begin(), v.begin() + 4, [](Answer a) { return a == U; });
        AsqResult expected = AsqResult::Incomplete;
        if (anyPositive && v[4] != U)
            expected = saysYes(v[4]) ? AsqResult::AcutePositive : AsqResult::NonAcutePositive;
        else if (!anyPositive && !anyBlank)
            expected = AsqResult::Negative;

        INFO("answers " << describe(v));
        CHECK(evaluateAsq(answers) == expected);
        CHECK(asqNeedsAcuityQuestion(answers) == anyPositive);
        // Never a result that finishing the screen could still change.
        CHECK(evaluateAsq(answers) == settled<AsqResult>(v, [](const std::vector<Answer> &c) {
                  return referenceAsqComplete(c);
              }));
        ++checked;
    });
    CHECK(checked == 1024);
}

TEST_CASE("ASQ risk levels", "[domain][screening]")
{
    CHECK_FALSE(asqRiskLevel(AsqResult::Incomplete).has_value());
    CHECK(asqRiskLevel(AsqResult::Negative) == RiskLevel::None);
    CHECK(asqRiskLevel(AsqResult::NonAcutePositive) == RiskLevel::Moderate);
    CHECK(asqRiskLevel(AsqResult::AcutePositive) == RiskLevel::Acute);
    CHECK(requiresEmergencyProtocol(*asqRiskLevel(AsqResult::AcutePositive)));
    CHECK_FALSE(requiresEmergencyProtocol(*asqRiskLevel(AsqResult::NonAcutePositive)));

    QStringList names;
    for (AsqResult result : {AsqResult::Incomplete, AsqResult::Negative,
                             AsqResult::NonAcutePositive, AsqResult::AcutePositive})
        names.append(asqResultDisplayName(result));
    CHECK_FALSE(names.contains(QString()));
    CHECK(names.removeDuplicates() == 0);
}

TEST_CASE("ASQ questions are in asking order with the NIMH wording", "[domain][screening]")
{
    const QList<ScreeningQuestion> questions = asqQuestions();
    REQUIRE(questions.size() == 5);
    QStringList ids;
    for (const ScreeningQuestion &question : questions) {
        ids.append(question.id);
        CHECK_FALSE(question.text.isEmpty());
        CHECK_FALSE(question.help.isEmpty());
        CHECK_FALSE(question.text.contains(QStringLiteral("...")));
    }
    CHECK(ids == asqQuestionIds());
    CHECK(ids == QStringList{QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3"),
                             QStringLiteral("q4"), QStringLiteral("q5")});
    CHECK(questions[0].text ==
          QStringLiteral("In the past few weeks, have you wished you were dead?"));
    CHECK(questions[4].text ==
          QStringLiteral("Are you having thoughts of killing yourself right now?"));

    const AsqAnswers blank;
    CHECK(asqAskedQuestions(blank) == ids.mid(0, 4));
    CHECK(asqAskedQuestions(AsqAnswers{N, Y, N, N, U}) == ids);
    CHECK_FALSE(asqIsAsked(blank, QStringLiteral("q6")));
    CHECK_FALSE(asqIsAsked(blank, QStringLiteral("Q1")));
}

TEST_CASE("answers can be read and set by question id", "[domain][screening]")
{
    AsqAnswers asqAnswers;
    for (const QString &id : asqQuestionIds()) {
        CHECK(asqAnswers.setAnswer(id, R));
        CHECK(asqAnswers.answer(id) == R);
    }
    CHECK(asqAnswers == AsqAnswers{R, R, R, R, R});
    CHECK_FALSE(asqAnswers.setAnswer(QStringLiteral("q6"), N));
    CHECK(asqAnswers.answer(QStringLiteral("q6")) == U);
    CHECK(asqAnswers == AsqAnswers{R, R, R, R, R});

    CssrsAnswers cssrsAnswers;
    for (const QString &id : cssrsQuestionIds()) {
        CHECK(cssrsAnswers.setAnswer(id, Y));
        CHECK(cssrsAnswers.answer(id) == Y);
    }
    CHECK(cssrsAnswers == CssrsAnswers{Y, Y, Y, Y, Y, Y, Y});
    CHECK_FALSE(cssrsAnswers.setAnswer(QStringLiteral("q7"), N));
    CHECK_FALSE(cssrsAnswers.setAnswer(QString(), N));
    CHECK(cssrsAnswers.answer(QStringLiteral("q6recent")) == U);
    CHECK(cssrsAnswers == CssrsAnswers{Y, Y, Y, Y, Y, Y, Y});
}

// ---- C-SSRS screener ----

TEST_CASE("C-SSRS skip logic decides which questions are asked", "[domain][screening]")
{
    const QString q3 = QStringLiteral("q3"), q4 = QStringLiteral("q4"), q5 = QStringLiteral("q5");
    const QString q6Recent = QStringLiteral("q6Recent");
    const QStringList always{QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q6")};

    SECTION("q1 q2 and q6 are always asked")
    {
        forEachCombination(7, [&](const std::vector<Answer> &v) {
            for (const QString &id : always)
                CHECK(cssrsIsAsked(cssrs(v), id));
        });
    }
    SECTION("q3 to q5 only after a yes or refusal to q2")
    {
        const Answer q2 = GENERATE(U, Y, N, R);
        const CssrsAnswers answers{U, q2, U, U, U, U, U};
        const bool expected = q2 == Y || q2 == R;
        CHECK(cssrsIsAsked(answers, q3) == expected);
        CHECK(cssrsIsAsked(answers, q4) == expected);
        CHECK(cssrsIsAsked(answers, q5) == expected);
        CHECK_FALSE(cssrsIsAsked(answers, q6Recent));
    }
    SECTION("the 3-month question only after a yes or refusal to q6")
    {
        const Answer q6 = GENERATE(U, Y, N, R);
        const CssrsAnswers answers{U, U, U, U, U, q6, U};
        CHECK(cssrsIsAsked(answers, q6Recent) == (q6 == Y || q6 == R));
        CHECK_FALSE(cssrsIsAsked(answers, q3));
    }
    SECTION("asked and unanswered lists follow the asking order")
    {
        CHECK(cssrsAskedQuestions(CssrsAnswers{}) == always);
        CHECK(cssrsAskedQuestions(CssrsAnswers{N, Y, N, N, N, Y, N}) == cssrsQuestionIds());
        CHECK(cssrsUnansweredQuestions(CssrsAnswers{Y, Y, N, U, U, U, U}) ==
              QStringList{q4, q5, QStringLiteral("q6")});
        CHECK(cssrsUnansweredQuestions(CssrsAnswers{Y, N, U, U, U, R, U}) == QStringList{q6Recent});
        CHECK(cssrsUnansweredQuestions(CssrsAnswers{N, N, Y, Y, Y, N, Y}).isEmpty());
    }
    SECTION("unknown ids are never asked")
    {
        const CssrsAnswers all{Y, Y, Y, Y, Y, Y, Y};
        for (const char *id : {"", "q0", "q7", "Q1", "q6recent", "instrument"})
            CHECK_FALSE(cssrsIsAsked(all, QString::fromUtf8(id)));
    }
}

TEST_CASE("C-SSRS risk follows the triage points", "[domain][screening]")
{
    SECTION("no to q1 q2 and q6 is no risk identified")
    {
        CHECK(evaluateCssrs(CssrsAnswers{N, N, U, U, U, N, U}) == CssrsResult::NoRisk);
    }
    SECTION("wish to be dead or thoughts of suicide alone are low risk")
    {
        CHECK(evaluateCssrs(CssrsAnswers{Y, N, U, U, U, N, U}) == CssrsResult::Low);
        CHECK(evaluateCssrs(CssrsAnswers{N, Y, N, N, N, N, U}) == CssrsResult::Low);
        CHECK(evaluateCssrs(CssrsAnswers{Y, Y, N, N, N, N, U}) == CssrsResult::Low);
        CHECK(evaluateCssrs(CssrsAnswers{R, N, U, U, U, N, U}) == CssrsResult::Low);
    }
    SECTION("a method or behaviour more than 3 months ago is moderate risk")
    {
        CHECK(evaluateCssrs(CssrsAnswers{Y, Y, Y, N, N, N, U}) == CssrsResult::Moderate);
        CHECK(evaluateCssrs(CssrsAnswers{N, N, U, U, U, Y, N}) == CssrsResult::Moderate);
        CHECK(evaluateCssrs(CssrsAnswers{N, Y, R, N, N, N, U}) == CssrsResult::Moderate);
        CHECK(evaluateCssrs(CssrsAnswers{N, N, U, U, U, R, N}) == CssrsResult::Moderate);
    }
    SECTION("intent or plan or behaviour in the past 3 months is high risk")
    {
        CHECK(evaluateCssrs(CssrsAnswers{Y, Y, Y, Y, N, N, U}) == CssrsResult::High);
        CHECK(evaluateCssrs(CssrsAnswers{Y, Y, N, N, Y, N, U}) == CssrsResult::High);
        CHECK(evaluateCssrs(CssrsAnswers{N, N, U, U, U, Y, Y}) == CssrsResult::High);
        CHECK(evaluateCssrs(CssrsAnswers{N, Y, N, R, N, N, U}) == CssrsResult::High);
        CHECK(evaluateCssrs(CssrsAnswers{N, Y, N, N, R, N, U}) == CssrsResult::High);
        CHECK(evaluateCssrs(CssrsAnswers{N, N, U, U, U, Y, R}) == CssrsResult::High);
        CHECK(evaluateCssrs(CssrsAnswers{N, N, U, U, U, R, R}) == CssrsResult::High);
    }
    SECTION("refusing everything reaches high risk")
    {
        CHECK(evaluateCssrs(CssrsAnswers{R, R, R, R, R, R, R}) == CssrsResult::High);
    }
}

TEST_CASE("C-SSRS ignores answers to questions that were skipped", "[domain][screening]")
{
    SECTION("q3 to q5 after a no to q2")
    {
        const Answer stale = GENERATE(Y, R);
        CHECK(evaluateCssrs(CssrsAnswers{N, N, stale, stale, stale, N, U}) == CssrsResult::NoRisk);
        CHECK(evaluateCssrs(CssrsAnswers{Y, N, stale, stale, stale, N, U}) == CssrsResult::Low);
        CHECK(cssrsAskedOnly(CssrsAnswers{Y, N, stale, stale, stale, N, U}) ==
              CssrsAnswers{Y, N, U, U, U, N, U});
    }
    SECTION("the 3-month question after a no to q6")
    {
        CHECK(evaluateCssrs(CssrsAnswers{N, N, U, U, U, N, Y}) == CssrsResult::NoRisk);
        CHECK(evaluateCssrs(CssrsAnswers{N, N, U, U, U, N, R}) == CssrsResult::NoRisk);
    }
    SECTION("an answer behind an unanswered gate counts once the gate opens")
    {
        CssrsAnswers answers{Y, Y, Y, N, N, U, N};
        CHECK(evaluateCssrs(answers) == CssrsResult::Incomplete);
        CHECK(cssrsUnansweredQuestions(answers) == QStringList{QStringLiteral("q6")});
        answers.q6 = Y;
        CHECK(evaluateCssrs(answers) == CssrsResult::Moderate);
        answers.q6 = N;
        CHECK(evaluateCssrs(answers) == CssrsResult::Moderate);
        CHECK(evaluateCssrs(CssrsAnswers{R, U, N, N, N, R, N}) == CssrsResult::Incomplete);
    }
    SECTION("q3 to q5 while q2 is still unanswered")
    {
        CHECK(evaluateCssrs(CssrsAnswers{N, U, Y, Y, Y, N, U}) == CssrsResult::Incomplete);
        CHECK(cssrsUnansweredQuestions(CssrsAnswers{N, U, Y, Y, Y, N, U}) ==
              QStringList{QStringLiteral("q2")});
    }
}

TEST_CASE("C-SSRS is incomplete until the remaining answers cannot change the result",
          "[domain][screening]")
{
    SECTION("an unanswered asked question that could change the result")
    {
        CHECK(evaluateCssrs(CssrsAnswers{}) == CssrsResult::Incomplete);
        CHECK(evaluateCssrs(CssrsAnswers{N, N, U, U, U, U, U}) == CssrsResult::Incomplete);
        CHECK(evaluateCssrs(CssrsAnswers{Y, N, U, U, U, U, U}) == CssrsResult::Incomplete);
        CHECK(evaluateCssrs(CssrsAnswers{U, N, U, U, U, N, U}) == CssrsResult::Incomplete);
        CHECK(evaluateCssrs(CssrsAnswers{N, Y, U, N, N, N, U}) == CssrsResult::Incomplete);
        CHECK(evaluateCssrs(CssrsAnswers{N, N, U, U, U, Y, U}) == CssrsResult::Incomplete);
        CHECK(evaluateCssrs(CssrsAnswers{N, Y, Y, N, N, U, U}) == CssrsResult::Incomplete);
    }
    SECTION("high risk shows at once so the emergency protocol is not delayed")
    {
        CHECK(evaluateCssrs(CssrsAnswers{U, Y, U, Y, U, U, U}) == CssrsResult::High);
        CHECK(evaluateCssrs(CssrsAnswers{U, Y, U, U, R, U, U}) == CssrsResult::High);
        CHECK(evaluateCssrs(CssrsAnswers{U, U, U, U, U, Y, Y}) == CssrsResult::High);
        CHECK(cssrsRiskLevel(evaluateCssrs(CssrsAnswers{U, U, U, U, U, Y, Y})) == RiskLevel::Acute);
    }
    SECTION("q1 does not matter once q2 is yes")
    {
        CHECK(evaluateCssrs(CssrsAnswers{U, Y, N, N, N, N, U}) == CssrsResult::Low);
        CHECK(evaluateCssrs(CssrsAnswers{U, Y, Y, N, N, N, U}) == CssrsResult::Moderate);
    }
}

TEST_CASE("C-SSRS result matches the triage rule for all 16384 answer combinations",
          "[domain][screening]")
{
    int checked = 0;
    forEachCombination(7, [&](const std::vector<Answer> &v) {
        const CssrsAnswers answers = cssrs(v);
        // An answer to a question that is not asked yet does not count, even if a later answer
        // could make the question asked: until then it is as good as unanswered.
        std::vector<Answer> counted = v;
        const auto answeredYes = [](Answer a) { return a == Y || a == R; };
        if (!answeredYes(v[1]))
            counted[2] = counted[3] = counted[4] = U;
        if (!answeredYes(v[5]))
            counted[6] = U;
        const CssrsResult expected = settled<CssrsResult>(
            counted, [](const std::vector<Answer> &c) { return referenceCssrsComplete(c); });
        const CssrsResult actual = evaluateCssrs(answers);
        if (actual != expected)
            FAIL_CHECK("answers " << describe(v) << " gave " << int(actual) << " expected "
                                  << int(expected));
        // Everything asked has an answer: never incomplete.
        if (cssrsUnansweredQuestions(answers).isEmpty() && actual == CssrsResult::Incomplete)
            FAIL_CHECK("complete answers " << describe(v) << " reported incomplete");
        ++checked;
    });
    CHECK(checked == 16384);
}

TEST_CASE("C-SSRS risk levels send high risk to the emergency protocol", "[domain][screening]")
{
    CHECK_FALSE(cssrsRiskLevel(CssrsResult::Incomplete).has_value());
    CHECK(cssrsRiskLevel(CssrsResult::NoRisk) == RiskLevel::None);
    CHECK(cssrsRiskLevel(CssrsResult::Low) == RiskLevel::Low);
    CHECK(cssrsRiskLevel(CssrsResult::Moderate) == RiskLevel::Moderate);
    CHECK(cssrsRiskLevel(CssrsResult::High) == RiskLevel::Acute);
    CHECK(requiresEmergencyProtocol(*cssrsRiskLevel(CssrsResult::High)));
    for (CssrsResult result : {CssrsResult::NoRisk, CssrsResult::Low, CssrsResult::Moderate})
        CHECK_FALSE(requiresEmergencyProtocol(*cssrsRiskLevel(result)));

    QStringList names;
    for (CssrsResult result : {CssrsResult::Incomplete, CssrsResult::NoRisk, CssrsResult::Low,
                               CssrsResult::Moderate, CssrsResult::High})
        names.append(cssrsResultDisplayName(result));
    CHECK_FALSE(names.contains(QString()));
    CHECK(names.removeDuplicates() == 0);
}

TEST_CASE("C-SSRS questions are in asking order with the Columbia wording", "[domain][screening]")
{
    const QList<ScreeningQuestion> questions = cssrsQuestions();
    REQUIRE(questions.size() == 7);
    QStringList ids;
    for (const ScreeningQuestion &question : questions) {
        ids.append(question.id);
        CHECK_FALSE(question.text.isEmpty());
        CHECK_FALSE(question.help.isEmpty());
    }
    CHECK(ids == cssrsQuestionIds());
    CHECK(ids == QStringList{QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3"),
                             QStringLiteral("q4"), QStringLiteral("q5"), QStringLiteral("q6"),
                             QStringLiteral("q6Recent")});
    CHECK(questions[1].text ==
          QStringLiteral("Have you actually had any thoughts of killing yourself?"));
    CHECK(questions[6].text == QStringLiteral("Was it within the past 3 months?"));
}

// ---- Storage ----

TEST_CASE("screening answers round trip through JSON", "[domain][screening]")
{
    SECTION("ASQ writes only what was asked and answered")
    {
        const QJsonObject json = toJson(AsqAnswers{N, R, N, U, Y});
        const QJsonObject expected{{QStringLiteral("instrument"), QStringLiteral("asq")},
                                   {QStringLiteral("q1"), QStringLiteral("no")},
                                   {QStringLiteral("q2"), QStringLiteral("refused")},
                                   {QStringLiteral("q3"), QStringLiteral("no")},
                                   {QStringLiteral("q5"), QStringLiteral("yes")}};
        INFO(QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString());
        CHECK(json == expected);
        CHECK(toJson(AsqAnswers{N, N, N, N, Y}).value(QStringLiteral("q5")).isUndefined());
        CHECK(toJson(AsqAnswers{}) ==
              QJsonObject{{QStringLiteral("instrument"), QStringLiteral("asq")}});
    }
    SECTION("C-SSRS writes only what was asked and answered")
    {
        const QJsonObject json = toJson(CssrsAnswers{Y, N, Y, Y, Y, Y, N});
        const QJsonObject expected{{QStringLiteral("instrument"), QStringLiteral("cssrs-screener")},
                                   {QStringLiteral("q1"), QStringLiteral("yes")},
                                   {QStringLiteral("q2"), QStringLiteral("no")},
                                   {QStringLiteral("q6"), QStringLiteral("yes")},
                                   {QStringLiteral("q6Recent"), QStringLiteral("no")}};
        INFO(QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString());
        CHECK(json == expected);
    }
    SECTION("every ASQ combination")
    {
        forEachCombination(5, [](const std::vector<Answer> &v) {
            const AsqAnswers answers = asq(v);
            const Outcome<AsqAnswers> back = asqAnswersFromJson(toJson(answers));
            INFO("answers " << describe(v));
            REQUIRE(back.ok());
            CHECK(back.value() == asqAskedOnly(answers));
            CHECK(evaluateAsq(back.value()) == evaluateAsq(answers));
        });
    }
    SECTION("every C-SSRS combination")
    {
        forEachCombination(7, [](const std::vector<Answer> &v) {
            const CssrsAnswers answers = cssrs(v);
            const Outcome<CssrsAnswers> back = cssrsAnswersFromJson(toJson(answers));
            if (!back.ok() || !(back.value() == cssrsAskedOnly(answers)) ||
                evaluateCssrs(back.value()) != evaluateCssrs(answers))
                FAIL_CHECK("round trip changed " << describe(v));
        });
    }
    SECTION("through JSON text")
    {
        const QByteArray text = QJsonDocument(toJson(CssrsAnswers{N, R, N, Y, U, N, U})).toJson();
        const auto back = cssrsAnswersFromJson(QJsonDocument::fromJson(text).object());
        REQUIRE(back.ok());
        CHECK(back.value() == CssrsAnswers{N, R, N, Y, U, N, U});
    }
    SECTION("an answer to a skipped question is read but does not count")
    {
        const QJsonObject json{{QStringLiteral("instrument"), QStringLiteral("cssrs-screener")},
                               {QStringLiteral("q1"), QStringLiteral("no")},
                               {QStringLiteral("q2"), QStringLiteral("no")},
                               {QStringLiteral("q4"), QStringLiteral("yes")},
                               {QStringLiteral("q6"), QStringLiteral("no")}};
        const auto back = cssrsAnswersFromJson(json);
        REQUIRE(back.ok());
        CHECK(back.value().q4 == Y);
        CHECK(evaluateCssrs(back.value()) == CssrsResult::NoRisk);
    }
}

TEST_CASE("screening JSON with bad values is rejected", "[domain][screening]")
{
    const QJsonObject goodAsq{{QStringLiteral("instrument"), QStringLiteral("asq")},
                              {QStringLiteral("q1"), QStringLiteral("no")}};
    const QJsonObject goodCssrs{{QStringLiteral("instrument"), QStringLiteral("cssrs-screener")},
                                {QStringLiteral("q1"), QStringLiteral("no")}};
    REQUIRE(asqAnswersFromJson(goodAsq).ok());
    REQUIRE(cssrsAnswersFromJson(goodCssrs).ok());

    const auto expectRejected = [](const auto &outcome) {
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().code == StoreError::Code::Validation);
        CHECK_FALSE(outcome.error().message.isEmpty());
        CHECK_FALSE(outcome.error().detail.isEmpty());
    };

    SECTION("an answer that is not yes no or refused")
    {
        const QJsonValue bad =
            GENERATE(QJsonValue(QStringLiteral("Yes")), QJsonValue(QStringLiteral("maybe")),
                     QJsonValue(QString()), QJsonValue(QStringLiteral("unanswered")),
                     QJsonValue(true), QJsonValue(1), QJsonValue(QJsonValue::Null),
                     QJsonValue(QJsonArray{}), QJsonValue(QJsonObject{}));
        QJsonObject asqJson = goodAsq;
        asqJson.insert(QStringLiteral("q3"), bad);
        expectRejected(asqAnswersFromJson(asqJson));
        QJsonObject cssrsJson = goodCssrs;
        cssrsJson.insert(QStringLiteral("q6Recent"), bad);
        expectRejected(cssrsAnswersFromJson(cssrsJson));
    }
    SECTION("a question the instrument does not have")
    {
        const QString key = GENERATE(as<QString>{}, "q0", "q7", "Q1", "q6recent", "notes", "");
        QJsonObject asqJson = goodAsq;
        asqJson.insert(key, QStringLiteral("yes"));
        expectRejected(asqAnswersFromJson(asqJson));
        QJsonObject cssrsJson = goodCssrs;
        cssrsJson.insert(key, QStringLiteral("yes"));
        expectRejected(cssrsAnswersFromJson(cssrsJson));
    }
    SECTION("ASQ has no q6")
    {
        QJsonObject json = goodAsq;
        json.insert(QStringLiteral("q6"), QStringLiteral("no"));
        expectRejected(asqAnswersFromJson(json));
    }
    SECTION("a missing or wrong instrument")
    {
        QJsonObject asqJson = goodAsq;
        asqJson.remove(QStringLiteral("instrument"));
        expectRejected(asqAnswersFromJson(asqJson));
        expectRejected(asqAnswersFromJson(QJsonObject{}));
        expectRejected(asqAnswersFromJson(goodCssrs));
        expectRejected(cssrsAnswersFromJson(goodAsq));
        QJsonObject cssrsJson = goodCssrs;
        cssrsJson.insert(QStringLiteral("instrument"), QStringLiteral("C-SSRS"));
        expectRejected(cssrsAnswersFromJson(cssrsJson));
        cssrsJson.insert(QStringLiteral("instrument"), 1);
        expectRejected(cssrsAnswersFromJson(cssrsJson));
    }
}
