#pragma once

#include "core/protocol/syncmessages.h"
#include "core/store/storeerror.h"

#include <QJsonObject>
#include <QString>

namespace helpline {

class CaseStore;
class WriteTransaction;

// What applying one pulled page did; applied + kept + skipped is the number of items.
struct PullApplyStats {
    int applied = 0; // written as the server has them
    int kept = 0;    // records with changes of this desk not pushed yet: their changed fields (or,
                     // for append-only records, the whole local row) were kept
    int skipped = 0; // invalid or not applicable here: logged (ids only) and left out
};

// The store's side of a sync pull: records the server sent, written into this desk's tables.
//
// A page is applied in ONE transaction together with its stream's cursor for the signed-in
// account (table sync_state),
// with one audit entry ("sync.pull": the stream and counts, never content), so a crash never
// leaves records without the cursor that says they are here, nor the reverse.
//
// Case records (stream "cases") are decoded strictly (core/protocol's decoders) and written
// with the repositories' own column builders (core/store/recordcolumns.h), and the derived
// data a local save keeps is kept here too: search index, the case list's columns and
// case_categories, persons.phone_key. They make no outbox entries and no audit entry each.
// An invalid item is skipped and counted (one bad record from the server must not stop a
// desk from receiving the rest). Records arrive in any order: a record whose case, person,
// contact or corrected note has not arrived gets a placeholder of it (deleted, revision 0,
// no author) that the real record replaces when it comes, so the foreign keys hold and
// nothing shows until the case itself is here.
//
// A revision never goes down (max of the local and the server's). A record with changes of
// this desk still waiting in the outbox: a mutable record (case, person, referral,
// follow-up) keeps the values of the fields those changes name and takes the server's for the
// rest; it then gets revision max(local, server) + 1 and a new outbox entry (an update of
// those fields, with their first base values), because the server refuses a revision it
// already has with another body. An append-only record keeps its local row.
class PulledRecords {
public:
    explicit PulledRecords(CaseStore &store);

    // Applies `page` (its items and its cursor) of `stream`. Refused, with nothing written,
    // when the page is of another stream or its cursor is behind the stored one.
    Outcome<PullApplyStats> applyPage(const QString &stream, const PullPage &page);
    // The stream's stored cursor for the signed-in account (the server decides per account
    // what a pull gives); 0 when it was never pulled.
    Outcome<qint64> cursor(const QString &stream);

    // Sets fields of a local mutable record to the values the server kept (a push answered
    // "merged" and this desk's value lost), inside the caller's transaction: no outbox entry, no
    // audit entry, revision unchanged; derived data is kept current. `values` maps JSON field
    // names (as toJson() of the type writes them) to JSON values. Values the record's decoder
    // refuses, unknown fields and unknown records are logged and left out (the server's answer
    // must not make the push fail for ever).
    static void applyServerValues(WriteTransaction &tx, const QString &type, const QString &id,
                                  const QJsonObject &values);

private:
    CaseStore &m_store;
};

} // namespace helpline
