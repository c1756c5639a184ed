#pragma once

#include <QStringList>

namespace helpline {

class CaseStore;
class SignInThrottle;

// The rule for wrong passwords at a successful sign-in: the failures the throttle counted for
// the account since its last success become one audit entry in the store the sign-in opened,
// "session.failed_signins" on the account with their number as detail, and then the counts are
// reset. Call it right after a sign-in, an unlock or a switch of account succeeded, instead of
// SignInThrottle::recordSuccess.
//
// `otherKeys`: further throttle keys the attempts were counted under (a user name new to this
// desk counts under its hash until its first sign-in); they are added and reset too.
// `countedForThisAttempt`: failures counted for the attempt that has just succeeded after all
// (a password the desk's keyring refused and the helpline server then accepted); they are not
// failed sign-ins and are left out of the entry.
//
// Returns the number of failed sign-ins audited (0: no entry). When the entry cannot be written
// the counts are reset all the same, so that the correct password does not keep the account
// waiting; the failure is logged.
int recordSignInSuccess(SignInThrottle &throttle, CaseStore &store,
                        const QStringList &otherKeys = {}, int countedForThisAttempt = 0);

} // namespace helpline
