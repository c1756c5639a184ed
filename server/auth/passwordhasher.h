#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace helpline {

// How much work one password hash costs (libsodium's Argon2id presets, algorithm ARGON2ID13).
//
// - Interactive: 2 passes over 64 MiB. The server default: one sign-in costs well under a second
//   of CPU and 64 MiB of memory while it runs.
// - Moderate: 3 passes over 256 MiB, for servers with memory to spare.
// - Test: 1 pass over 8 KiB (libsodium's minimum). Only for tests, so that suites creating
//   many accounts stay fast. NEVER use it in production: such hashes fall to an offline guessing
//   attack almost as fast as plain SHA-256. The server must choose it only through an explicit
//   test-only flag (never from a config file's default, never as a fallback), and needsRehash()
//   reports every Test hash as needing a rehash under the other two strengths.
//
// Each concurrent hash or verification holds its memory (64 or 256 MiB) for its whole run, so the
// caller bounds how many run at once.
enum class HashStrength { Interactive, Moderate, Test };

// Hashes `password` (its raw bytes, normally UTF-8) with a fresh random salt. The result is the
// self-describing PHC string "$argon2id$v=19$m=...,t=...,p=1$<salt>$<hash>" (ASCII, < 128
// bytes), ready to store. Empty only when the memory for the hash could not be allocated.
QByteArray hashPassword(QByteArrayView password, HashStrength strength);

// True only when `hash` is a well-formed Argon2id string produced for `password`. Anything else
// (empty, truncated, another algorithm, stray bytes, absurd cost parameters that would exhaust the
// server's memory or time) is simply false, never a crash.
bool verifyPassword(QByteArrayView hash, QByteArrayView password);

// True when `hash` was made with other parameters than `strength` (or is malformed): after a
// successful sign-in the caller then stores hashPassword(password, strength) instead.
bool needsRehash(QByteArrayView hash, HashStrength strength);

// Spends the same time as verifyPassword() against a hash of `strength`, and always fails. Called
// for a username that does not exist so that the sign-in answer does not come back faster for
// unknown usernames than for known ones (which would let anyone list the accounts). Pass the
// password the client sent, so that even the length-dependent part of the work is the same.
void dummyVerify(QByteArrayView password, HashStrength strength);

// The well-formed hash (of random bytes, matching no password) that dummyVerify() checks against:
// one per strength and process. Exposed for tests.
QByteArray dummyPasswordHash(HashStrength strength);

} // namespace helpline
