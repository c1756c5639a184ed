#pragma once

#include "waituntil.h"

#include "core/sync/syncclient.h"

#include <catch2/catch.hpp>

#include <optional>

namespace helpline::test {

// Makes one SyncClient call (`call` gets the callback) and waits for its answer, up to a minute.
template<typename T, typename Call>
SyncReply<T> await(Call call)
{
    std::optional<SyncReply<T>> result;
    call([&result](SyncReply<T> reply) { result = std::move(reply); });
    REQUIRE(waitUntil([&] { return result.has_value(); }, 60000));
    return *result;
}

// A push item for a record's JSON: its type, id and revision as the record says.
inline PushItem pushItemOf(const QString &type, const QJsonObject &record)
{
    PushItem item;
    item.type = type;
    item.id = record.value(QLatin1String("id")).toString();
    item.revision = record.value(QLatin1String("revision")).toInt();
    item.record = record;
    return item;
}

} // namespace helpline::test
