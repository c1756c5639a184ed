#pragma once

#include "server/http/apierror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace helpline::server {

// A request as a route handler sees it: copied out of Qt's request so that it can be handled on
// a worker thread.
struct HttpRequest {
    QByteArray method; // GET, POST, ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString remoteAddress;
    QStringList pathArgs; // the {placeholders} of the route, in order

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

struct HttpResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200)
    {
        HttpResponse r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }
    static HttpResponse error(const ApiError &error)
    {
        HttpResponse r = json(error.toJson(), error.status);
        if (error.retryAfterSeconds > 0)
            r.headers.append(
                qMakePair(QByteArray("Retry-After"), QByteArray::number(error.retryAfterSeconds)));
        if (error.status == 401)
            r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return r;
    }
    static HttpResponse noContent()
    {
        HttpResponse r;
        r.status = 204;
        r.contentType.clear();
        return r;
    }
    static HttpResponse text(const QByteArray &body, const QByteArray &contentType)
    {
        HttpResponse r;
        r.body = body;
        r.contentType = contentType;
        return r;
    }
};

} // namespace helpline::server
