#pragma once

#include "waituntil.h"

#include "core/security/securebytes.h"
#include "core/store/keyring.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace helpline::test {

// The cheapest Argon2id cost: tests unlock stores hundreds of times.
KdfParams fastKdf();
SecureBytes password(const char *text);

// Every file below `dir` (recursively) whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

QString sourcePath(const QString &relative);

} // namespace helpline::test
