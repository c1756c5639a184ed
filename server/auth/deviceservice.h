#pragma once

#include "server/http/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace helpline {
class Clock;
}

namespace helpline::server {

class ServerDatabase;

struct Device {
    QString id;
    QString name;
    QString officeId;
    QString enrolledAt;
    QString lastSeenAt;
    QString revokedAt;
    QJsonObject toJson() const;
};

struct EnrolmentCode {
    QString code; // shown once to the admin; only its hash is stored
    QString expiresAt;
};

struct Enrolment {
    QString deviceId;
    QString deviceSecret; // shown once to the desk; only its hash is stored
    QString officeId;
    QByteArray escrowKey; // 32 bytes; the desk seals its database key with it
};

// Desks: one-time enrolment codes, enrolment, listing and revocation. Revoking a device destroys
// its escrow key and its tokens in the same transaction.
class DeviceService {
public:
    DeviceService(ServerDatabase &db, Clock &clock);

    ApiResult<EnrolmentCode> issueCode(const QString &officeId, const QString &deviceName,
                                       int validHours, const QString &actorId);
    ApiResult<Enrolment> enrol(const QString &code, const QString &deviceName);
    ApiResult<QList<Device>> list();
    ApiResult<Device> revoke(const QString &deviceId, const QString &actorId);
    // The device when its secret matches and it is not revoked; 401 otherwise.
    ApiResult<Device> verify(const QString &deviceId, const QString &secret);
    // The escrow key of a device that is not revoked.
    ApiResult<QByteArray> escrowKey(const QString &deviceId);

private:
    ServerDatabase &m_db;
    Clock &m_clock;
};

} // namespace helpline::server
