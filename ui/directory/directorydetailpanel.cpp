#include "ui/directory/directorydetailpanel.h"

#include "core/directory/openinghours.h"
#include "core/domain/regions.h"
#include "ui/common/dateformat.h"
#include "ui/directory/directorylistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace helpline {

namespace {

QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    return QLocale::languageToString(locale.language());
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

DirectoryDetailPanel::DirectoryDetailPanel(const Regions &regions, QWidget *parent)
    : QWidget(parent)
    , m_regions(regions)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("directoryDetailPanel"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Lines wrap to the panel's width; a sideways scroll would hide the Copy buttons.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    auto *copy = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    copy->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QShortcut::activated, this, [this] { copyPhone(0); });
    rebuild();
}

void DirectoryDetailPanel::setLanguage(const QString &language)
{
    m_language = language;
    rebuild();
}

void DirectoryDetailPanel::setEntry(const std::optional<DirectoryEntry> &entry,
                                    const QDateTime &now)
{
    m_entry = entry;
    m_now = now;
    rebuild();
}

bool DirectoryDetailPanel::copyPhone(int index)
{
    if (!m_entry || index < 0 || index >= m_entry->phones.size())
        return false;
    const QString phone = m_entry->phones.at(index);
    QGuiApplication::clipboard()->setText(phone);
    emit phoneCopied(phone);
    return true;
}

QString DirectoryDetailPanel::shownText() const
{
    QStringList parts;
    if (m_content)
        for (const QLabel *label : m_content->findChildren<QLabel *>())
            parts << label->text();
    return parts.join(u'\n');
}

void DirectoryDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void DirectoryDetailPanel::rebuild()
{
    // The panel's layout depends on what the entry has (phones, email...): build it anew.
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("directoryDetailContent"));
    auto *layout = new QVBoxLayout(m_content);
    layout->setSpacing(10);
    if (!m_entry) {
        auto *hint = wrapped(tr("Choose a service in the list to see its details."), m_content);
        hint->setObjectName(QStringLiteral("directoryDetailHint"));
        hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hint);
        layout->addStretch(1);
        m_scroll->setWidget(m_content);
        return;
    }
    const DirectoryEntry &e = *m_entry;

    auto *name = wrapped(e.displayName(m_language), m_content);
    name->setObjectName(QStringLiteral("directoryDetailName"));
    QFont big = name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() > 0 ? big.pointSizeF() * 1.25 : big.pointSizeF());
    name->setFont(big);
    layout->addWidget(name);
    QStringList otherNames;
    for (const QString &other : {e.name, e.nameRu, e.nameEn})
        if (!other.isEmpty() && other != name->text() && !otherNames.contains(other))
            otherNames << other;
    if (!otherNames.isEmpty()) {
        auto *others = wrapped(otherNames.join(QStringLiteral(" · ")), m_content);
        others->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(others);
    }
    auto *services = wrapped(DirectoryListModel::servicesText(e), m_content);
    services->setObjectName(QStringLiteral("directoryDetailServices"));
    layout->addWidget(services);

    const QDate today = OpeningHours::bakuTime(m_now).date();
    if (DirectoryListModel::isStale(e, today)) {
        auto *stale = wrapped(tr("Not verified for more than 12 months: check the details with "
                                 "the service before referring."),
                              m_content);
        stale->setObjectName(QStringLiteral("directoryDetailStale"));
        QFont bold = stale->font();
        bold.setBold(true);
        stale->setFont(bold);
        QPalette palette = stale->palette();
        palette.setColor(QPalette::WindowText, QColor(0xa3, 0x4a, 0x00));
        stale->setPalette(palette);
        layout->addWidget(stale);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    const auto row = [&](const QString &label, QWidget *field) { form->addRow(label, field); };
    const auto textRow = [&](const QString &label, const QString &text, const char *objectName) {
        if (text.trimmed().isEmpty())
            return;
        QLabel *field = wrapped(text, m_content);
        field->setObjectName(QString::fromLatin1(objectName));
        row(label, field);
    };

    // Phones first: the number is what a counsellor needs at once.
    for (int i = 0; i < e.phones.size(); ++i) {
        auto *line = new QWidget(m_content);
        auto *h = new QHBoxLayout(line);
        h->setContentsMargins(0, 0, 0, 0);
        auto *phone = wrapped(e.phones.at(i), line);
        phone->setObjectName(QStringLiteral("directoryDetailPhone%1").arg(i));
        QFont f = phone->font();
        f.setBold(true);
        phone->setFont(f);
        auto *copy = new QPushButton(tr("Copy"), line);
        copy->setObjectName(QStringLiteral("copyPhoneButton%1").arg(i));
        copy->setToolTip(i == 0 ? tr("Copy the number (Ctrl+Shift+C)") : tr("Copy the number"));
        copy->setAccessibleName(tr("Copy %1").arg(e.phones.at(i)));
        connect(copy, &QPushButton::clicked, this, [this, i] { copyPhone(i); });
        h->addWidget(phone);
        h->addWidget(copy);
        h->addStretch(1);
        row(i == 0 ? tr("Phone") : QString(), line);
    }
    if (!e.openingHours.isEmpty()) {
        QString hours = e.openingHours;
        if (const auto parsed = OpeningHours::parse(e.openingHours))
            hours = (e.isOpenAt(m_now) ? tr("Open now") : tr("Closed now")) +
                    QStringLiteral(" · ") + parsed->toString();
        textRow(tr("Hours"), hours, "directoryDetailHours");
    } else {
        textRow(tr("Hours"), tr("Not known"), "directoryDetailHours");
    }
    if (!e.email.isEmpty()) {
        QLabel *email = wrapped(
            QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(e.email.toHtmlEscaped()), m_content);
        email->setObjectName(QStringLiteral("directoryDetailEmail"));
        email->setTextFormat(Qt::RichText);
        email->setOpenExternalLinks(true);
        email->setTextInteractionFlags(Qt::TextBrowserInteraction);
        row(tr("Email"), email);
    }
    if (!e.website.isEmpty()) {
        QLabel *site = wrapped(
            QStringLiteral("<a href=\"%1\">%1</a>").arg(e.website.toHtmlEscaped()), m_content);
        site->setObjectName(QStringLiteral("directoryDetailWebsite"));
        site->setTextFormat(Qt::RichText);
        site->setOpenExternalLinks(true);
        site->setTextInteractionFlags(Qt::TextBrowserInteraction);
        row(tr("Website"), site);
    }
    textRow(tr("Address"), e.address, "directoryDetailAddress");
    textRow(tr("Area"), DirectoryListModel::areaText(e, m_regions, m_language),
            "directoryDetailArea");

    QString ages;
    if (e.ageMin < 0 && e.ageMax < 0)
        ages = tr("Any age");
    else if (e.ageMin < 0)
        ages = tr("Up to %1 years").arg(e.ageMax);
    else if (e.ageMax < 0)
        ages = tr("From %1 years").arg(e.ageMin);
    else
        ages = tr("%1 to %2 years").arg(e.ageMin).arg(e.ageMax);
    QString genders = tr("Everyone");
    if (e.genders == QStringList{QStringLiteral("female")})
        genders = tr("Girls and women only");
    else if (e.genders == QStringList{QStringLiteral("male")})
        genders = tr("Boys and men only");
    textRow(tr("Takes"), ages + QStringLiteral(" · ") + genders, "directoryDetailTakes");
    textRow(tr("Eligibility"), e.eligibilityIn(m_language), "directoryDetailEligibility");
    QStringList languages;
    for (const QString &code : e.languages)
        languages << languageName(code);
    textRow(tr("Languages"), languages.join(QStringLiteral(", ")), "directoryDetailLanguages");
    textRow(tr("Cost"), e.free ? tr("Free of charge") : tr("May charge a fee"),
            "directoryDetailCost");
    textRow(tr("Notes"), e.notesIn(m_language), "directoryDetailNotes");
    textRow(tr("Verified"), formatDate(e.verifiedOn), "directoryDetailVerified");
    layout->addLayout(form);
    layout->addStretch(1);
    m_scroll->setWidget(m_content); // deletes the previous content
}

} // namespace helpline
