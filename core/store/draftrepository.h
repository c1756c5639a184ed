#pragma once

#include "core/store/storeerror.h"

#include <QDateTime>
#include <QJsonObject>

namespace helpline {

class CaseStore;
struct AttachmentInfo; // core/protocol/recorddecoder.h: its JSON form is defined there

// An unsaved intake: the form's values as typed, kept so that a crash or a power cut loses
// nothing. A draft belongs to the account that typed it and never leaves the desk.
struct Draft {
    QString id;
    QString accountId;
    QString formId;
    int formVersion = 0;
    QJsonObject data;
    qint64 elapsedMs = 0; // the contact timer
    QDateTime startedAt;
    QDateTime updatedAt;
};

// Drafts are written on every change of the intake (every second or two), so they are the one
// kind of write without audit and outbox entries; discarding a draft is audited (the counsellor
// chose to throw typed text away).
class DraftRepository {
public:
    explicit DraftRepository(CaseStore &store)
        : m_store(store)
    {
    }
    // Creates or replaces the draft (a new id when empty) for the signed-in account.
    Outcome<Draft> save(Draft draft);
    // The signed-in account's drafts, oldest first.
    Outcome<QList<Draft>> mine();
    Outcome<void> discard(const QString &draftId);

private:
    CaseStore &m_store;
};

// A file kept with a case (a letter, a photo of a document, later a voice note). Its bytes live
// in the encrypted store, never in a separate file.
struct Attachment {
    QString id;
    QString caseId;
    QString contactId;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QDateTime createdAt;
};

class AttachmentRepository {
public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    explicit AttachmentRepository(CaseStore &store)
        : m_store(store)
    {
    }
    Outcome<Attachment> add(const QString &caseId, const QString &contactId,
                            const QString &fileName, const QString &mimeType,
                            const QByteArray &content);
    Outcome<QList<Attachment>> forCase(const QString &caseId);
    // The attachment's record without its content, as stored (deleted or not) and without an
    // audit entry: what sync pushes. NotFound when there is none.
    Outcome<AttachmentInfo> info(const QString &attachmentId);
    // The bytes, for display: audited as a view.
    Outcome<QByteArray> content(const QString &attachmentId);

private:
    CaseStore &m_store;
};

} // namespace helpline
