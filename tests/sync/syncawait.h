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

} // namespace helpline::test
