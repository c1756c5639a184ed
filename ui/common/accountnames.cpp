#include "ui/common/accountnames.h"

#include "core/store/caserepository.h"

namespace helpline {

QHash<QString, QString> accountDisplayNames(CaseStore &store)
{
    QHash<QString, QString> names;
    if (auto accounts = CaseRepository(store).allAccounts())
        for (const AccountSummary &a : std::as_const(*accounts))
            names.insert(a.id, a.displayName);
    return names;
}

} // namespace helpline
