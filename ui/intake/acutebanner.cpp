#include "ui/intake/acutebanner.h"

#include "ui/common/riskstyle.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace helpline {

AcuteBanner::AcuteBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("acuteBanner"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::NoFocus); // never takes the focus from the field being typed in

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("acuteBannerIcon"));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("acuteBannerHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("acuteBannerResult"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setVisible(false);

    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("acuteBannerSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_heading);
    text->addWidget(m_resultLabel);
    text->addWidget(m_steps);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(16);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);

    retranslate();
    applyStyle();
    QFrame::setVisible(false);
}

void AcuteBanner::setResult(const QString &resultText)
{
    m_result = resultText;
    m_resultLabel->setText(resultText);
    m_resultLabel->setVisible(!resultText.isEmpty());
    setAccessibleDescription(protocolText());
}

void AcuteBanner::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    setVisible(active);
    if (active) {
        // Screen readers announce an alert at once, wherever the focus is.
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

QStringList AcuteBanner::steps() const
{
    // The Azerbaijani emergency numbers: 112 (single emergency number, Ministry of Emergency
    // Situations), 103 (ambulance), 102 (police). The helpline's own protocol may name others.
    return {tr("Stay on the line with the child."),
            tr("Do not leave the child alone: ask where they are and who is with them."),
            tr("Emergency referral: call 112 (emergency), 103 (ambulance) or 102 (police)."),
            tr("Tell your supervisor now.")};
}

QString AcuteBanner::protocolText() const
{
    QStringList lines{m_heading->text()};
    if (!m_result.isEmpty())
        lines << m_result;
    const QStringList list = steps();
    for (qsizetype i = 0; i < list.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(list.at(i));
    return lines.join(u'\n');
}

void AcuteBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) &&
             !m_styling)
        applyStyle();
}

void AcuteBanner::retranslate()
{
    m_heading->setText(tr("Acute risk: follow the emergency protocol now"));
    QString items;
    for (const QString &step : steps())
        items += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    m_steps->setText(
        QStringLiteral("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">%1</ol>").arg(items));
    setAccessibleName(tr("Emergency protocol: acute risk"));
    setAccessibleDescription(protocolText());
}

void AcuteBanner::applyStyle()
{
    // Colour is an addition to the words and the icon, never the only signal.
    m_styling = true;
    // The surrounding palette decides light or dark: the banner's own palette is the style
    // sheet's once it is polished.
    const RiskStyle risk =
        riskStyle(QStringLiteral("acute"),
                  parentWidget() ? parentWidget()->palette() : QApplication::palette());
    setStyleSheet(QStringLiteral("QFrame#acuteBanner { background-color: %1; border: 2px solid %2; "
                                 "border-radius: 6px; } QFrame#acuteBanner QLabel { color: %2; "
                                 "background: transparent; }")
                      .arg(risk.background.name(), risk.foreground.name()));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    m_styling = false;
}

} // namespace helpline
