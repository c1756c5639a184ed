#include <catch2/catch.hpp>

#include "core/domain/regions.h"
#include "core/domain/taxonomy.h"
#include "core/forms/formdefinition.h"
#include "ui/form/formview.h"
#include "ui/form/multiplechoiceeditor.h"
#include "ui/form/regionmodel.h"
#include "ui/form/regionpicker.h"
#include "ui/form/regionsearchmodel.h"
#include "ui/form/taxonomymodel.h"
#include "ui/form/taxonomypicker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTreeView>

#include "waituntil.h"

using namespace helpline;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

std::string json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

// A form on screen, its window active so that focus and key events behave as for a person.
struct ShownForm {
    ShownForm()
    {
        view.setDefinition(FormDefinition::builtIn(), QStringLiteral("en"));
        view.resize(900, 760);
        view.show();
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
    }

    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = view.findChild<T *>(name);
        INFO(str(name));
        REQUIRE(widget != nullptr);
        return widget;
    }

    bool shown(const QString &name) const
    {
        QWidget *widget = view.findChild<QWidget *>(name);
        return widget && widget->isVisibleTo(&view);
    }

    // The field whose editor holds `widget`, or empty.
    QString fieldOf(QWidget *widget) const
    {
        for (const QString &id : view.definition().fieldIds())
            if (FormFieldEditor *e = view.editor(id); e && widget && e->isAncestorOf(widget))
                return id;
        return {};
    }

    FormView view;
};

QJsonObject fullIntake()
{
    return QJsonDocument::fromJson(R"({
        "channel": "whatsapp", "callType": "caller_about_child",
        "childName": "Nərmin", "childGender": "girl", "childAge": "12",
        "childPhone": "+994 50 123 45 67", "childRegion": "AZ-SAK", "childLanguage": "az",
        "callerName": "Gülnarə", "callerRelationship": "parent", "callerPhone": "012 498 76 54",
        "categories": ["mental_health.mood", "violence.bullying"],
        "summary": "Sinif yoldaşları onu ələ salırlar.\nYuxusu pozulub.",
        "screening": {"instrument": "asq", "q1": "no", "q2": "no", "q3": "no", "q4": "no"},
        "actions": ["referred", "listened"],
        "referralNotes": "Məktəb psixoloqu",
        "followUpNeeded": true, "followUpDate": "2026-12-02", "followUpNote": "Call back",
        "keepConfidential": false
    })")
        .object();
}

} // namespace

TEST_CASE("the built-in form renders with every field labelled and named", "[gui][form]")
{
    ShownForm f;
    const FormDefinition &form = FormDefinition::builtIn();
    for (const FormSection &section : form.sections()) {
        auto *heading = f.find<QLabel>(section.id + QStringLiteral("Heading"));
        CHECK(heading->text() == form.label(section.id, QStringLiteral("en")));
    }
    for (const QString &id : form.fieldIds()) {
        INFO(str(id));
        FormFieldEditor *editor = f.view.editor(id);
        REQUIRE(editor != nullptr);
        CHECK(editor->objectName() == id + QStringLiteral("Editor"));
        auto *label = f.find<QLabel>(id + QStringLiteral("Label"));
        CHECK(label->text().startsWith(form.label(id, QStringLiteral("en"))));
        CHECK(label->text().endsWith(QStringLiteral(" *")) == form.field(id)->required);
        REQUIRE(editor->focusTarget() != nullptr);
        CHECK(label->buddy() == editor->focusTarget());
        CHECK(editor->focusTarget()->focusPolicy() != Qt::NoFocus);
        CHECK_FALSE(editor->accessibleName().isEmpty());
        CHECK_FALSE(editor->focusTarget()->accessibleName().isEmpty());
        auto *problem = f.find<QLabel>(id + QStringLiteral("Problem"));
        CHECK(problem->isHidden());
    }
    // Every input inside the form has an accessible name, not only the editors' first one.
    const QList<QWidget *> inputs = f.view.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : inputs) {
        if (!qobject_cast<QLineEdit *>(widget) && !qobject_cast<QComboBox *>(widget) &&
            !qobject_cast<QPlainTextEdit *>(widget) && !qobject_cast<QAbstractButton *>(widget) &&
            !qobject_cast<QAbstractItemView *>(widget))
            continue;
        if (widget->focusPolicy() == Qt::NoFocus || f.fieldOf(widget).isEmpty())
            continue;
        INFO(str(widget->objectName()));
        CHECK_FALSE(widget->accessibleName().isEmpty());
        ++checked;
    }
    CHECK(checked > 30);
    CHECK(f.find<QLabel>(QStringLiteral("keepConfidentialHelp"))
              ->text()
              .contains(QStringLiteral("default")));
    CHECK_FALSE(f.view.grab().isNull());
}

