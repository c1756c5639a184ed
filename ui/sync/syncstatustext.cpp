#include "ui/sync/syncstatustext.h"

#include "ui/common/dateformat.h"

#include <QStringList>

namespace helpline {

namespace {

const QString kSeparator = QStringLiteral(" · ");

} // namespace

QString SyncStatusText::when(const QDateTime &utc, const QDateTime &nowUtc)
{
    return formatRecentDateTime(utc, nowUtc);
}

QString SyncStatusText::brief(const QString &message, int maxChars)
{
    QString text = message.simplified();
    // The first sentence says what happened; the rest (and the server's own words) is for the
    // tooltip.
    const qsizetype stop = text.indexOf(QLatin1String(". "));
    if (stop > 0)
        text.truncate(stop + 1);
    if (text.size() > maxChars) {
        // At a word's end, never inside one.
        text.truncate(maxChars - 1);
        if (const qsizetype space = text.lastIndexOf(u' '); space > maxChars / 2)
            text.truncate(space);
        while (!text.isEmpty() && !text.back().isLetterOrNumber())
            text.chop(1);
        text += QChar(0x2026);
    }
    return text;
}

QString SyncStatusText::summary(const SyncStatus &status, const QDateTime &nowUtc)
{
    QStringList parts;
    const bool offline = status.line == SyncStatus::Line::Offline;
    if (status.needsSignIn)
        parts << tr("Sign in while connected to resume sync");
    else if (status.running && status.line == SyncStatus::Line::Unknown)
        parts << tr("Connecting…");
    else if (offline)
        parts << tr("Offline");
    else if (status.line == SyncStatus::Line::Online)
        parts << tr("Online");
    else if (!status.lastError)
        parts << tr("Not synced yet");

    if (status.waiting > 0)
        parts << tr("%n waiting to send", nullptr, status.waiting);
    else if (status.rejected == 0 && status.lastSuccess.isValid() && !status.needsSignIn)
        parts << tr("everything sent");
    if (status.rejected > 0)
        parts << tr("%n refused by the server", nullptr, status.rejected);
    if (status.lastSuccess.isValid())
        parts << tr("last synced %1").arg(when(status.lastSuccess, nowUtc));
    // What went wrong, when the first words do not say it already.
    if (status.lastError && !status.needsSignIn && !offline)
        parts << brief(status.lastError->message);
    return parts.join(kSeparator);
}

QString SyncStatusText::details(const SyncStatus &status, const QDateTime &nowUtc,
                                bool sendsRecords)
{
    QStringList lines;
    if (status.lastError)
        lines << status.lastError->message;
    if (status.running)
        lines << tr("Sending and receiving records now.");
    else if (status.nextRunAt.isValid() && !status.needsSignIn)
        lines << (status.lastError ? tr("Next try: %1") : tr("Next sync: %1"))
                     .arg(when(status.nextRunAt, nowUtc));
    if (status.waiting > 0 && !sendsRecords)
        lines << tr("An administrator's session receives records but does not send case "
                    "records: they go when a counsellor or supervisor is signed in on this desk.");
    if (status.rejected > 0)
        lines << tr("Records the server refused wait in the sync log until an administrator "
                    "sends them again.");
    if (status.lastSuccess.isValid())
        lines << tr("Last synced: %1").arg(formatDateTime(status.lastSuccess));
    else
        lines << tr("Not synced yet on this desk.");
    return lines.join(u'\n');
}

} // namespace helpline
