#pragma once

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace helpline {

// The case view's inline "referral status" panel: what became of a referral (acknowledged,
// completed, declined, no-show). The store stamps the change with who and when.
class ReferralStatusEditor : public QWidget {
    Q_OBJECT
public:
    explicit ReferralStatusEditor(QWidget *parent = nullptr);

    // `serviceName`: shown in the title; the current status is left out of the choices.
    void start(const QString &serviceName, const QString &currentStatus);
    QString status() const;
    void setStatus(const QString &status);
    void showProblem(const QString &message);
    QWidget *focusTarget() const;

signals:
    void saveRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillStatuses();

    QLabel *m_title = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_service;
    QString m_current;
};

} // namespace helpline