TEST_CASE("a new form holds the definition's defaults", "[gui][form]")
{
    ShownForm f;
    CHECK(f.view.values() == FormDefinition::builtIn().defaults());
    CHECK(f.find<QRadioButton>(QStringLiteral("keepConfidentialYes"))->isChecked());
    CHECK(f.find<QComboBox>(QStringLiteral("channelCombo"))->currentData().toString() ==
          QStringLiteral("phone"));
}

TEST_CASE("typing by keyboard fills the form values", "[gui][form]")
{
    ShownForm f;
    QSignalSpy changed(&f.view, &FormView::valuesChanged);
    auto *callType = f.find<QComboBox>(QStringLiteral("callTypeCombo"));
    callType->setFocus();
    QTest::keyClick(callType, Qt::Key_Down); // the first call type: the child about themselves
    CHECK(f.view.values().value(QStringLiteral("callType")).toString() ==
          QStringLiteral("child_about_self"));
    CHECK(changed.count() >= 1);

    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("childNameInput")), QStringLiteral("Leyla"));
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("childPhoneInput")),
                     QStringLiteral("050 123 45 67"));
    auto *age = f.find<QComboBox>(QStringLiteral("childAgeCombo"));
    for (int i = 0; i < 16; ++i) // unknown, unborn, 0 .. 13
        QTest::keyClick(age, Qt::Key_Down);
    QTest::keyClicks(f.find<QPlainTextEdit>(QStringLiteral("summaryInput")),
                     QStringLiteral("Bullied at school."));
    QTest::keyClick(f.find<QRadioButton>(QStringLiteral("followUpNeededYes")), Qt::Key_Space);
    REQUIRE(f.shown(QStringLiteral("followUpDateRow")));
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("followUpDateInput")),
                     QStringLiteral("2026-12-02"));
    QTest::keyClick(f.find<QCheckBox>(QStringLiteral("actionsOption_listened")), Qt::Key_Space);
    QTest::keyClick(f.find<QRadioButton>(QStringLiteral("keepConfidentialNo")), Qt::Key_Space);

    const QJsonObject values = f.view.values();
    INFO(json(values));
    CHECK(values.value(QStringLiteral("childName")) == QJsonValue(QStringLiteral("Leyla")));
    CHECK(values.value(QStringLiteral("childPhone")) ==
          QJsonValue(QStringLiteral("050 123 45 67")));
    CHECK(values.value(QStringLiteral("childAge")) == QJsonValue(QStringLiteral("13")));
    CHECK(values.value(QStringLiteral("summary")) ==
          QJsonValue(QStringLiteral("Bullied at school.")));
    CHECK(values.value(QStringLiteral("followUpNeeded")) == QJsonValue(true));
    CHECK(values.value(QStringLiteral("followUpDate")) == QJsonValue(QStringLiteral("2026-12-02")));
    CHECK(values.value(QStringLiteral("actions")) ==
          QJsonValue(QJsonArray{QStringLiteral("listened")}));
    CHECK(values.value(QStringLiteral("keepConfidential")) == QJsonValue(false));
    CHECK(values.value(QStringLiteral("channel")) == QJsonValue(QStringLiteral("phone")));
    CHECK_FALSE(values.contains(QStringLiteral("callerName")));

    // Non-ASCII text arrives as typed.
    auto *name = f.find<QLineEdit>(QStringLiteral("childNameInput"));
    name->clear();
    QTest::sendKeyEvent(QTest::KeyAction::Click, name, Qt::Key_unknown, QStringLiteral("Ə"),
                        Qt::NoModifier);
    QTest::keyClicks(name, QStringLiteral("li"));
    CHECK(f.view.values().value(QStringLiteral("childName")) == QJsonValue(QStringLiteral("Əli")));
}

