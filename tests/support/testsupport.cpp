#include "testsupport.h"

#include <QDirIterator>
#include <QFile>

namespace helpline::test {

KdfParams fastKdf()
{
    return KdfParams::minimum();
}

SecureBytes password(const char *text)
{
    return SecureBytes::copyOf(QByteArrayView(text));
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(HELPLINE_SOURCE_DIR "/") + relative;
}

} // namespace helpline::test
