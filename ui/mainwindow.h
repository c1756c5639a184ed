#pragma once

#include <QMainWindow>

namespace helpline {

// The workstation's main window. It only wires screens together; each screen is its own class
// (the workstation issue adds intake, cases, follow-ups, directory and review).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace helpline
