#include "core/store/keyring.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace helpline {

Q_LOGGING_CATEGORY(lcKeyring, "helpline.store.keyring")

namespace {

constexpr int kFormatVersion = 1;
constexpr std::size_t kKeyBytes = 32;
const QString kFormat = QStringLiteral("helpline-keyring");

StoreError damaged(const QString &path, const QString &what)
{
    return StoreError::make(
        StoreError::Code::KeyringDamaged,
        QCoreApplication::translate("helpline::Keyring", "The keyring file %1 is damaged: %2.")
            .arg(path, what));
}

QByteArray checksumOf(const QJsonObject &withoutChecksum)
{
    const QByteArray canonical = QJsonDocument(withoutChecksum).toJson(QJsonDocument::Compact);
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char *>(canonical.constData()),
                       static_cast<unsigned long long>(canonical.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex();
}

Outcome<SecureBytes> deriveKey(const SecureBytes &password, const QByteArray &salt,
                               const KdfParams &params)
{
    SecureBytes key(kKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char *>(password.data()),
                      password.size(), reinterpret_cast<const unsigned char *>(salt.constData()),
                      params.opsLimit, static_cast<size_t>(params.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return StoreError::make(
            StoreError::Code::Internal,
            QCoreApplication::translate("helpline::Keyring",
                                        "Not enough memory to derive the key from the password."));
    }
    return key;
}

} // namespace

KdfParams KdfParams::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool KdfParams::isValid() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= 64 &&
           memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= (quint64(1) << 31);
}

KdfParams KdfParams::calibrate(int targetMs)
{
    ensureSodium();
    // Fixed memory (64 MiB keeps the workstation's peak memory modest), then as many passes as
    // fit in the target time on this machine. Two rounds: the first run also pays for mapping
    // the memory, so its estimate is refined by timing the estimated cost itself.
    const quint64 mem = quint64(64) << 20;
    SecureBytes password = SecureBytes::random(16);
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    quint64 ops = 2;
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer timer;
        timer.start();
        (void)deriveKey(password, salt, {ops, mem});
        const double perPassMs = std::max<double>(1.0, double(timer.elapsed()) / double(ops));
        ops = quint64(std::clamp<double>(std::round(double(targetMs) / perPassMs), 2.0, 64.0));
    }
    return {ops, mem};
}

Keyring Keyring::createNew(const QString &storeId)
{
    Keyring keyring;
    keyring.m_storeId = storeId;
    return keyring;
}

