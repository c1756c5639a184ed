// helpline-store-probe: a separate process that writes to a case store, for tests that must
// kill a writer at random moments or limit the size of the files it may write.
//
//   helpline-store-probe create DIR                 creates a store (cheap KDF), prints the admin
//   id helpline-store-probe write DIR ACCOUNT [COUNT] [--max-file-size BYTES]
//       unlocks and saves contacts; after each save RETURNS it prints "saved <contact id>"
//       and flushes. With --max-file-size the process may not grow a file beyond BYTES (a
//       size-limited file, as on a full disk); it then prints "error <code> <message>".
#include "core/security/securebytes.h"
#include "core/store/casestore.h"
#include "core/store/contactrepository.h"
#include "core/store/keyring.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace helpline;

namespace {

const char *kPassword = "probe password";

int create(const QString &dir)
{
    CaseStore::CreateOptions options;
    options.directory = dir;
    options.adminUsername = QStringLiteral("probe");
    options.kdf = KdfParams::minimum();
    auto store = CaseStore::create(options, SecureBytes::copyOf(QByteArrayView(kPassword)));
    if (!store) {
        std::printf("error %d %s\n", int(store.error().code), qPrintable(store.error().message));
        return 1;
    }
    std::printf("%s\n", qPrintable(store.value()->session().accountId));
    return 0;
}

int write(const QString &dir, const QString &account, long count)
{
    auto store = CaseStore::unlock(dir, account, SecureBytes::copyOf(QByteArrayView(kPassword)));
    if (!store) {
        std::printf("error %d %s\n", int(store.error().code), qPrintable(store.error().message));
        std::fflush(stdout);
        return 1;
    }
    ContactRepository contacts(*store.value());
    for (long i = 0; count < 0 || i < count; ++i) {
        ContactSave save;
        save.contact.channel = QStringLiteral("phone");
        save.contact.callType = QStringLiteral("child_about_self");
        save.contact.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        save.contact.durationSeconds = 60;
        save.contact.categories = {QStringLiteral("violence.bullying")};
        // Long enough to span pages, so a kill can land in the middle of a multi-page write.
        save.contact.summary = QStringLiteral("probe contact %1 ").arg(i).repeated(40);
        Person child;
        child.name = QStringLiteral("Probe child %1").arg(i);
        save.child = child;
        auto saved = contacts.save(save);
        if (!saved) {
            std::printf("error %d %s\n", int(saved.error().code),
                        qPrintable(saved.error().message));
            std::fflush(stdout);
            return 2;
        }
        std::printf("saved %s\n", qPrintable(saved->contact.meta.id));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("helpline.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("create"))
        return create(args.at(2));
    if (args.size() >= 4 && args.at(1) == QLatin1String("write")) {
        long count = -1;
        const qsizetype limitAt = args.indexOf(QStringLiteral("--max-file-size"));
        if (limitAt > 0 && limitAt + 1 < args.size()) {
            std::signal(SIGXFSZ, SIG_IGN); // get EFBIG from write() instead of dying
            const rlim_t bytes = args.at(limitAt + 1).toULongLong();
            const rlimit limit{bytes, bytes};
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (args.size() >= 5 && !args.at(4).startsWith(QLatin1String("--")))
            count = args.at(4).toLong();
        return write(args.at(2), args.at(3), count);
    }
    std::fprintf(stderr, "usage: helpline-store-probe create DIR | write DIR ACCOUNT [COUNT] "
                         "[--max-file-size BYTES]\n");
    return 64;
}
