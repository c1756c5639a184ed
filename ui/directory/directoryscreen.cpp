#include "ui/directory/directoryscreen.h"

#include "core/domain/regions.h"
#include "ui/common/workspace.h"
#include "ui/directory/directorybrowser.h"
#include "ui/directory/directorycatalog.h"
#include "ui/shell/theme.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace helpline {

DirectoryScreen::DirectoryScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("directoryScreen"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("directoryTitle"));
    Theme::setHeading(m_title, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("directoryMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_browser = new DirectoryBrowser(workspace.clock(), Regions::builtIn(), this);
    m_browser->setLanguage(workspace.language());
    setFocusProxy(m_browser->focusTarget());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spaceXL, Theme::spaceL, Theme::spaceXL, Theme::spaceL);
    layout->setSpacing(Theme::spaceM);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_browser, 1);

    connect(&workspace, &Workspace::languageChanged, this,
            [this](const QString &language) { m_browser->setLanguage(language); });
    connect(&DirectoryCatalog::of(workspace), &DirectoryCatalog::mayHaveChanged, this, [this] {
        if (isVisible())
            reload();
    });
    retranslate();
}

void DirectoryScreen::reload()
{
    std::shared_ptr<const DirectoryIndex> index = DirectoryCatalog::of(m_workspace).index();
    if (index == m_shown) {
        m_browser->refresh(); // "open now" moves on with the clock
        return;
    }
    m_shown = index;
    m_browser->setIndex(std::move(index));
    updateMessage();
}

void DirectoryScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DirectoryScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void DirectoryScreen::retranslate()
{
    m_title->setText(tr("Referral directory"));
    updateMessage();
}

void DirectoryScreen::updateMessage()
{
    DirectoryCatalog &catalog = DirectoryCatalog::of(m_workspace);
    QString text;
    if (!catalog.loadError().isEmpty())
        text = tr("The directory could not be read: %1").arg(catalog.loadError());
    else if (!catalog.isStale() && catalog.index()->size() == 0)
        text = tr("This desk holds no directory yet. It arrives with the next sync with the "
                  "helpline server.");
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace helpline