TEST_CASE("setValues restores exactly what values returned", "[gui][form]")
{
    ShownForm f;
    QJsonObject values = fullIntake();
    f.view.setValues(values);
    CHECK(json(f.view.values()) == json(values));
    CHECK(f.view.values() == values);

    // A second form, as after a crash: the same values, field by field.
    FormView restored;
    restored.setDefinition(FormDefinition::builtIn(), QStringLiteral("en"));
    restored.setValues(f.view.values());
    CHECK(restored.values() == values);

    // What an old draft might hold: a half-typed date, an unknown place, a retired option.
    values.insert(QStringLiteral("followUpDate"), QStringLiteral("31.02.20"));
    values.insert(QStringLiteral("childRegion"), QStringLiteral("AZ-XXX"));
    values.insert(QStringLiteral("childLanguage"), QStringLiteral("tlh"));
    values.insert(QStringLiteral("actions"), QJsonArray{QStringLiteral("teleported")});
    values.insert(QStringLiteral("summary"), QStringLiteral("  "));
    values.remove(QStringLiteral("keepConfidential"));
    restored.setValues(values);
    CHECK(json(restored.values()) == json(values));

    // Absent keys become empty: no defaults are applied.
    restored.setValues({});
    CHECK(restored.values().isEmpty());
    restored.clear();
    CHECK(restored.values() == FormDefinition::builtIn().defaults());
}

TEST_CASE("the caller section appears only when the caller is not the child", "[gui][form]")
{
    ShownForm f;
    CHECK_FALSE(f.shown(QStringLiteral("callerSection")));
    CHECK(f.shown(QStringLiteral("childSection")));
    auto *callType = f.find<QComboBox>(QStringLiteral("callTypeCombo"));
    callType->setFocus();
    QTest::keyClick(callType, Qt::Key_Down);
    QTest::keyClick(callType, Qt::Key_Down); // someone about a child
    CHECK(f.view.values().value(QStringLiteral("callType")) ==
          QJsonValue(QStringLiteral("caller_about_child")));
    CHECK(f.shown(QStringLiteral("callerSection")));
    CHECK(f.view.visibleFieldIds().contains(QStringLiteral("callerRelationship")));
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("callerNameInput")), QStringLiteral("Anar"));

    QTest::keyClick(callType, Qt::Key_Up); // back to the child about themselves
    CHECK_FALSE(f.shown(QStringLiteral("callerSection")));
    CHECK_FALSE(f.view.visibleFieldIds().contains(QStringLiteral("callerName")));
    // What was typed is kept (a slip of the call type loses nothing).
    CHECK(f.view.values().value(QStringLiteral("callerName")) ==
          QJsonValue(QStringLiteral("Anar")));

    QTest::keyClick(callType, Qt::Key_Down);
    QTest::keyClick(callType, Qt::Key_Down); // silent: only the contact and confidentiality
    CHECK(f.view.values().value(QStringLiteral("callType")) ==
          QJsonValue(QStringLiteral("silent")));
    CHECK_FALSE(f.shown(QStringLiteral("childSection")));
    CHECK_FALSE(f.shown(QStringLiteral("reasonsSection")));
    CHECK(f.shown(QStringLiteral("confidentialitySection")));
    CHECK(f.view.visibleFieldIds() ==
          (QStringList{QStringLiteral("channel"), QStringLiteral("callType"),
                       QStringLiteral("keepConfidential")}));
}

