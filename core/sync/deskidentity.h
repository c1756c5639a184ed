#pragma once

#include "core/store/storeerror.h"
#include "core/sync/syncclient.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace helpline {

// Who this desk is to the helpline server: its address and how to trust it, and the device id
// and secret it got at enrolment. Kept in desk.json beside the store (owner-only, written
// atomically), outside the encrypted database, because a new account's first sign-in needs it
// before the database can be opened. It holds no case data and no key to it: the secret alone
// signs nobody in (a password is needed too) and an admin can revoke the device on the server.
struct DeskIdentity {
    QUrl server;
    QString caFile;
    QByteArray pinnedKeySha256;
    QString deviceId;
    QString deviceSecret;
    QString officeId;
    QString deviceName;

    static QString fileName() { return QStringLiteral("desk.json"); }
    // std::nullopt when the desk was never enrolled; an error when the file is damaged.
    static Outcome<std::optional<DeskIdentity>> load(const QString &storeDirectory);
    Outcome<void> save(const QString &storeDirectory) const;
    static bool exists(const QString &storeDirectory);

    SyncClient::Options clientOptions() const;
};

} // namespace helpline
