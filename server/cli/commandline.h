#pragma once

#include <QStringList>

namespace helpline::server {

// `helpline-server COMMAND ...`: parses the command line, runs the command and returns the
// process exit status (0 ok, 1 failed, 2 usage). `serve` runs the event loop until SIGTERM or
// SIGINT, then shuts down gracefully.
int runCommandLine(const QStringList &arguments);

// The full --help text: every command and option.
QString helpText();

} // namespace helpline::server
