#include "server/auth/deviceservice.h"

#include "core/util/clock.h"
#include "core/util/uuid.h"
#include "server/auth/serveraudit.h"
#include "server/auth/tokens.h"
#include "server/db/serverdatabase.h"

#include <QSqlQuery>

namespace helpline::server {

namespace {
const QString kDeviceColumns =
    QStringLiteral("id, name, office_id, enrolled_at, last_seen_at, revoked_at");

Device deviceFrom(const QSqlQuery &q)
{
    return Device{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

ApiError notEnrolled()
{
    return ApiError::unauthenticated(
        QStringLiteral("This desk is not enrolled with the server, or it has been revoked. Ask an "
                       "admin for a new enrolment code."),
        QStringLiteral("device_revoked"));
}
} // namespace

QJsonObject Device::toJson() const
{
    auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("office_id"), officeId},
            {QStringLiteral("enrolled_at"), enrolledAt},
            {QStringLiteral("last_seen_at"), orNull(lastSeenAt)},
            {QStringLiteral("revoked_at"), orNull(revokedAt)}};
}

DeviceService::DeviceService(ServerDatabase &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

ApiResult<EnrolmentCode> DeviceService::issueCode(const QString &officeId,
                                                  const QString &deviceName, int validHours,
                                                  const QString &actorId)
{
    const QString name = deviceName.trimmed();
    if (name.isEmpty() || name.size() > 100)
        return ApiError::invalid(QStringLiteral("A desk needs a name of 1 to 100 characters."),
                                 QStringLiteral("device_name"));
    if (validHours < 1 || validHours > 168)
        return ApiError::invalid(QStringLiteral("An enrolment code is valid for 1 to 168 hours."),
                                 QStringLiteral("valid_hours"));
    const QDateTime now = m_clock.nowUtc();
    const QString code = newEnrolmentCode();
    EnrolmentCode issued{code, isoUtc(now.addSecs(qint64(validHours) * 3600))};
    ServerTransaction tx(m_db);
    if (tx.scalar(QStringLiteral("SELECT count(*) FROM offices WHERE id = ?"), {officeId})
                .toInt() == 0 &&
        !tx.failed())
        return ApiError::invalid(QStringLiteral("There is no office %1.").arg(officeId),
                                 QStringLiteral("office_id"));
    tx.exec(QStringLiteral("INSERT INTO enrolment_codes (code_hash, office_id, device_name, "
                           "issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {tokenHash(*normaliseEnrolmentCode(code)), officeId, name, actorId, isoUtc(now),
             issued.expiresAt});
    serverAudit(tx, isoUtc(now), actorId, {}, QStringLiteral("device.issue_code"),
                QStringLiteral("office"), officeId);
    if (auto done = tx.commit(); !done)
        return done.error();
    return issued;
}

ApiResult<Enrolment> DeviceService::enrol(const QString &code, const QString &deviceName)
{
    const QString now = isoUtc(m_clock.nowUtc());
    const auto normalised = normaliseEnrolmentCode(code);
    const QString hash = tokenHash(normalised.value_or(QStringLiteral("-")));
    ServerTransaction tx(m_db);
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT office_id, device_name, expires_at, used_at "
                                          "FROM enrolment_codes WHERE code_hash = ?"),
                           {hash});
    if (!q)
        return tx.error();
    const ApiError refused = ApiError::unauthenticated(
        QStringLiteral("This enrolment code is not valid: it may be mistyped, used already or "
                       "expired. Ask an admin for a new one."),
        QStringLiteral("invalid_code"));
    if (!q->next())
        return refused;
    const QString officeId = q->value(0).toString();
    const QString issuedName = q->value(1).toString();
    const QString expiresAt = q->value(2).toString();
    const bool used = !q->value(3).toString().isEmpty();
    q->finish();
    if (used || expiresAt <= now)
        return refused;
    Enrolment enrolment;
    enrolment.deviceId = newUuidV7(m_clock.nowUtc());
    enrolment.deviceSecret = newDeviceSecret();
    enrolment.officeId = officeId;
    enrolment.escrowKey = newEscrowKey();
    const QString name =
        deviceName.trimmed().isEmpty() ? issuedName : deviceName.trimmed().left(100);
    tx.exec(QStringLiteral("UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE "
                           "code_hash = ? AND used_at IS NULL"),
            {now, enrolment.deviceId, hash});
    if (!tx.failed() && tx.rowsAffected() != 1)
        return refused; // another instance used it a moment ago
    tx.exec(QStringLiteral("INSERT INTO devices (id, name, office_id, secret_hash, escrow_key, "
                           "enrolled_at, enrolled_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {enrolment.deviceId, name, officeId, tokenHash(enrolment.deviceSecret),
             QString::fromLatin1(enrolment.escrowKey.toBase64()), now, QStringLiteral("code")});
    serverAudit(tx, now, {}, enrolment.deviceId, QStringLiteral("device.enrol"),
                QStringLiteral("device"), enrolment.deviceId);
    if (auto done = tx.commit(); !done)
        return done.error();
    return enrolment;
}

