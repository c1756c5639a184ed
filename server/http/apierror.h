#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

namespace helpline::server {

// What went wrong with a request, as the client will be told: an HTTP status, a stable code
// (docs/api/openapi.yaml lists them), a message in plain English and, when one field is at fault,
// its JSON path. `detail` goes to the server log only and never contains personal data.
struct ApiError {
    int status = 500;
    QString code = QStringLiteral("internal");
    QString message;
    QString field;
    int retryAfterSeconds = 0; // with 429 and 503
    QJsonArray problems;       // e.g. every invalid row of a directory import
    QString detail;

    static ApiError invalid(QString message, QString field = {},
                            QString code = QStringLiteral("invalid_request"))
    {
        return {400, std::move(code), std::move(message), std::move(field), 0, {}, {}};
    }
    static ApiError unauthenticated(QString message,
                                    QString code = QStringLiteral("unauthenticated"))
    {
        return {401, std::move(code), std::move(message), {}, 0, {}, {}};
    }
    static ApiError forbidden(QString message)
    {
        return {403, QStringLiteral("forbidden"), std::move(message), {}, 0, {}, {}};
    }
    static ApiError notFound(QString message)
    {
        return {404, QStringLiteral("not_found"), std::move(message), {}, 0, {}, {}};
    }
    static ApiError conflict(QString message, QString field = {})
    {
        return {409, QStringLiteral("conflict"), std::move(message), std::move(field), 0, {}, {}};
    }
    static ApiError internal(QString detail)
    {
        return {500,
                QStringLiteral("internal"),
                QStringLiteral("The server could not complete the request; it has been logged."),
                {},
                0,
                {},
                std::move(detail)};
    }
    static ApiError unavailable(QString detail)
    {
        return {503,
                QStringLiteral("unavailable"),
                QStringLiteral("The server's database is not available; try again shortly."),
                {},
                5,
                {},
                std::move(detail)};
    }

    QJsonObject toJson() const
    {
        QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        if (!field.isEmpty())
            error.insert(QStringLiteral("field"), field);
        QJsonObject body{{QStringLiteral("error"), error}};
        if (!problems.isEmpty())
            body.insert(QStringLiteral("problems"), problems);
        return body;
    }
};

// A value or an ApiError: what every server service returns.
template<typename T>
class ApiResult {
public:
    ApiResult(T value)
        : m_value(std::move(value))
    {
    }
    ApiResult(ApiError error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

template<>
class ApiResult<void> {
public:
    ApiResult() = default;
    ApiResult(ApiError error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const ApiError &error() const { return m_error; }

private:
    ApiError m_error;
    bool m_failed = false;
};

} // namespace helpline::server
