#pragma once

namespace helpline {

// Release builds: no core dumps (a dump would hold decrypted case data and keys) and the process
// is not attachable by other processes of the same user. Debug builds keep both for debugging.
// Returns true when hardening was applied.
bool hardenProcess();

} // namespace helpline
