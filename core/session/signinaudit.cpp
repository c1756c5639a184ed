#include "core/session/signinaudit.h"

#include "core/session/signinthrottle.h"
#include "core/store/casestore.h"
#include "core/store/writetransaction.h"

#include <QLoggingCategory>

#include <algorithm>

namespace helpline {

Q_LOGGING_CATEGORY(lcSignInAudit, "helpline.session.audit")

int recordSignInSuccess(SignInThrottle &throttle, CaseStore &store, const QStringList &otherKeys,
                        int countedForThisAttempt)
{
    const QString accountId = store.session().accountId;
    QStringList keys{accountId};
    for (const QString &key : otherKeys)
        if (!key.isEmpty() && !keys.contains(key))
            keys << key;
    int failures = 0;
    for (const QString &key : std::as_const(keys))
        failures += throttle.failures(key);
    failures = std::max(0, failures - countedForThisAttempt);
    if (failures > 0) {
        WriteTransaction tx(store);
        tx.audit(QStringLiteral("session.failed_signins"), QStringLiteral("account"), accountId,
                 QString::number(failures));
        if (auto committed = tx.commit(); committed) {
            qCInfo(lcSignInAudit) << "account" << accountId << "signed in after" << failures
                                  << "wrong password(s)";
        } else {
            qCWarning(lcSignInAudit) << "the failed sign-ins of account" << accountId
                                     << "could not be audited, code" << int(committed.error().code);
            failures = 0;
        }
    }
    for (const QString &key : std::as_const(keys))
        throttle.recordSuccess(key);
    return failures;
}

} // namespace helpline
