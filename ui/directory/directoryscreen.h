#pragma once

#include "core/directory/directorysearch.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace helpline {

class DirectoryBrowser;
class Workspace;

// The Directory page: the referral directory this desk holds, searchable offline (see
// DirectoryBrowser). It is read again after a sync changed the store.
class DirectoryScreen : public QWidget {
    Q_OBJECT
public:
    explicit DirectoryScreen(Workspace &workspace, QWidget *parent = nullptr);

    DirectoryBrowser *browser() const { return m_browser; }
    // Reads the directory again if the store may have changed (a pull).
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateMessage();

    Workspace &m_workspace;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    DirectoryBrowser *m_browser = nullptr;
    std::shared_ptr<const DirectoryIndex> m_shown; // what the browser searches
};

} // namespace helpline
