#include <catch2/catch.hpp>

#include "core/security/processhardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

TEST_CASE("hardening disables core dumps and ptrace attach", "[security]")
{
    // In a child process, so the test runner itself stays debuggable.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (!helpline::disableCoreDumps())
            _exit(1);
        rlimit limit{};
        getrlimit(RLIMIT_CORE, &limit);
        const bool ok = limit.rlim_cur == 0 && limit.rlim_max == 0 && prctl(PR_GET_DUMPABLE) == 0;
        _exit(ok ? 0 : 2);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
