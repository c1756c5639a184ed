#include "server/cli/serverconfig.h"

#include "server/cli/inifile.h"
#include <QFile>
#include <QFileInfo>

namespace helpline::server {

QStringList ServerConfig::knownKeys()
{
    return {QStringLiteral("server/listen"),          QStringLiteral("server/tls_cert"),
            QStringLiteral("server/tls_key"),         QStringLiteral("server/workers"),
            QStringLiteral("server/access_log"),      QStringLiteral("server/max_body_bytes"),
            QStringLiteral("server/trusted_proxies"), QStringLiteral("storage/data"),
            QStringLiteral("storage/database")};
}

ApiResult<void> ServerConfig::setListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return ApiError::invalid(
            QStringLiteral("listen must be ADDRESS:PORT, e.g. 127.0.0.1:8443 (got \"%1\").")
                .arg(text),
            QStringLiteral("listen"));
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        ok = false;
    if (!ok || port > 65535)
        return ApiError::invalid(
            QStringLiteral("listen must be ADDRESS:PORT with a numeric address and a port up to "
                           "65535 (got \"%1\").")
                .arg(text),
            QStringLiteral("listen"));
    listen.address = address;
    listen.port = quint16(port);
    return {};
}

ApiResult<void> ServerConfig::readFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return ApiError::invalid(QStringLiteral("There is no config file %1.").arg(path));
    auto read = readIniFile(path);
    if (!read)
        return read.error();
    const QMap<QString, QString> &settings = *read;
    const QStringList keys = settings.keys();
    for (const QString &key : keys)
        if (!knownKeys().contains(key))
            return ApiError::invalid(
                QStringLiteral("Unknown setting \"%1\" in %2. Known settings: %3.")
                    .arg(key, path, knownKeys().join(QStringLiteral(", "))));
    auto text = [&](const char *key) { return settings.value(QLatin1String(key)); };
    if (settings.contains(QStringLiteral("server/listen")))
        if (auto set = setListen(text("server/listen")); !set)
            return set;
    listen.tlsCertificate = text("server/tls_cert");
    listen.tlsKey = text("server/tls_key");
    if (settings.contains(QStringLiteral("server/workers"))) {
        bool ok = false;
        const int workers = text("server/workers").toInt(&ok);
        if (!ok || workers < 1 || workers > 256)
            return ApiError::invalid(QStringLiteral("workers must be 1 to 256."),
                                     QStringLiteral("workers"));
        listen.workerThreads = workers;
    }
    if (settings.contains(QStringLiteral("server/access_log"))) {
        const QString value = text("server/access_log").toLower();
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return ApiError::invalid(QStringLiteral("access_log must be true or false."),
                                     QStringLiteral("access_log"));
        listen.accessLog = value == QLatin1String("true");
    }
    if (settings.contains(QStringLiteral("server/max_body_bytes"))) {
        bool ok = false;
        const qint64 bytes = text("server/max_body_bytes").toLongLong(&ok);
        if (!ok || bytes < 65536 || bytes > 256LL * 1024 * 1024)
            return ApiError::invalid(QStringLiteral("max_body_bytes must be 65536 to 268435456."),
                                     QStringLiteral("max_body_bytes"));
        listen.maxBodyBytes = bytes;
    }
    if (settings.contains(QStringLiteral("server/trusted_proxies"))) {
        const QStringList proxies = text("server/trusted_proxies").split(u' ', Qt::SkipEmptyParts);
        for (const QString &proxy : proxies) {
            QHostAddress address;
            if (!address.setAddress(proxy))
                return ApiError::invalid(
                    QStringLiteral("trusted_proxies lists IP addresses separated by spaces (got "
                                   "\"%1\").")
                        .arg(proxy),
                    QStringLiteral("trusted_proxies"));
            listen.trustedProxies << address;
        }
    }
    database.dataDirectory = text("storage/data");
    database.postgresUrl = text("storage/database");
    return {};
}

} // namespace helpline::server