TEST_CASE("problems appear beside their fields and focus moves to the first", "[gui][form]")
{
    ShownForm f;
    f.view.setValues(fullIntake());
    f.find<QComboBox>(QStringLiteral("channelCombo"))->setFocus();
    const Problems problems{
        {QStringLiteral("summary"), QStringLiteral("Write a short summary of the contact.")},
        {QStringLiteral("childPhone"), QStringLiteral("Enter a phone number with 5 to 15 digits.")},
        {QStringLiteral("started_at"), QStringLiteral("The contact has no start time.")},
    };
    f.view.showProblems(problems);

    auto *phoneProblem = f.find<QLabel>(QStringLiteral("childPhoneProblem"));
    auto *summaryProblem = f.find<QLabel>(QStringLiteral("summaryProblem"));
    CHECK(phoneProblem->isVisibleTo(&f.view));
    CHECK(phoneProblem->text().contains(QStringLiteral("5 to 15 digits")));
    CHECK(phoneProblem->accessibleName().contains(QStringLiteral("5 to 15 digits")));
    CHECK(summaryProblem->isVisibleTo(&f.view));
    CHECK_FALSE(f.shown(QStringLiteral("childNameProblem")));
    // The editor says it too, for a screen reader.
    auto *phone = f.find<QLineEdit>(QStringLiteral("childPhoneInput"));
    CHECK(phone->accessibleDescription().contains(QStringLiteral("5 to 15 digits")));
    // The first in visual order has focus: the phone comes before the summary.
    CHECK(QApplication::focusWidget() == phone);
    // A problem without a field goes to the top.
    auto *banner = f.find<QLabel>(QStringLiteral("formProblems"));
    CHECK(banner->isVisibleTo(&f.view));
    CHECK(banner->text().contains(QStringLiteral("no start time")));
    CHECK(f.view.problems() == problems);

    // Fixing a field takes its message away; the others stay.
    QTest::keyClicks(phone, QStringLiteral("8"));
    CHECK_FALSE(phoneProblem->isVisibleTo(&f.view));
    CHECK_FALSE(phone->accessibleDescription().contains(QStringLiteral("5 to 15 digits")));
    CHECK(summaryProblem->isVisibleTo(&f.view));

    // A problem of a hidden field is not lost: it is listed at the top, with the field's label.
    f.view.showProblems({{QStringLiteral("callerName"), QStringLiteral("Too long.")}});
    QJsonObject self = fullIntake();
    self.insert(QStringLiteral("callType"), QStringLiteral("child_about_self"));
    f.view.setValues(self);
    f.view.showProblems({{QStringLiteral("callerName"), QStringLiteral("Too long.")}});
    CHECK_FALSE(f.shown(QStringLiteral("callerNameProblem")));
    CHECK(banner->text().contains(QStringLiteral("Caller's name: Too long.")));

    f.view.clearProblems();
    CHECK_FALSE(banner->isVisibleTo(&f.view));
    CHECK_FALSE(summaryProblem->isVisibleTo(&f.view));
    CHECK(f.view.problems().isEmpty());
}