Outcome<Keyring> Keyring::load(const QString &path)
{
    ensureSodium();
    QFile file(path);
    if (!file.exists())
        return StoreError::make(
            StoreError::Code::KeyringMissing,
            QCoreApplication::translate("helpline::Keyring", "There is no keyring file at %1.")
                .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Code::Io,
                                QCoreApplication::translate(
                                    "helpline::Keyring", "The keyring file %1 cannot be read: %2.")
                                    .arg(path, file.errorString()));
    if (file.size() > 4 * 1024 * 1024)
        return damaged(path,
                       QCoreApplication::translate("helpline::Keyring", "it is far too large"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(path,
                       QCoreApplication::translate("helpline::Keyring", "it is not valid JSON (%1)")
                           .arg(parseError.errorString()));
    QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return damaged(
            path, QCoreApplication::translate("helpline::Keyring", "it is not a Helpline keyring"));
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return damaged(path, QCoreApplication::translate("helpline::Keyring",
                                                         "its format version %1 is not supported")
                                 .arg(root.value(QStringLiteral("version")).toInt()));
    const QString storedChecksum = root.take(QStringLiteral("checksum")).toString();
    if (storedChecksum.toLatin1() != checksumOf(root))
        return StoreError::make(StoreError::Code::KeyringAltered,
                                QCoreApplication::translate(
                                    "helpline::Keyring",
                                    "The keyring file %1 was changed outside Helpline Workstation "
                                    "(its checksum does not match). Restore it from a backup.")
                                    .arg(path));

    Keyring keyring;
    keyring.m_storeId = root.value(QStringLiteral("store_id")).toString();
    keyring.m_databaseSalt =
        QByteArray::fromHex(root.value(QStringLiteral("database_salt")).toString().toLatin1());
    if (keyring.m_storeId.isEmpty())
        return damaged(path,
                       QCoreApplication::translate("helpline::Keyring", "it has no store id"));
    const QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    for (const QJsonValue &value : accounts) {
        const QJsonObject o = value.toObject();
        Entry entry;
        entry.account.accountId = o.value(QStringLiteral("id")).toString();
        entry.account.username = o.value(QStringLiteral("username")).toString();
        entry.account.displayName = o.value(QStringLiteral("display_name")).toString();
        const auto role = roleFromCode(o.value(QStringLiteral("role")).toString());
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        entry.kdf.opsLimit = quint64(kdf.value(QStringLiteral("ops")).toInteger());
        entry.kdf.memLimit = quint64(kdf.value(QStringLiteral("mem")).toInteger());
        entry.salt =
            QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
        entry.nonce =
            QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
        entry.wrappedKey =
            QByteArray::fromBase64(o.value(QStringLiteral("wrapped_key")).toString().toLatin1());
        if (entry.account.accountId.isEmpty() || entry.account.username.isEmpty() || !role ||
            kdf.value(QStringLiteral("alg")).toString() != QLatin1String("argon2id13") ||
            !entry.kdf.isValid() || entry.salt.size() != crypto_pwhash_SALTBYTES ||
            entry.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
            entry.wrappedKey.size() !=
                qsizetype(kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)) {
            return damaged(path, QCoreApplication::translate("helpline::Keyring",
                                                             "an account entry is incomplete"));
        }
        entry.account.role = *role;
        keyring.m_entries.append(entry);
    }
    if (root.contains(QStringLiteral("escrow"))) {
        const QJsonObject e = root.value(QStringLiteral("escrow")).toObject();
        keyring.m_escrow.deviceId = e.value(QStringLiteral("device_id")).toString();
        keyring.m_escrow.nonce =
            QByteArray::fromBase64(e.value(QStringLiteral("nonce")).toString().toLatin1());
        keyring.m_escrow.sealedKey =
            QByteArray::fromBase64(e.value(QStringLiteral("sealed_key")).toString().toLatin1());
        if (keyring.m_escrow.deviceId.isEmpty() ||
            keyring.m_escrow.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
            keyring.m_escrow.sealedKey.size() !=
                qsizetype(kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES))
            return damaged(path, QCoreApplication::translate("helpline::Keyring",
                                                             "the escrow entry is incomplete"));
    }
    return keyring;
}

Outcome<void> Keyring::save(const QString &path) const
{
    QJsonArray accounts;
    for (const Entry &entry : m_entries) {
        accounts.append(QJsonObject{
            {QStringLiteral("id"), entry.account.accountId},
            {QStringLiteral("username"), entry.account.username},
            {QStringLiteral("display_name"), entry.account.displayName},
            {QStringLiteral("role"), roleCode(entry.account.role)},
            {QStringLiteral("kdf"),
             QJsonObject{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                         {QStringLiteral("ops"), qint64(entry.kdf.opsLimit)},
                         {QStringLiteral("mem"), qint64(entry.kdf.memLimit)},
                         {QStringLiteral("salt"), QString::fromLatin1(entry.salt.toBase64())}}},
            {QStringLiteral("aead"), QStringLiteral("xchacha20poly1305-ietf")},
            {QStringLiteral("nonce"), QString::fromLatin1(entry.nonce.toBase64())},
            {QStringLiteral("wrapped_key"), QString::fromLatin1(entry.wrappedKey.toBase64())},
        });
    }
    QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("store_id"), m_storeId},
        {QStringLiteral("database_salt"), QString::fromLatin1(m_databaseSalt.toHex())},
        {QStringLiteral("accounts"), accounts},
    };
    if (hasEscrow())
        root.insert(
            QStringLiteral("escrow"),
            QJsonObject{{QStringLiteral("device_id"), m_escrow.deviceId},
                        {QStringLiteral("aead"), QStringLiteral("xchacha20poly1305-ietf")},
                        {QStringLiteral("nonce"), QString::fromLatin1(m_escrow.nonce.toBase64())},
                        {QStringLiteral("sealed_key"),
                         QString::fromLatin1(m_escrow.sealedKey.toBase64())}});
    root.insert(QStringLiteral("checksum"), QString::fromLatin1(checksumOf(root)));

    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        return StoreError::make(
            StoreError::Code::Io,
            QCoreApplication::translate("helpline::Keyring",
                                        "The keyring file %1 cannot be written: %2.")
                .arg(path, file.errorString()));
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError;
        return StoreError::make(
            full ? StoreError::Code::DiskFull : StoreError::Code::Io,
            QCoreApplication::translate("helpline::Keyring",
                                        "The keyring file %1 could not be saved: %2.")
                .arg(path, file.errorString()));
    }
    return {};
}

