#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QStringList translations;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                current = Message{context, {}, {}, {}, false};
            else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("extracomment"))
                current.comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                current.unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// Suicide-screening questions need clinically validated wording: they may stay untranslated.
bool mayStayUntranslated(const Message &m)
{
    return m.comment.contains(QLatin1String("Validated translation only")) ||
           m.comment.contains(QLatin1String("Official Columbia translation only"));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

TEST_CASE("the Azerbaijani and Russian translations are complete", "[i18n]")
{
    for (const char *language : {"az", "ru"}) {
        const QList<Message> messages = readTs(helpline::test::sourcePath(
            QStringLiteral("translations/helpline_%1.ts").arg(QLatin1String(language))));
        INFO(language);
        REQUIRE(messages.size() > 100);
        for (const Message &m : messages) {
            INFO(m.context.toStdString() << ": " << m.source.toStdString());
            if (mayStayUntranslated(m))
                continue;
            CHECK_FALSE(m.unfinished);
            CHECK_FALSE(m.translations.join(QString()).trimmed().isEmpty());
            CHECK(placeholders(m.translations.join(QString())) == placeholders(m.source));
        }
    }
}
