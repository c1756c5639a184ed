#pragma once

namespace helpline {

// No core dumps (a dump would hold decrypted case data and keys) and no ptrace attach by other
// processes of the same user. Returns true when both took effect.
bool disableCoreDumps();

// What the workstation calls at start: disableCoreDumps() in release builds; debug builds keep
// dumps and debuggers working. Returns true when hardening was applied.
bool hardenProcess();

} // namespace helpline