ApiResult<QList<Device>> DeviceService::list()
{
    ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
    QList<Device> devices;
    if (QSqlQuery *q = tx.exec(QStringLiteral("SELECT ") + kDeviceColumns +
                               QStringLiteral(" FROM devices ORDER BY enrolled_at, id")))
        while (q->next())
            devices << deviceFrom(*q);
    if (auto done = tx.commit(); !done)
        return done.error();
    return devices;
}

ApiResult<Device> DeviceService::revoke(const QString &deviceId, const QString &actorId)
{
    const QString now = isoUtc(m_clock.nowUtc());
    ServerTransaction tx(m_db);
    tx.exec(QStringLiteral("UPDATE devices SET revoked_at = ?, revoked_by = ?, escrow_key = NULL "
                           "WHERE id = ? AND revoked_at IS NULL"),
            {now, actorId, deviceId});
    tx.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE device_id = ? AND "
                           "revoked_at IS NULL"),
            {now, deviceId});
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT ") + kDeviceColumns +
                               QStringLiteral(" FROM devices WHERE id = ?"),
                           {deviceId});
    if (!q)
        return tx.error();
    if (!q->next())
        return ApiError::notFound(QStringLiteral("There is no device %1.").arg(deviceId));
    const Device device = deviceFrom(*q);
    q->finish();
    serverAudit(tx, now, actorId, {}, QStringLiteral("device.revoke"), QStringLiteral("device"),
                deviceId);
    if (auto done = tx.commit(); !done)
        return done.error();
    return device;
}

ApiResult<Device> DeviceService::verify(const QString &deviceId, const QString &secret)
{
    ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT ") + kDeviceColumns +
                               QStringLiteral(", secret_hash FROM devices WHERE id = ?"),
                           {deviceId});
    if (!q)
        return tx.error();
    if (!q->next())
        return notEnrolled();
    const Device device = deviceFrom(*q);
    const QByteArray stored = q->value(6).toString().toLatin1();
    q->finish();
    tx.commit();
    if (!device.revokedAt.isEmpty() || !constantTimeEquals(stored, tokenHash(secret).toLatin1()))
        return notEnrolled();
    return device;
}

ApiResult<QByteArray> DeviceService::escrowKey(const QString &deviceId)
{
    auto key = readScalar(m_db,
                          QStringLiteral("SELECT escrow_key FROM devices WHERE id = ? AND "
                                         "revoked_at IS NULL"),
                          {deviceId});
    if (!key)
        return key.error();
    const QByteArray bytes = QByteArray::fromBase64(key->toString().toLatin1());
    if (bytes.size() != 32)
        return notEnrolled();
    return bytes;
}

} // namespace helpline::server
