#include "core/security/processhardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace helpline {

bool disableCoreDumps()
{
    const rlimit noCore{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &noCore) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
}

bool hardenProcess()
{
#ifdef HELPLINE_RELEASE_BUILD
    return disableCoreDumps();
#else
    return false;
#endif
}

} // namespace helpline
