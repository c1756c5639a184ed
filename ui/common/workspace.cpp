#include "ui/common/workspace.h"

namespace helpline {

Workspace::Workspace(CaseStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void Workspace::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged(language);
}

void Workspace::notifyRecordsChanged(const QString &caseId)
{
    emit recordsChanged(caseId);
}

void Workspace::requestOpenCase(const QString &caseId)
{
    emit openCaseRequested(caseId);
}

} // namespace helpline
