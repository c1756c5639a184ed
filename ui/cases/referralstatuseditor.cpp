#include "ui/cases/referralstatuseditor.h"

#include "core/domain/codes.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpline {

ReferralStatusEditor::ReferralStatusEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("referralStatusEditor"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("referralStatusTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("referralStatusCombo"));
    m_statusLabel->setBuddy(m_status);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("referralStatusProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setFont(bold);
    m_problem->hide();
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveReferralStatusButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelReferralStatusButton"));

    auto *form = new QFormLayout;
    form->addRow(m_statusLabel, m_status);
    form->addRow(QString(), m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setTabOrder(m_status, m_cancel);
    setTabOrder(m_cancel, m_save);

    connect(m_save, &QPushButton::clicked, this, &ReferralStatusEditor::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ReferralStatusEditor::cancelRequested);
    connect(m_status, &QComboBox::activated, this, [this] { m_problem->hide(); });
    retranslate();
}

void ReferralStatusEditor::start(const QString &serviceName, const QString &currentStatus)
{
    m_service = serviceName;
    m_current = currentStatus;
    m_problem->hide();
    retranslate();
}

QString ReferralStatusEditor::status() const
{
    return m_status->currentData().toString();
}

void ReferralStatusEditor::setStatus(const QString &status)
{
    const int index = m_status->findData(status);
    if (index >= 0)
        m_status->setCurrentIndex(index);
}

void ReferralStatusEditor::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

QWidget *ReferralStatusEditor::focusTarget() const
{
    return m_status;
}

void ReferralStatusEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReferralStatusEditor::retranslate()
{
    m_title->setText(m_service.isEmpty() ? tr("Referral status")
                                         : tr("Referral to %1").arg(m_service));
    m_statusLabel->setText(tr("&Now"));
    m_status->setAccessibleName(tr("What became of the referral"));
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
    fillStatuses();
}

void ReferralStatusEditor::fillStatuses()
{
    const QString kept = status();
    m_status->clear();
    const CodeList &statuses = codes::referralStatuses();
    for (const QString &code : statuses.codes())
        if (code != m_current && code != QLatin1String("made"))
            m_status->addItem(statuses.displayName(code), code);
    m_status->setCurrentIndex(std::max(0, m_status->findData(kept)));
}

} // namespace helpline
