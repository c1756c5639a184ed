#pragma once

#include "core/domain/accesspolicy.h"
#include "core/domain/review.h"
#include "core/domain/role.h"
#include "core/security/securebytes.h"
#include "core/store/keyring.h"
#include "core/store/storeerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <map>
#include <memory>

#include <QSqlQuery>

struct sqlite3;

namespace helpline {

class Clock;

// Who is signed in: every repository call acts for this account, on this desk.
struct Session {
    QString accountId;
    QString username;
    QString displayName;
    Role role = Role::Counsellor;
    QString deviceId;
    QString officeId; // the account's helpline office (empty on a desk without a server)

    Viewer viewer() const { return {accountId, role, officeId}; }
};

// The files of one store: the SQLCipher database and its keyring, side by side in one folder.
struct StorePaths {
    explicit StorePaths(const QString &directory);
    QString directory;
    QString database;
    QString keyring;
};

// The local encrypted case store of a desk, unlocked for one account.
//
// create() makes a new store with its first (admin) account; unlock() opens an existing one with
// an account's password. Neither ever creates an empty database over an existing or a missing
// one. Destroying the CaseStore (or close()) signs out: the connection is closed and the key is
// wiped from memory.
class CaseStore {
public:
    struct CreateOptions {
        QString directory;
        QString adminUsername;
        QString adminDisplayName;
        KdfParams kdf;         // invalid = calibrate to about 0.5 s on this machine
        QString deviceId;      // empty = a new random device id
        bool encrypted = true; // false only for benchmarks that compare with plaintext
        // A desk enrolled with the helpline server: the first account is the server's (its id,
        // role and office), and the database key is also sealed with the desk's escrow key.
        QString adminAccountId; // empty = a new desk-only admin
        Role adminRole = Role::Admin;
        QString officeId;
        QByteArray escrowKey; // 32 bytes, or empty for a desk without a server
    };

    static Outcome<std::unique_ptr<CaseStore>>
    create(const CreateOptions &options, const SecureBytes &adminPassword, Clock *clock = nullptr);
    static Outcome<std::unique_ptr<CaseStore>> unlock(const QString &directory,
                                                      const QString &accountId,
                                                      const SecureBytes &password,
                                                      Clock *clock = nullptr);
    // The first online sign-in of an account on this desk, or the first after its password was
    // reset on the server: the server checked the password and released the desk's escrow key,
    // which opens the database key; the key is then wrapped for `password` (replacing an older
    // wrapping of the account) and the account's row is written as the server knows it.
    static Outcome<std::unique_ptr<CaseStore>>
    unlockWithEscrow(const QString &directory, const QByteArray &escrowKey,
                     const KeyringAccount &account, const QString &officeId,
                     const SecureBytes &password, const KdfParams &kdf = {},
                     Clock *clock = nullptr);
    // Reads the keyring only (for the sign-in screen); the database stays closed.
    static Outcome<Keyring> readKeyring(const QString &directory);
    static bool exists(const QString &directory);

    ~CaseStore();
    CaseStore(const CaseStore &) = delete;
    CaseStore &operator=(const CaseStore &) = delete;

    void close();
    bool isOpen() const;

    const Session &session() const { return m_session; }
    const StorePaths &paths() const { return m_paths; }
    QSqlDatabase database() const;
    sqlite3 *handle() const;
    Clock &clock() const { return *m_clock; }
    // The office's review rules (administrators' settings; the shell sets them at sign-in).
    const ReviewRules &reviewRules() const { return m_reviewRules; }
    void setReviewRules(const ReviewRules &rules) { m_reviewRules = rules; }
    QString storeId() const { return m_storeId; }
    QString cipherVersion() const { return m_cipherVersion; }
    int schemaVersion() const;

    // Account management (admin only). Each writes the keyring atomically and the accounts table
    // in one transaction with its audit and outbox entries.
    //
    // `serverAccountId`: the id the central server gave the account (a UUID), so that what it
    // records on this desk is accepted by the server as its work; empty for a desk-only account
    // (a new id; the server refuses records of authors it does not know).
    Outcome<QString> addAccount(const QString &username, const QString &displayName, Role role,
                                const SecureBytes &password, const KdfParams &kdf = {},
                                const QString &serverAccountId = {});
    Outcome<void> removeAccount(const QString &accountId);
    // Any account may change its own password; re-wraps the key, no re-encryption.
    Outcome<void> changePassword(const SecureBytes &oldPassword, const SecureBytes &newPassword,
                                 const KdfParams &kdf = {});

    // Full PRAGMA integrity_check; empty when the database is intact.
    Outcome<QStringList> integrityProblems() const;

    // A prepared statement for `sql`, cached for the life of the connection.
    // nullptr when it does not prepare; lastPrepareError() says why.
    QSqlQuery *prepared(const QString &sql);
    QSqlError lastPrepareError() const { return m_lastPrepareError; }

    // Maps a failed SQL call to a StoreError with a clear message (disk full, read-only, damaged).
    StoreError sqlError(const QSqlError &error, const QString &what) const;

private:
    CaseStore(StorePaths paths, Clock *clock);
    Outcome<void> openConnection(const SecureBytes *key, bool create);
    Outcome<void> configure(bool encrypted);
    Outcome<void> applyRuntimePragmas();
    Outcome<void> loadSession(const KeyringAccount &account);
    static StoreError databaseMissing(const StorePaths &paths);
    // Opens the database with its key and signs `account` in, with an audit entry
    // `auditAction`. With `upsertAccountOffice`, the account's row is first written as the
    // server gave it (office id).
    static Outcome<std::unique_ptr<CaseStore>>
    openWithKey(const StorePaths &paths, const Keyring &keyring, const KeyringAccount &account,
                SecureBytes key, Clock *clock, const QString &auditAction,
                const QString *upsertAccountOffice = nullptr);

    StorePaths m_paths;
    Clock *m_clock;
    QString m_connectionName;
    QString m_storeId;
    QString m_cipherVersion;
    Session m_session;
    ReviewRules m_reviewRules;
    // Kept in guarded memory while signed in (a new account's wrapping needs it); wiped by close().
    SecureBytes m_key;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QSqlError m_lastPrepareError;
};

} // namespace helpline
