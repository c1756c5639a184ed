#pragma once

#include "server/http/apierror.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace helpline {
class Clock;
}

namespace helpline::server {

class ServerDatabase;

enum class DirectoryFormat { Csv, Json };

struct DirectoryImportSummary {
    int entries = 0; // in the file
    int added = 0;   // new on the server
    int changed = 0; // different from the server's
    int unchanged = 0;
    int removed = 0; // on the server but not in the file: now tombstones
    QJsonObject toJson() const;
};

// The referral directory on the server: a whole file replaces it (all rows validated first,
// nothing imported when any row is invalid; docs/directory-format.md). Each added, changed or
// removed entry takes a sequence number, so desks receive exactly the difference.
class DirectoryService {
public:
    DirectoryService(ServerDatabase &db, Clock &clock);

    ApiResult<DirectoryImportSummary> import(const QByteArray &file, DirectoryFormat format,
                                             const QString &actorId);
    ApiResult<QByteArray> exportAll(DirectoryFormat format);
    // Publishes the built-in taxonomy and intake form (core's resources) to the taxonomy and
    // forms streams when they are new or changed.
    ApiResult<void> publishReferenceData();

    static std::optional<DirectoryFormat> formatFromName(const QString &name);
    // By the file name's extension (.csv or .json).
    static std::optional<DirectoryFormat> formatOfFile(const QString &fileName);

private:
    ServerDatabase &m_db;
    Clock &m_clock;
};

} // namespace helpline::server
