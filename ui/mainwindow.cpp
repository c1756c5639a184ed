#include "ui/mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace helpline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Helpline Workstation"));
    auto *placeholder = new QLabel(tr("Helpline Workstation"), this);
    placeholder->setObjectName(QStringLiteral("welcomeLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Not signed in"));
    resize(1200, 800);
}

} // namespace helpline
