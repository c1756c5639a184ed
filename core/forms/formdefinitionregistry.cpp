#include "core/forms/formdefinitionregistry.h"

#include "core/domain/referencefile.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace helpline {

Q_LOGGING_CATEGORY(lcFormRegistry, "helpline.forms.registry")

FormDefinitionRegistry::FormDefinitionRegistry(QObject *parent)
    : QObject(parent)
    , m_current(FormDefinition::builtIn())
{
}

Outcome<FormDefinition> FormDefinitionRegistry::offer(const QByteArray &json)
{
    Outcome<FormDefinition> parsed = FormDefinition::fromJson(json);
    if (parsed && parsed->id() == m_current.id() && parsed->version() < m_current.version())
        parsed = referenceFileError(
            QCoreApplication::translate("helpline::FormDefinitionRegistry",
                                        "The form definition \"%1\" version %2 is older than "
                                        "version %3, which is in use.")
                .arg(parsed->id())
                .arg(parsed->version())
                .arg(m_current.version()),
            QStringLiteral("version"));
    if (!parsed) {
        qCWarning(lcFormRegistry) << "form definition rejected at" << parsed.error().detail
                                  << "; keeping" << m_current.id() << m_current.version();
        m_lastError = parsed.error();
        return parsed;
    }
    m_current = parsed.value();
    m_lastError.reset();
    qCInfo(lcFormRegistry) << "form definition in use:" << m_current.id() << m_current.version();
    emit definitionChanged();
    return parsed;
}

} // namespace helpline
