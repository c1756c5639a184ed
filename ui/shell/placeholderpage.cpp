#include "ui/shell/placeholderpage.h"

#include "ui/shell/theme.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace helpline {

PlaceholderPage::PlaceholderPage(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    Theme::setHeading(m_title, 1);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("placeholderText"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spaceXL, Theme::spaceXL, Theme::spaceXL, Theme::spaceXL);
    layout->setSpacing(Theme::spaceM);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch(1);
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    switch (m_kind) {
    case Kind::Review:
        m_title->setText(tr("Review"));
        m_text->setText(tr("Supervisor review of cases and contacts arrives in a later version "
                           "of the workstation."));
        break;
    }
}

} // namespace helpline
