#include "ui/intake/draftrecoverydialog.h"

#include "core/forms/formdefinition.h"
#include "ui/common/dateformat.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpline {

namespace {

constexpr int kDraftIdRole = Qt::UserRole + 1;

qsizetype charactersIn(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed().size();
    if (value.isArray()) {
        qsizetype total = 0;
        for (const QJsonValue &item : value.toArray())
            total += charactersIn(item);
        return total;
    }
    return 0;
}

bool isFilled(const QJsonValue &value)
{
    if (value.isObject()) {
        // A screening that names only its instrument has not been started.
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it.key() != u"instrument")
                return true;
        return false;
    }
    return !FormDefinition::isEmptyValue(value);
}

} // namespace

DraftRecoveryDialog::DraftRecoveryDialog(const QList<Draft> &drafts, QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
{
    setObjectName(QStringLiteral("draftRecoveryDialog"));
    setModal(true);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("draftRecoveryIntro"));
    m_intro->setWordWrap(true);
    m_listLabel = new QLabel(this);
    m_listLabel->setObjectName(QStringLiteral("draftListLabel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("draftList"));
    m_listLabel->setBuddy(m_list);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("draftRecoveryButtons"));
    m_restore = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreDraftButton"));
    m_restore->setDefault(true);
    m_discard = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardDraftButton"));
    m_discard->setAutoDefault(false);
    m_later = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_later->setObjectName(QStringLiteral("laterDraftButton"));
    m_later->setAutoDefault(false);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QString id = selectedDraftId();
        if (id.isEmpty())
            return;
        accept();
        emit restoreRequested(id);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const QString id = selectedDraftId();
        if (!id.isEmpty())
            emit discardRequested(id);
    });
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &DraftRecoveryDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, m_restore, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_intro);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);

    retranslate();
    fill();
    m_list->setFocus();
}

int DraftRecoveryDialog::draftCount() const
{
    return m_list->count();
}

QString DraftRecoveryDialog::selectedDraftId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kDraftIdRole).toString() : QString();
}

bool DraftRecoveryDialog::selectDraft(int row)
{
    if (row < 0 || row >= m_list->count())
        return false;
    m_list->setCurrentRow(row);
    return true;
}

void DraftRecoveryDialog::removeDraft(const QString &draftId)
{
    m_drafts.removeIf([&](const Draft &draft) { return draft.id == draftId; });
    fill();
    if (m_drafts.isEmpty())
        reject();
}

QString DraftRecoveryDialog::describe(const Draft &draft)
{
    int fields = 0;
    qsizetype characters = 0;
    for (auto it = draft.data.begin(); it != draft.data.end(); ++it) {
        if (isFilled(it.value()))
            ++fields;
        characters += charactersIn(it.value());
    }
    return tr("Started %1 · %2 on the timer · %n field(s) filled", nullptr, fields)
               .arg(formatDateTime(draft.startedAt), formatDuration(draft.elapsedMs / 1000)) +
           QStringLiteral(" · ") + tr("%n character(s) typed", nullptr, int(characters));
}

void DraftRecoveryDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
}

void DraftRecoveryDialog::retranslate()
{
    setWindowTitle(tr("Unsaved intakes"));
    m_intro->setText(tr("These intakes were not saved (the workstation closed or was signed out "
                        "while they were open). Restore one to carry on where you left off."));
    m_listLabel->setText(tr("&Unsaved intakes:"));
    m_list->setAccessibleName(tr("Unsaved intakes"));
    m_restore->setText(tr("&Restore"));
    m_discard->setText(tr("&Discard…"));
    m_later->setText(tr("&Later"));
}

void DraftRecoveryDialog::fill()
{
    const QString selected = selectedDraftId();
    m_list->clear();
    for (const Draft &draft : std::as_const(m_drafts)) {
        auto *item = new QListWidgetItem(describe(draft), m_list);
        item->setData(kDraftIdRole, draft.id);
        if (draft.id == selected)
            m_list->setCurrentItem(item);
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void DraftRecoveryDialog::updateButtons()
{
    const bool any = m_list->currentRow() >= 0;
    m_restore->setEnabled(any);
    m_discard->setEnabled(any);
}

} // namespace helpline
