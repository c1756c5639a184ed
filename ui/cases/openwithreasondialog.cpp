#include "ui/cases/openwithreasondialog.h"

#include "core/domain/accesspolicy.h"
#include "ui/shell/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpline {

OpenWithReasonDialog::OpenWithReasonDialog(Kind kind, const QString &caseNumber, QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("openWithReasonDialog"));
    setWindowTitle(kind == Kind::BreakGlass ? tr("Break glass: case %1").arg(caseNumber)
                                            : tr("Open case %1 with a reason").arg(caseNumber));
    m_explanation->setObjectName(QStringLiteral("openWithReasonExplanation"));
    m_explanation->setWordWrap(true);
    switch (kind) {
    case Kind::BreakGlass:
        m_explanation->setText(
            tr("This case is restricted: only its counsellor and the supervisors read it. Open "
               "it only when a child's safety depends on it now. Your reason is recorded, shown "
               "on the case and reviewed by a supervisor. You can read the case for %n hour(s), "
               "not change it.",
               nullptr, AccessPolicy::openingHours));
        break;
    case Kind::AdminReason:
        m_explanation->setText(
            tr("Administrators read case content only with a stated reason, such as a data "
               "protection request. Your reason is recorded and shown on the case. You can read "
               "it for %n hour(s), not change it.",
               nullptr, AccessPolicy::openingHours));
        break;
    case Kind::Reason:
        m_explanation->setText(
            tr("This case is assigned to another counsellor. Say why you need to read it (for "
               "example: the child called again and their counsellor is not on shift). Your "
               "reason is recorded and shown on the case. You can read it for %n hour(s), not "
               "change it.",
               nullptr, AccessPolicy::openingHours));
        break;
    }
    m_reasonLabel->setText(
        tr("&Reason (at least %n characters):", nullptr, AccessPolicy::minReasonLength));
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("openWithReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason"));
    QPushButton *open = m_buttons->addButton(tr("&Open case"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openWithReasonButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::spaceM);
    layout->addWidget(m_explanation);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    resize(520, 320);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OpenWithReasonDialog::updateButtons);
    updateButtons();
    m_reason->setFocus(Qt::OtherFocusReason);
}

QString OpenWithReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void OpenWithReasonDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void OpenWithReasonDialog::updateButtons()
{
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(reason().size() >= AccessPolicy::minReasonLength);
}

} // namespace helpline
