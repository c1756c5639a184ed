#pragma once

#include "core/domain/role.h"
#include "core/security/securebytes.h"
#include "core/store/storeerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace helpline {

// Argon2id cost. The wrapping of each account stores its own parameters, so the cost can be
// raised for new wrappings without breaking old ones.
struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    // Measures this machine and returns parameters (64 MiB of memory) for which deriving a key
    // takes about targetMs.
    static KdfParams calibrate(int targetMs = 500);
    // libsodium's minimum cost. For tests and benchmarks only: never for real accounts.
    static KdfParams minimum();
    bool isValid() const;
};

struct KeyringAccount {
    QString accountId;
    QString username;
    QString displayName;
    Role role = Role::Counsellor;
};

// The keyring file beside the database: per account, the database key wrapped by a key derived
// from the account's password (Argon2id) and sealed with XChaCha20-Poly1305. The associated data
// binds each wrapping to this store, the account and its KDF parameters, so a wrapping copied
// between accounts or keyrings does not open. The file is JSON, written atomically (QSaveFile),
// with a checksum that detects hand edits (it is not a secret: the AEAD is what protects the key).
class Keyring {
public:
    static Keyring createNew(const QString &storeId);
    static Outcome<Keyring> load(const QString &path);
    Outcome<void> save(const QString &path) const;

    QString storeId() const { return m_storeId; }
    // The first 16 bytes of the database file (SQLCipher's per-file salt): ties this keyring to
    // its database, so a database from another desk is named as such instead of "corrupt".
    QByteArray databaseSalt() const { return m_databaseSalt; }
    void setDatabaseSalt(const QByteArray &salt) { m_databaseSalt = salt; }

    QList<KeyringAccount> accounts() const;
    std::optional<KeyringAccount> account(const QString &accountId) const;
    std::optional<KeyringAccount> accountByUsername(const QString &username) const;

    Outcome<SecureBytes> unwrap(const QString &accountId, const SecureBytes &password) const;
    Outcome<void> addAccount(const KeyringAccount &account, const SecureBytes &password,
                             const SecureBytes &databaseKey, const KdfParams &params);
    Outcome<void> removeAccount(const QString &accountId);
    // Re-wraps the same database key under a new password: no re-encryption of the database.
    Outcome<void> changePassword(const QString &accountId, const SecureBytes &oldPassword,
                                 const SecureBytes &newPassword, const KdfParams &params);
    // Wraps the key again for an account that proved itself another way (the server released
    // the escrow key after checking its password): its old wrapping, if any, is replaced.
    Outcome<void> setAccount(const KeyringAccount &account, const SecureBytes &password,
                             const SecureBytes &databaseKey, const KdfParams &params);

    // Key escrow (docs/security.md, "Key escrow"): the database key sealed with a 32-byte key
    // that the central server keeps for this desk (device) and releases only to an account that
    // signs in online with its password. It lets a new account, or one whose password was reset,
    // open the store without anyone ever seeing the database key. Sealing again replaces it.
    Outcome<void> sealEscrow(const QString &deviceId, const QByteArray &escrowKey,
                             const SecureBytes &databaseKey);
    Outcome<SecureBytes> openEscrow(const QByteArray &escrowKey) const;
    bool hasEscrow() const { return !m_escrow.sealedKey.isEmpty(); }
    QString escrowDeviceId() const { return m_escrow.deviceId; }

private:
    struct Entry {
        KeyringAccount account;
        KdfParams kdf;
        QByteArray salt;
        QByteArray nonce;
        QByteArray wrappedKey;
    };
    const Entry *find(const QString &accountId) const;
    QByteArray associatedData(const Entry &entry) const;
    Outcome<Entry> wrap(const KeyringAccount &account, const SecureBytes &password,
                        const SecureBytes &databaseKey, const KdfParams &params) const;

    struct Escrow {
        QString deviceId;
        QByteArray nonce;
        QByteArray sealedKey;
    };
    QByteArray escrowAssociatedData(const QString &deviceId) const;

    QString m_storeId;
    QByteArray m_databaseSalt;
    QList<Entry> m_entries;
    Escrow m_escrow;
};

} // namespace helpline
