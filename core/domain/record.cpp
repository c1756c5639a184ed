#include "core/domain/record.h"

#include <algorithm>

namespace helpline {

bool hasProblem(const Problems &problems, const QString &field)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const FieldProblem &p) { return p.field == field; });
}

} // namespace helpline
