#pragma once

#include "core/directory/directoryimport.h"
#include "core/domain/directoryentry.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

#include <optional>

namespace helpline {

class Regions;

// The JSON form of a directory entry (docs/directory-format.md). Keys are snake_case and the
// same as the CSV columns. Two forms:
//   File:   what an admin imports and exports: "id" (optional on import) and the entry's
//           fields; nothing else is allowed.
//   Record: what the server syncs (stream "directory"): the record meta of every synced record
//           (id, created_at, updated_at, created_by, origin_device, revision, deleted; as
//           metaToJson in core/domain/recordjson.h) and the entry's fields. id is required.
enum class DirectoryJsonForm { File, Record };

// Empty text is written as null, a missing age limit as null, lists as arrays (maybe empty).
QJsonObject directoryEntryToJson(const DirectoryEntry &entry,
                                 DirectoryJsonForm form = DirectoryJsonForm::File);

// Strict decoding: unknown keys, missing required keys (name, service_types, verified_on; and
// id in the Record form) and values of the wrong type are problems, each with the key as its
// field ("phones[1]" for the second item of a list: JSON paths count from 0). Optional keys may be
// absent or null. Text is tidied as on import (trimmed, codes lower case, canonical opening hours).
// It does NOT validate: call DirectoryEntry::validate as well. nullopt when there were decoding
// problems. A File-form entry without an id keeps an empty id.
std::optional<DirectoryEntry>
directoryEntryFromJson(const QJsonObject &object, Problems *problems,
                       DirectoryJsonForm form = DirectoryJsonForm::File);

// A whole file: a JSON array of File-form objects. Every entry is decoded and validated
// (`today` for the verification dates); entries without an id get a new UUIDv7; an id used
// twice is a problem. See ImportProblem for what `line` means here.
DirectoryImport readDirectoryJson(const QByteArray &data, const QDate &today);
DirectoryImport readDirectoryJson(const QByteArray &data, const QDate &today,
                                  const Regions &regions);

// The whole directory as a JSON array of File-form objects, indented, UTF-8; readDirectoryJson
// gives the same entries back.
QByteArray writeDirectoryJson(const QList<DirectoryEntry> &entries);

} // namespace helpline
