#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace helpline {

class FeedbackModel;
class ReviewQueueModel;
class Workspace;

// The Review page. A supervisor sees the review queue of their office (ReviewQueueModel): what
// waits, most urgent first; Enter opens the case, where they comment, approve or return it. A
// counsellor sees "My feedback" (FeedbackModel): supervisors' comments and decisions on their
// work, newest first; Enter opens the case. An administrator reviews nothing and is told so.
class ReviewScreen : public QWidget {
    Q_OBJECT
public:
    explicit ReviewScreen(Workspace &workspace, QWidget *parent = nullptr);

    ReviewQueueModel *queueModel() const { return m_queue; }    // supervisors; else nullptr
    FeedbackModel *feedbackModel() const { return m_feedback; } // counsellors; else nullptr
    QTableView *view() const { return m_view; }
    bool openSelectedCase();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();

    Workspace &m_workspace;
    ReviewQueueModel *m_queue = nullptr;
    FeedbackModel *m_feedback = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace helpline
