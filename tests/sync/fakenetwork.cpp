#include "fakenetwork.h"

#include <QBuffer>
#include <QTimer>

namespace helpline::test {

namespace {

class FakeReply final : public QNetworkReply {
public:
    FakeReply(const QNetworkRequest &request, const QByteArray &method, FakeResponse response,
              QObject *parent)
        : QNetworkReply(parent)
        , m_response(std::move(response))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(method == "GET" ? QNetworkAccessManager::GetOperation
                                     : QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, method);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this] { deliver(); });
    }

    void abort() override
    {
        if (m_done)
            return;
        m_done = true;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        emit errorOccurred(OperationCanceledError);
        setFinished(true);
        emit finished();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_read);
        if (n <= 0)
            return m_done ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    void deliver()
    {
        if (m_done)
            return;
        m_done = true;
        if (m_response.networkError != NoError) {
            setError(m_response.networkError, QStringLiteral("fake network error"));
            emit errorOccurred(m_response.networkError);
            setFinished(true);
            emit finished();
            return;
        }
        m_body = m_response.body;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        for (const auto &[name, value] : std::as_const(m_response.headers))
            setRawHeader(name, value);
        if (m_response.status >= 400) {
            const NetworkError e =
                m_response.status >= 500 ? InternalServerError : ProtocolInvalidOperationError;
            setError(e, QStringLiteral("HTTP %1").arg(m_response.status));
        }
        emit metaDataChanged();
        emit downloadProgress(m_body.size(), m_body.size());
        emit readyRead();
        setFinished(true);
        emit finished();
    }

    FakeResponse m_response;
    QByteArray m_body;
    qint64 m_read = 0;
    bool m_done = false;
};

} // namespace

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers << qMakePair(QByteArrayLiteral("Content-Type"),
                           QByteArrayLiteral("application/json"));
    return r;
}

FakeResponse FakeResponse::broken(QNetworkReply::NetworkError error)
{
    FakeResponse r;
    r.status = 0;
    r.networkError = error;
    return r;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(Handler handler, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_handler(std::move(handler))
{
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    ++m_requests;
    FakeRequest seen;
    seen.method = op == GetOperation
                      ? QByteArrayLiteral("GET")
                      : request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (seen.method.isEmpty())
        seen.method = op == PostOperation ? QByteArrayLiteral("POST") : QByteArrayLiteral("?");
    seen.url = request.url();
    seen.authorization = request.rawHeader("Authorization");
    if (outgoingData)
        seen.body = outgoingData->readAll();
    return new FakeReply(request, seen.method, m_handler(seen), this);
}

} // namespace helpline::test
