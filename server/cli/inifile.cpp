#include "server/cli/inifile.h"

#include <QFile>

namespace helpline::server {

ApiResult<QMap<QString, QString>> readIniFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ApiError::invalid(QStringLiteral("Cannot read the config file %1.").arg(path));
    QMap<QString, QString> values;
    QString section;
    int number = 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']') || line.size() < 3)
                return ApiError::invalid(
                    QStringLiteral("%1, line %2: a section header looks like [server].")
                        .arg(path)
                        .arg(number));
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return ApiError::invalid(
                QStringLiteral("%1, line %2: expected key = value.").arg(path).arg(number));
        if (section.isEmpty())
            return ApiError::invalid(
                QStringLiteral("%1, line %2: settings belong in a section such as [server].")
                    .arg(path)
                    .arg(number));
        const QString key = section + u'/' + line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        if (values.contains(key))
            return ApiError::invalid(
                QStringLiteral("%1, line %2: %3 is set twice.").arg(path).arg(number).arg(key));
        values.insert(key, value);
    }
    return values;
}

} // namespace helpline::server
