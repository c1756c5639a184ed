#pragma once

#include "server/http/apierror.h"

#include <QMap>
#include <QString>

namespace helpline::server {

// A small, strict INI reader for the server's config file: "[section]" headers, "key = value"
// lines, and whole-line comments starting with '#' or ';'. Values are taken verbatim (trimmed;
// optional surrounding double quotes removed): no lists, no escapes, so a database password
// with a comma or a '#' means what it says. Keys are "section/key".
ApiResult<QMap<QString, QString>> readIniFile(const QString &path);

} // namespace helpline::server
