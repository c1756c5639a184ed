#pragma once

#include "serverharness.h"

#include "core/store/casestore.h"
#include "core/sync/deskidentity.h"
#include "core/sync/syncclient.h"

#include <memory>

class QNetworkAccessManager;

namespace helpline {
class Clock;
}

namespace helpline::test {

// A desk enrolled with the test server as the workstation enrols one (DeskSetup, a one-time
// code for the Baku office), its store created for `username`, who signed in through it.
struct EnrolledDesk {
    std::unique_ptr<CaseStore> store;
    DeskIdentity desk;
    SessionTokens tokens;
};

EnrolledDesk enrolDeskAs(const TestDatabase &db, const ServerProcess &server, const QString &dir,
                         const QString &deskName, const QString &username, const QString &password,
                         QNetworkAccessManager &network, Clock *clock = nullptr);

} // namespace helpline::test
