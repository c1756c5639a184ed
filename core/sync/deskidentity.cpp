#include "core/sync/deskidentity.h"

#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace helpline {

namespace {

QString pathIn(const QString &directory)
{
    return QDir(directory).filePath(DeskIdentity::fileName());
}

StoreError damaged(const QString &path, const QString &why)
{
    return StoreError::make(StoreError::Code::Validation,
                            QCoreApplication::translate("helpline::DeskIdentity",
                                                        "The desk's server settings in %1 cannot "
                                                        "be used (%2). Enrol the desk again.")
                                .arg(path, why));
}

} // namespace

bool DeskIdentity::exists(const QString &storeDirectory)
{
    return QFile::exists(pathIn(storeDirectory));
}

Outcome<std::optional<DeskIdentity>> DeskIdentity::load(const QString &storeDirectory)
{
    const QString path = pathIn(storeDirectory);
    QFile file(path);
    if (!file.exists())
        return std::optional<DeskIdentity>();
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return damaged(path, file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(path, QStringLiteral("JSON"));
    const QJsonObject o = doc.object();
    DeskIdentity desk;
    desk.server = QUrl(o.value(QLatin1String("server")).toString());
    desk.caFile = o.value(QLatin1String("ca_file")).toString();
    desk.pinnedKeySha256 =
        QByteArray::fromHex(o.value(QLatin1String("pinned_key_sha256")).toString().toLatin1());
    desk.deviceId = o.value(QLatin1String("device_id")).toString();
    desk.deviceSecret = o.value(QLatin1String("device_secret")).toString();
    desk.officeId = o.value(QLatin1String("office_id")).toString();
    desk.deviceName = o.value(QLatin1String("device_name")).toString();
    if (!SyncClient::checkServerUrl(desk.server).isEmpty())
        return damaged(path, QStringLiteral("server"));
    if (!isUuid(desk.deviceId) || desk.deviceSecret.isEmpty())
        return damaged(path, QStringLiteral("device"));
    return std::optional<DeskIdentity>(desk);
}

Outcome<void> DeskIdentity::save(const QString &storeDirectory) const
{
    if (!QDir().mkpath(storeDirectory))
        return StoreError::make(StoreError::Code::ReadOnly,
                                QCoreApplication::translate("helpline::DeskIdentity",
                                                            "The folder %1 cannot be created.")
                                    .arg(storeDirectory));
    const QJsonObject o{
        {QStringLiteral("server"), server.toString()},
        {QStringLiteral("ca_file"), caFile},
        {QStringLiteral("pinned_key_sha256"), QString::fromLatin1(pinnedKeySha256.toHex())},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("device_secret"), deviceSecret},
        {QStringLiteral("office_id"), officeId},
        {QStringLiteral("device_name"), deviceName}};
    const QString path = pathIn(storeDirectory);
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return StoreError::make(
            StoreError::Code::Io,
            QCoreApplication::translate("helpline::DeskIdentity",
                                        "The desk's server settings cannot be saved in %1: %2.")
                .arg(path, file.errorString()));
    return {};
}

SyncClient::Options DeskIdentity::clientOptions() const
{
    SyncClient::Options options;
    options.server = server;
    options.caFile = caFile;
    options.pinnedKeySha256 = pinnedKeySha256;
    return options;
}

} // namespace helpline
