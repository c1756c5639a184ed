#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <functional>

namespace helpline::test {

// A request as the fake server sees it.
struct FakeRequest {
    QByteArray method;
    QUrl url;
    QByteArray authorization;
    QByteArray body;
    QString path() const { return url.path(); }
};

// What the fake server answers: an HTTP status with a body, or a broken connection.
struct FakeResponse {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // set: no HTTP answer

    static FakeResponse json(int status, const QByteArray &body);
    static FakeResponse broken(QNetworkReply::NetworkError error);
};

// An in-process server for fast tests of the sync engine: a QNetworkAccessManager whose replies
// come from a function, delivered on the next turn of the event loop like a real reply. No
// socket is opened; the SyncClient on top is the real one.
class FakeNetworkAccessManager : public QNetworkAccessManager {
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;
    explicit FakeNetworkAccessManager(Handler handler, QObject *parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    int requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    int m_requests = 0;
};

} // namespace helpline::test
