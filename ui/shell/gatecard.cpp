#include "ui/shell/gatecard.h"

#include "ui/shell/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace helpline {

GateCard::GateCard(QWidget *screen, int maxWidth)
    : QFrame(screen)
    , m_product(new QLabel(this))
    , m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("gateCard"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMaximumWidth(maxWidth);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_product->setObjectName(QStringLiteral("productLabel"));
    Theme::setSecondary(m_product);

    auto *cardLayout = new QVBoxLayout(this);
    cardLayout->setContentsMargins(Theme::spaceXL + 8, Theme::spaceXL, Theme::spaceXL + 8,
                                   Theme::spaceXL);
    cardLayout->setSpacing(Theme::spaceM);
    cardLayout->addWidget(m_product);
    m_body->setSpacing(Theme::spaceM);
    cardLayout->addLayout(m_body);

    // The card, centred in a scroll area so that a small window or 200 % scale still reaches
    // every field.
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("gatePage"));
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(this, 3);
    centre->addStretch(1);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addStretch(1);
    pageLayout->addLayout(centre);
    pageLayout->addStretch(2);

    auto *scroll = new QScrollArea(screen);
    scroll->setObjectName(QStringLiteral("gateScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    auto *screenLayout = new QVBoxLayout(screen);
    screenLayout->setContentsMargins(0, 0, 0, 0);
    screenLayout->addWidget(scroll);
    retranslate();
}

void GateCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void GateCard::retranslate()
{
    m_product->setText(tr("Helpline Workstation"));
}

} // namespace helpline