TEST_CASE("categories are filtered and chosen by keyboard", "[gui][form]")
{
    ShownForm f;
    auto *picker = qobject_cast<TaxonomyPicker *>(f.view.editor(QStringLiteral("categories")));
    REQUIRE(picker != nullptr);
    QAbstractItemModelTester tester(picker->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QLineEdit *filter = picker->filterEdit();
    filter->setFocus();
    REQUIRE(test::waitUntil([&] { return filter->hasFocus(); }));

    // "zorak" finds Zorakılıq (Violence) by Azerbaijani folding.
    QTest::keyClicks(filter, QStringLiteral("zorak"));
    REQUIRE(picker->model()->rowCount() >= 1);
    CHECK(picker->model()->index(0, 0).data(TaxonomyModel::CodeRole).toString() ==
          QStringLiteral("violence"));
    QTest::keyClick(filter, Qt::Key_Down);
    CHECK(picker->tree()->hasFocus());
    const QModelIndex first = picker->tree()->currentIndex();
    const QString firstCode = first.data(TaxonomyModel::CodeRole).toString();
    CHECK(firstCode.startsWith(QStringLiteral("violence.")));
    QTest::keyClick(picker->tree(), Qt::Key_Space);
    CHECK(first.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    QTest::keyClick(picker->tree(), Qt::Key_Down);
    const QString secondCode =
        picker->tree()->currentIndex().data(TaxonomyModel::CodeRole).toString();
    QTest::keyClick(picker->tree(), Qt::Key_Space);
    CHECK(f.view.values().value(QStringLiteral("categories")) ==
          QJsonValue(QJsonArray{firstCode, secondCode}));
    // Space again takes it back.
    QTest::keyClick(picker->tree(), Qt::Key_Space);
    CHECK(f.view.values().value(QStringLiteral("categories")) == QJsonValue(QJsonArray{firstCode}));

    // Back up to the filter, a new word; Enter on the only match chooses it.
    QTest::keyClick(picker->tree(), Qt::Key_Up); // the first subcategory
    QTest::keyClick(picker->tree(), Qt::Key_Up); // its category, the top row
    CHECK(picker->tree()->hasFocus());
    QTest::keyClick(picker->tree(), Qt::Key_Up);
    CHECK(filter->hasFocus());
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("child labour"));
    REQUIRE(picker->model()->visibleSubcategoryCount() == 1);
    QTest::keyClick(filter, Qt::Key_Return);
    CHECK(picker->model()->isChecked(QStringLiteral("violence.child_labour")));
    // Russian works too, whatever the form's language: "травля" is bullying.
    filter->setText(QStringLiteral("травл"));
    CHECK(picker->model()->indexOf(QStringLiteral("violence.bullying")).isValid());

    // The chosen ones show as chips; Delete removes the current one.
    QListWidget *chosen = picker->chosenList();
    REQUIRE(chosen->count() == 2);
    CHECK(chosen->isVisibleTo(&f.view));
    CHECK(chosen->item(1)->text() == QStringLiteral("Violence › Child labour"));
    chosen->setFocus();
    chosen->setCurrentRow(1);
    QTest::keyClick(chosen, Qt::Key_Delete);
    CHECK_FALSE(picker->model()->isChecked(QStringLiteral("violence.child_labour")));
    CHECK(f.view.values().value(QStringLiteral("categories")) == QJsonValue(QJsonArray{firstCode}));

    // The category shows how many of its subcategories are chosen.
    filter->clear();
    const QModelIndex violence = picker->model()->indexOf(QStringLiteral("violence"));
    CHECK(violence.data().toString().contains(QStringLiteral("1 chosen")));
}

TEST_CASE("the taxonomy model keeps its structure through filters and checks", "[gui][form]")
{
    TaxonomyModel model(Taxonomy::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int categories = model.rowCount();
    CHECK(categories >= 10);
    model.setLanguage(QStringLiteral("az"));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Zorakılıq"));
    model.setFilter(QStringLiteral("ZORAK"));
    CHECK(model.rowCount() >= 1);
    CHECK(model.rowCount() < categories);
    model.setChecked(QStringLiteral("violence.physical"), true);
    model.setCheckedCodes({QStringLiteral("mental_health.mood"), QStringLiteral("gone.code")});
    CHECK(model.checkedCodes() ==
          (QStringList{QStringLiteral("mental_health.mood"), QStringLiteral("gone.code")}));
    model.setFilter(QStringLiteral("no such words at all"));
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.firstSubcategory().isValid());
    model.setFilter({});
    CHECK(model.rowCount() == categories);
    const QModelIndex sub = model.index(0, 0, model.index(0, 0));
    CHECK(model.flags(sub).testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
    CHECK(model.setData(sub, Qt::Checked, Qt::CheckStateRole));
    CHECK(model.isChecked(sub.data(TaxonomyModel::CodeRole).toString()));
}

TEST_CASE("a place is found by any of its names and sets both levels", "[gui][form]")
{
    ShownForm f;
    auto *picker = qobject_cast<RegionPicker *>(f.view.editor(QStringLiteral("childRegion")));
    REQUIRE(picker != nullptr);
    QAbstractItemModelTester tester(picker->searchModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QLineEdit *search = picker->searchEdit();
    search->setFocus();
    REQUIRE(test::waitUntil([&] { return search->hasFocus(); }));

    QTest::keyClicks(search, QStringLiteral("Sheki"));
    CHECK(picker->resultsView()->isVisibleTo(&f.view));
    REQUIRE(picker->searchModel()->rowCount() >= 1);
    CHECK(picker->searchModel()->codeAt(0) == QStringLiteral("AZ-SAK"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(f.view.values().value(QStringLiteral("childRegion")) ==
          QJsonValue(QStringLiteral("AZ-SAK")));
    CHECK(picker->regionCombo()->currentData(RegionModel::CodeRole).toString() ==
          QStringLiteral("er.shaki_zagatala"));
    CHECK(picker->unitCombo()->currentData(RegionModel::CodeRole).toString() ==
          QStringLiteral("AZ-SAK"));
    CHECK(picker->unitCombo()->currentText() == QStringLiteral("Shaki"));
    CHECK(search->text().isEmpty());
    CHECK_FALSE(picker->resultsView()->isVisibleTo(&f.view));

    // In Russian, through the result list.
    f.view.setValues({});
    search->setText(QStringLiteral("Шеки"));
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(picker->resultsView()->hasFocus());
    QTest::keyClick(picker->resultsView(), Qt::Key_Return);
    CHECK(f.view.values().value(QStringLiteral("childRegion")) ==
          QJsonValue(QStringLiteral("AZ-SAK")));
    CHECK(search->hasFocus());

    // A Baku rayon sets Baku and the rayon.
    search->setText(QStringLiteral("Nasimi"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(f.view.values().value(QStringLiteral("childRegion")) ==
          QJsonValue(QStringLiteral("AZ-BA.nasimi")));
    CHECK(picker->regionCombo()->currentData(RegionModel::CodeRole).toString() ==
          QStringLiteral("er.baku"));

    // Escape clears the search and keeps the place.
    search->setText(QStringLiteral("Lenk"));
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(f.view.values().value(QStringLiteral("childRegion")) ==
          QJsonValue(QStringLiteral("AZ-BA.nasimi")));

    // The combos: a region alone is a value, then a rayon in it.
    QComboBox *region = picker->regionCombo();
    const int shaki = region->findData(QStringLiteral("er.shaki_zagatala"), RegionModel::CodeRole);
    REQUIRE(shaki > 0);
    region->setCurrentIndex(shaki);
    emit region->activated(shaki);
    CHECK(f.view.values().value(QStringLiteral("childRegion")) ==
          QJsonValue(QStringLiteral("er.shaki_zagatala")));
    QComboBox *unit = picker->unitCombo();
    CHECK(unit->isEnabled());
    const int qax = unit->findData(QStringLiteral("AZ-QAX"), RegionModel::CodeRole);
    REQUIRE(qax > 0);
    unit->setCurrentIndex(qax);
    emit unit->activated(qax);
    CHECK(f.view.values().value(QStringLiteral("childRegion")) ==
          QJsonValue(QStringLiteral("AZ-QAX")));
    // "Unknown" is a place of its own, with no second level.
    const int unknown = region->findData(Regions::unknownCode(), RegionModel::CodeRole);
    REQUIRE(unknown > 0);
    region->setCurrentIndex(unknown);
    emit region->activated(unknown);
    CHECK(f.view.values().value(QStringLiteral("childRegion")) ==
          QJsonValue(Regions::unknownCode()));
    CHECK_FALSE(unit->isEnabled());
}

TEST_CASE("the region models pass the model tester", "[gui][form]")
{
    RegionModel model(Regions::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 1 + 14 + int(Regions::builtIn().specialUnits().size()));
    model.setLanguage(QStringLiteral("ru"));
    CHECK(model.positionOf(QStringLiteral("AZ-SAK")).first > 0);
    CHECK(model.positionOf(QStringLiteral("AZ-SA")) == model.positionOf(QStringLiteral("AZ-SAK")));
    CHECK(model.positionOf(QStringLiteral("nowhere")) == qMakePair(-1, -1));
    const auto baku = model.positionOf(QStringLiteral("AZ-BA.nasimi"));
    REQUIRE(baku.first > 0);
    CHECK(model.index(baku.second, 0, model.index(baku.first, 0))
              .data()
              .toString()
              .contains(QStringLiteral("Баку")));

    RegionSearchModel search(Regions::builtIn());
    QAbstractItemModelTester searchTester(&search,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    search.setQuery(QStringLiteral("şəki"));
    CHECK(search.codeAt(0) == QStringLiteral("AZ-SAK"));
    search.setLanguage(QStringLiteral("az"));
    CHECK(search.index(0, 0).data().toString().startsWith(QStringLiteral("Şəki")));
    search.setQuery(QStringLiteral("a"));
    CHECK(search.rowCount() <= RegionSearchModel::limit);
    search.setQuery({});
    CHECK(search.rowCount() == 0);
}

TEST_CASE("tab order follows the visual order of the fields", "[gui][form]")
{
    ShownForm f;
    QJsonObject values = fullIntake(); // caller section and follow-up details shown
    values.remove(QStringLiteral("categories"));
    f.view.setValues(values);
    const QStringList expected = f.view.visibleFieldIds();
    REQUIRE(expected.contains(QStringLiteral("callerPhone")));
    REQUIRE(expected.contains(QStringLiteral("followUpDate")));

    QWidget *content = f.find<QWidget>(QStringLiteral("formContent"));
    f.view.focusFirstField();
    REQUIRE(test::waitUntil([&] { return QApplication::focusWidget() != nullptr; }));
    QStringList visited;
    int previousY = -1;
    for (int i = 0; i < 200; ++i) {
        QWidget *focused = QApplication::focusWidget();
        const QString field = f.fieldOf(focused);
        if (field.isEmpty() || (field == expected.first() && visited.size() > 1))
            break; // out of the form, or round to the top again
        // Down the page, never back up (within a row, left to right is fine).
        const int y = focused->mapTo(content, QPoint(0, 0)).y();
        INFO(str(field) << " " << str(focused->objectName()));
        CHECK(y >= previousY - 2);
        previousY = y;
        if (visited.isEmpty() || visited.last() != field)
            visited << field;
        QTest::keyClick(focused, Qt::Key_Tab);
        if (QApplication::focusWidget() == focused)
            break;
    }
    CHECK(visited == expected);
}

TEST_CASE("the form relabels in another language and keeps its values", "[gui][form]")
{
    ShownForm f;
    f.view.setValues(fullIntake());
    f.view.showProblems({{QStringLiteral("summary"), QStringLiteral("Write a short summary.")}});
    f.view.setLanguage(QStringLiteral("az"));
    CHECK(f.find<QLabel>(QStringLiteral("childNameLabel"))->text() == QStringLiteral("Uşağın adı"));
    CHECK(f.find<QLabel>(QStringLiteral("childHeading"))->text() == QStringLiteral("Uşaq"));
    auto *actions = qobject_cast<MultipleChoiceEditor *>(f.view.editor(QStringLiteral("actions")));
    REQUIRE(actions != nullptr);
    CHECK(actions->checkBox(QStringLiteral("listened"))->text() ==
          QStringLiteral("Dinlənildi və dəstək göstərildi"));
    CHECK(f.view.values() == fullIntake());
    CHECK(f.shown(QStringLiteral("summaryProblem")));
    // A change of the interface language relabels the view's own words and keeps everything.
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&f.view, &languageChange);
    CHECK(f.find<QLabel>(QStringLiteral("summaryLabel"))->text() ==
          QStringLiteral("Qısa məzmun *"));
    CHECK(f.view.values() == fullIntake());
    CHECK(f.shown(QStringLiteral("summaryProblem")));
    f.view.setLanguage(QStringLiteral("ru"));
    CHECK(f.find<QLabel>(QStringLiteral("callerHeading"))->text() ==
          QStringLiteral("Обратившийся (не ребёнок)"));
}

namespace {

// What H2's screening panel looks like to the form: an editor like any other.
class FakeScreeningEditor : public FormFieldEditor {
public:
    explicit FakeScreeningEditor(QWidget *parent)
        : FormFieldEditor(parent)
        , m_edit(new QLineEdit(this))
    {
    }
    QJsonValue value() const override
    {
        return m_value.isEmpty() ? QJsonValue() : QJsonValue(m_value);
    }
    void setValue(const QJsonValue &value) override { m_value = value.toObject(); }
    QWidget *focusTarget() override { return m_edit; }
    void answer(const QString &question, const QString &answer)
    {
        m_value.insert(QStringLiteral("instrument"), QStringLiteral("asq"));
        m_value.insert(question, answer);
        emit changed();
    }

private:
    QLineEdit *m_edit;
    QJsonObject m_value;
};

} // namespace

TEST_CASE("a registered editor replaces the screening placeholder", "[gui][form]")
{
    ShownForm f;
    f.view.setValues(fullIntake());
    // The placeholder keeps the answers it cannot show.
    CHECK(f.view.values().value(QStringLiteral("screening")) ==
          fullIntake().value(QStringLiteral("screening")));
    CHECK(f.find<QLineEdit>(QStringLiteral("screeningPlaceholder"))
              ->text()
              .contains(QStringLiteral("answers kept: 4")));

    FakeScreeningEditor *made = nullptr;
    f.view.setEditorFactory(FieldType::Screening, [&made](const FormField &, QWidget *parent) {
        made = new FakeScreeningEditor(parent);
        return made;
    });
    REQUIRE(made != nullptr);
    CHECK(f.view.editor(QStringLiteral("screening")) == made);
    CHECK(made->objectName() == QStringLiteral("screeningEditor"));
    CHECK(f.find<QLabel>(QStringLiteral("screeningLabel"))->buddy() == made->focusTarget());
    CHECK_FALSE(made->focusTarget()->accessibleName().isEmpty());
    CHECK(f.view.values() == fullIntake()); // rebuilt with the values kept

    QSignalSpy changed(&f.view, &FormView::valuesChanged);
    made->answer(QStringLiteral("q1"), QStringLiteral("yes"));
    CHECK(changed.count() == 1);
    CHECK(
        f.view.values().value(QStringLiteral("screening")).toObject().value(QStringLiteral("q1")) ==
        QJsonValue(QStringLiteral("yes")));
}