QList<KeyringAccount> Keyring::accounts() const
{
    QList<KeyringAccount> result;
    for (const Entry &entry : m_entries)
        result.append(entry.account);
    return result;
}

const Keyring::Entry *Keyring::find(const QString &accountId) const
{
    for (const Entry &entry : m_entries)
        if (entry.account.accountId == accountId)
            return &entry;
    return nullptr;
}

std::optional<KeyringAccount> Keyring::account(const QString &accountId) const
{
    if (const Entry *entry = find(accountId))
        return entry->account;
    return std::nullopt;
}

std::optional<KeyringAccount> Keyring::accountByUsername(const QString &username) const
{
    for (const Entry &entry : m_entries)
        if (entry.account.username.compare(username, Qt::CaseInsensitive) == 0)
            return entry.account;
    return std::nullopt;
}

QByteArray Keyring::associatedData(const Entry &entry) const
{
    return QStringLiteral("helpline-keyring/%1/%2/%3/%4/%5/%6")
        .arg(kFormatVersion)
        .arg(m_storeId, entry.account.accountId)
        .arg(entry.kdf.opsLimit)
        .arg(entry.kdf.memLimit)
        .arg(QString::fromLatin1(entry.salt.toBase64()))
        .toUtf8();
}

Outcome<Keyring::Entry> Keyring::wrap(const KeyringAccount &account, const SecureBytes &password,
                                      const SecureBytes &databaseKey, const KdfParams &params) const
{
    ensureSodium();
    if (databaseKey.size() != kKeyBytes || !params.isValid())
        return StoreError::make(
            StoreError::Code::Internal,
            QCoreApplication::translate("helpline::Keyring", "Invalid key or key parameters."));
    Entry entry;
    entry.account = account;
    entry.kdf = params;
    entry.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(entry.salt.data(), static_cast<size_t>(entry.salt.size()));
    entry.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(entry.nonce.data(), static_cast<size_t>(entry.nonce.size()));
    auto kek = deriveKey(password, entry.salt, params);
    if (!kek)
        return kek.error();
    const QByteArray ad = associatedData(entry);
    entry.wrappedKey.resize(qsizetype(kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(entry.wrappedKey.data()), &length, databaseKey.data(),
        databaseKey.size(), reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(entry.nonce.constData()), kek->data());
    return entry;
}

Outcome<SecureBytes> Keyring::unwrap(const QString &accountId, const SecureBytes &password) const
{
    ensureSodium();
    const Entry *entry = find(accountId);
    if (!entry)
        return StoreError::make(
            StoreError::Code::UnknownAccount,
            QCoreApplication::translate("helpline::Keyring", "This account is not on this desk."));
    auto kek = deriveKey(password, entry->salt, entry->kdf);
    if (!kek)
        return kek.error();
    const QByteArray ad = associatedData(*entry);
    SecureBytes key(kKeyBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &length, nullptr,
            reinterpret_cast<const unsigned char *>(entry->wrappedKey.constData()),
            static_cast<unsigned long long>(entry->wrappedKey.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char *>(entry->nonce.constData()), kek->data()) != 0 ||
        length != kKeyBytes) {
        return StoreError::make(
            StoreError::Code::WrongPassword,
            QCoreApplication::translate("helpline::Keyring", "The password is not correct."));
    }
    return key;
}

Outcome<void> Keyring::addAccount(const KeyringAccount &account, const SecureBytes &password,
                                  const SecureBytes &databaseKey, const KdfParams &params)
{
    if (find(account.accountId) || accountByUsername(account.username))
        return StoreError::make(
            StoreError::Code::AlreadyExists,
            QCoreApplication::translate("helpline::Keyring",
                                        "An account with this name already exists on this desk."));
    auto entry = wrap(account, password, databaseKey, params);
    if (!entry)
        return entry.error();
    m_entries.append(*entry);
    return {};
}

Outcome<void> Keyring::removeAccount(const QString &accountId)
{
    const auto before = m_entries.size();
    m_entries.removeIf([&](const Entry &e) { return e.account.accountId == accountId; });
    if (m_entries.size() == before)
        return StoreError::make(
            StoreError::Code::UnknownAccount,
            QCoreApplication::translate("helpline::Keyring", "This account is not on this desk."));
    return {};
}

Outcome<void> Keyring::changePassword(const QString &accountId, const SecureBytes &oldPassword,
                                      const SecureBytes &newPassword, const KdfParams &params)
{
    auto key = unwrap(accountId, oldPassword);
    if (!key)
        return key.error();
    auto entry = wrap(find(accountId)->account, newPassword, *key, params);
    if (!entry)
        return entry.error();
    for (Entry &e : m_entries)
        if (e.account.accountId == accountId)
            e = *entry;
    return {};
}

Outcome<void> Keyring::setAccount(const KeyringAccount &account, const SecureBytes &password,
                                  const SecureBytes &databaseKey, const KdfParams &params)
{
    if (const auto other = accountByUsername(account.username);
        other && other->accountId != account.accountId)
        return StoreError::make(
            StoreError::Code::AlreadyExists,
            QCoreApplication::translate("helpline::Keyring",
                                        "Another account with this name is on this desk."));
    auto entry = wrap(account, password, databaseKey, params);
    if (!entry)
        return entry.error();
    m_entries.removeIf([&](const Entry &e) { return e.account.accountId == account.accountId; });
    m_entries.append(*entry);
    return {};
}

QByteArray Keyring::escrowAssociatedData(const QString &deviceId) const
{
    return QStringLiteral("helpline-keyring-escrow/%1/%2/%3")
        .arg(kFormatVersion)
        .arg(m_storeId, deviceId)
        .toUtf8();
}

Outcome<void> Keyring::sealEscrow(const QString &deviceId, const QByteArray &escrowKey,
                                  const SecureBytes &databaseKey)
{
    ensureSodium();
    if (escrowKey.size() != qsizetype(kKeyBytes) || databaseKey.size() != kKeyBytes ||
        deviceId.isEmpty())
        return StoreError::make(
            StoreError::Code::Internal,
            QCoreApplication::translate("helpline::Keyring", "Invalid escrow key."));
    Escrow escrow;
    escrow.deviceId = deviceId;
    escrow.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(escrow.nonce.data(), static_cast<size_t>(escrow.nonce.size()));
    const QByteArray ad = escrowAssociatedData(deviceId);
    escrow.sealedKey.resize(qsizetype(kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(escrow.sealedKey.data()), &length, databaseKey.data(),
        databaseKey.size(), reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(escrow.nonce.constData()),
        reinterpret_cast<const unsigned char *>(escrowKey.constData()));
    m_escrow = escrow;
    return {};
}

Outcome<SecureBytes> Keyring::openEscrow(const QByteArray &escrowKey) const
{
    ensureSodium();
    if (!hasEscrow())
        return StoreError::make(
            StoreError::Code::UnknownAccount,
            QCoreApplication::translate("helpline::Keyring",
                                        "This desk's store has no escrow: it was not set up with "
                                        "the helpline server."));
    const QByteArray ad = escrowAssociatedData(m_escrow.deviceId);
    SecureBytes key(kKeyBytes);
    unsigned long long length = 0;
    if (escrowKey.size() != qsizetype(kKeyBytes) ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &length, nullptr,
            reinterpret_cast<const unsigned char *>(m_escrow.sealedKey.constData()),
            static_cast<unsigned long long>(m_escrow.sealedKey.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char *>(m_escrow.nonce.constData()),
            reinterpret_cast<const unsigned char *>(escrowKey.constData())) != 0 ||
        length != kKeyBytes)
        return StoreError::make(
            StoreError::Code::WrongPassword,
            QCoreApplication::translate("helpline::Keyring",
                                        "The server's escrow key does not open this desk's "
                                        "store (was the desk enrolled again?)."));
    return key;
}

} // namespace helpline
