#pragma once

#include "core/domain/review.h"
#include "core/store/storeerror.h"

#include <optional>

namespace helpline {

class CaseStore;

// The office's review rules as the helpline server last sent them (ServerSession), kept in the
// store so that a desk signed in offline applies them too. A desk that never talked to a server
// has none, and its administrator's settings apply (Settings::reviewRules()).
class OfficeRules {
public:
    static Outcome<void> save(CaseStore &store, const ReviewRules &rules);
    static Outcome<std::optional<ReviewRules>> load(CaseStore &store);
    // The rules to apply: the server's when it sent any, else `local`.
    static ReviewRules effective(CaseStore &store, const ReviewRules &local);
};

} // namespace helpline
