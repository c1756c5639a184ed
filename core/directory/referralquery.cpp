#include "core/directory/referralquery.h"

#include "core/domain/regions.h"

namespace helpline {

DirectoryQuery referralQuery(const QStringList &categories, const std::optional<Person> &child)
{
    DirectoryQuery query;
    query.serviceTypes = serviceTypesForCategories(categories);
    if (!child)
        return query;
    bool years = false;
    const int age = child->age.toInt(&years);
    if (years && age >= 0 && age <= DirectoryEntry::kMaxAge)
        query.age = age;
    if (!child->regionCode.isEmpty() && child->regionCode != Regions::unknownCode() &&
        child->regionCode != Regions::outsideCode())
        query.regionCode = child->regionCode;
    return query;
}

} // namespace helpline
