#include "core/MessageTemplates.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace reissuedesk {
namespace {

const QString ApplicationNumber = QStringLiteral("application_number");

struct SectionRule {
    QString name;
    QStringList allowed;
    QStringList required;
    QString messageName; // for sentences: "a shipped message"
};

QStringList kindVariables(MessageKind kind)
{
    QStringList names{ApplicationNumber, QStringLiteral("applicant_name")};
    switch (kind) {
    case MessageKind::Approved:
        names << QStringLiteral("masked_address") << QStringLiteral("expected_delivery");
        break;
    case MessageKind::Rejected:
        names << QStringLiteral("reasons") << QStringLiteral("reapply");
        break;
    case MessageKind::Shipped:
        names << QStringLiteral("carrier") << QStringLiteral("tracking_number");
        break;
    case MessageKind::SecondReviewPending:
        break;
    }
    return names;
}

// What the body of a message of this kind must carry (the promise to
// the customer); the applicant's name is welcome but optional.
QStringList kindRequired(MessageKind kind)
{
    QStringList names = kindVariables(kind);
    names.removeAll(QStringLiteral("applicant_name"));
    return names;
}

const QList<MessageKind> &allKinds()
{
    static const QList<MessageKind> kinds{MessageKind::Approved, MessageKind::Rejected, MessageKind::Shipped,
                                          MessageKind::SecondReviewPending};
    return kinds;
}

QString channelName(MessageChannel channel)
{
    return channel == MessageChannel::Sms ? QStringLiteral("sms") : QStringLiteral("email");
}

QString fileName(MessageChannel channel, const QString &language)
{
    return QStringLiteral("%1.%2.txt").arg(channelName(channel), language);
}

QList<SectionRule> rulesFor(MessageChannel channel)
{
    QList<SectionRule> rules;
    for (const MessageKind kind : allKinds()) {
        const QString kindName = messageKindName(kind);
        const QString message = QStringLiteral("the %1 message").arg(kindName);
        // No names in an SMS (a lock screen shows it to anyone) and nothing
        // but the number in a subject (it shows in every inbox list).
        if (channel == MessageChannel::Sms) {
            rules.append({kindName, kindRequired(kind), kindRequired(kind), message});
        } else {
            rules.append({kindName + QStringLiteral(".subject"),
                          {ApplicationNumber},
                          {ApplicationNumber},
                          QStringLiteral("an e-mail subject")});
            rules.append({kindName + QStringLiteral(".body"), kindVariables(kind), kindRequired(kind), message});
        }
    }
    rules.append({QStringLiteral("reapply_allowed"), {}, {}, QStringLiteral("the {reapply} text")});
    rules.append({QStringLiteral("reapply_final"), {}, {}, QStringLiteral("the {reapply} text")});
    return rules;
}

QSet<QString> knownVariables()
{
    QSet<QString> names;
    for (const MessageKind kind : allKinds()) {
        const QStringList variables = kindVariables(kind);
        names.unite(QSet<QString>(variables.cbegin(), variables.cend()));
    }
    return names;
}

struct Section {
    QString text;
    QList<int> lineNumbers; // the file's line (1-based) of each of the text's lines
    int headerLine = 0;
};

// Walks a template: literal text to `literal`, each {variable} to `variable`,
// each brace that does not balance to `unbalanced` (and then as literal text,
// so that one slip does not hide the variables after it).
template <typename Literal, typename Variable, typename Unbalanced>
void scan(const QString &text, Literal literal, Variable variable, Unbalanced unbalanced)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'{' || c == u'}') {
            if (i + 1 < text.size() && text.at(i + 1) == c) {
                literal(QString(c));
                i += 2;
                continue;
            }
            if (c == u'}') {
                unbalanced(QStringLiteral("a '}' that closes nothing (write '}}' for a literal brace)"), i);
                literal(QString(c));
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != u'}' && text.at(end) != u'{' && text.at(end) != u'\n')
                ++end;
            if (end >= text.size() || text.at(end) != u'}') {
                unbalanced(QStringLiteral("a '{' that is not closed on its line (write '{{' for a literal brace)"), i);
                literal(QString(c));
                ++i;
                continue;
            }
            variable(text.mid(i + 1, end - i - 1), i);
            i = end + 1;
            continue;
        }
        qsizetype next = i;
        while (next < text.size() && text.at(next) != u'{' && text.at(next) != u'}')
            ++next;
        literal(text.mid(i, next - i));
        i = next;
    }
}

int lineOf(const Section &section, qsizetype offset)
{
    return section.lineNumbers.value(QStringView(section.text).first(offset).count(u'\n'));
}

void checkSection(const QString &file, const SectionRule &rule, const Section &section, QStringList *errors)
{
    const QString where = QStringLiteral("%1 [%2]").arg(file, rule.name);
    if (section.text.isEmpty()) {
        errors->append(QStringLiteral("%1: the text is empty").arg(where));
        return;
    }
    static const QSet<QString> known = knownVariables();
    QSet<QString> used;
    auto at = [&](qsizetype offset) { return QStringLiteral("%1 line %2").arg(where).arg(lineOf(section, offset)); };
    scan(
        section.text, [](const QString &) {},
        [&](const QString &name, qsizetype offset) {
            if (!known.contains(name))
                errors->append(QStringLiteral("%1: unknown variable {%2}").arg(at(offset), name));
            else if (!rule.allowed.contains(name))
                errors->append(
                    QStringLiteral("%1: {%2} is not available in %3").arg(at(offset), name, rule.messageName));
            used.insert(name);
        },
        [&](const QString &problem, qsizetype offset) {
            errors->append(QStringLiteral("%1: unbalanced braces: %2").arg(at(offset), problem));
        });
    for (const QString &name : rule.required) {
        if (!used.contains(name))
            errors->append(QStringLiteral("%1: {%2} is missing; %3 must carry it").arg(where, name, rule.messageName));
    }
}

// Reads "[section]" blocks; comments ('#' lines) go, blank lines around a
// text go, blank lines inside one stay.
QHash<QString, Section> parseSections(const QString &file, const QString &content, QStringList *errors)
{
    static const QRegularExpression header(QStringLiteral("^\\[([^\\]]*)\\]\\s*$"));
    QHash<QString, Section> sections;
    QString current;
    int headerLine = 0;
    QStringList lines;
    QList<int> numbers;
    auto finish = [&] {
        if (current.isEmpty())
            return;
        while (!lines.isEmpty() && lines.constFirst().trimmed().isEmpty()) {
            lines.removeFirst();
            numbers.removeFirst();
        }
        while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty()) {
            lines.removeLast();
            numbers.removeLast();
        }
        if (numbers.isEmpty())
            numbers.append(headerLine);
        sections.insert(current, {lines.join(QLatin1Char('\n')), numbers, headerLine});
    };
    const QStringList all = content.split(QLatin1Char('\n'));
    for (int number = 1; number <= all.size(); ++number) {
        QString line = all.at(number - 1);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch match = header.match(line);
        if (match.hasMatch()) {
            finish();
            current = match.captured(1);
            lines.clear();
            numbers.clear();
            headerLine = number;
            if (sections.contains(current))
                errors->append(QStringLiteral("%1 line %2: [%3] appears twice").arg(file).arg(number).arg(current));
            continue;
        }
        if (current.isEmpty()) {
            if (!line.trimmed().isEmpty())
                errors->append(QStringLiteral("%1 line %2: text before the first [section]").arg(file).arg(number));
            continue;
        }
        lines.append(line);
        numbers.append(number);
    }
    finish();
    return sections;
}

QString key(MessageChannel channel, const QString &language, const QString &section)
{
    return fileName(channel, language) + QLatin1Char('/') + section;
}

QString dateFor(QDate date, const QString &language)
{
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM"));
    return QLocale(QLocale::Chinese, QLocale::China).toString(date, QStringLiteral("M月d日"));
}

} // namespace

QStringList MessageTemplates::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString MessageTemplates::languageFor(const QString &language)
{
    return language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

std::optional<MessageTemplates> MessageTemplates::load(const QString &directory, QStringList *errors)
{
    QStringList found;
    MessageTemplates templates;
    for (const QString &language : languages()) {
        for (const MessageChannel channel : {MessageChannel::Sms, MessageChannel::Email}) {
            const QString name = fileName(channel, language);
            QFile file(directory + QLatin1Char('/') + name);
            if (!file.open(QIODevice::ReadOnly)) {
                found.append(QStringLiteral("%1: cannot be read (%2); every language needs its SMS and e-mail "
                                            "templates")
                                 .arg(name, file.errorString()));
                continue;
            }
            const QHash<QString, Section> sections = parseSections(name, QString::fromUtf8(file.readAll()), &found);
            const QList<SectionRule> rules = rulesFor(channel);
            QSet<QString> expected;
            for (const SectionRule &rule : rules) {
                expected.insert(rule.name);
                const auto section = sections.constFind(rule.name);
                if (section == sections.cend()) {
                    found.append(
                        QStringLiteral("%1: [%2] is missing; %3 needs it").arg(name, rule.name, rule.messageName));
                    continue;
                }
                checkSection(name, rule, *section, &found);
                templates.m_texts.insert(key(channel, language, rule.name), section->text);
            }
            for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
                if (!expected.contains(it.key()))
                    found.append(QStringLiteral("%1 line %2: [%3] is not a message this program sends")
                                     .arg(name)
                                     .arg(it->headerLine)
                                     .arg(it.key()));
            }
        }
    }
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return templates;
}

const MessageTemplates &MessageTemplates::builtIn()
{
    static const MessageTemplates templates = [] {
        QStringList errors;
        std::optional<MessageTemplates> loaded = load(QStringLiteral(":/templates"), &errors);
        if (!loaded)
            qFatal("The built-in customer message templates do not load: %s",
                   qUtf8Printable(errors.join(QStringLiteral("; "))));
        return *std::move(loaded);
    }();
    return templates;
}

QString MessageTemplates::render(const QString &templateKey, const MessageValues &values) const
{
    const QString text = m_texts.value(templateKey);
    QString out;
    out.reserve(text.size() * 2);
    scan(
        text, [&](const QString &literal) { out.append(literal); },
        [&](const QString &name, qsizetype) { out.append(values.value(name)); }, [](const QString &, qsizetype) {});
    return out;
}

QString MessageTemplates::sms(MessageKind kind, const QString &language, const MessageValues &values) const
{
    return render(key(MessageChannel::Sms, languageFor(language), messageKindName(kind)), values);
}

QString MessageTemplates::emailSubject(MessageKind kind, const QString &language, const MessageValues &values) const
{
    return render(key(MessageChannel::Email, languageFor(language), messageKindName(kind) + QStringLiteral(".subject")),
                  values);
}

QString MessageTemplates::emailBody(MessageKind kind, const QString &language, const MessageValues &values) const
{
    return render(key(MessageChannel::Email, languageFor(language), messageKindName(kind) + QStringLiteral(".body")),
                  values) +
           QLatin1Char('\n');
}

QString MessageTemplates::reapply(MessageChannel channel, const QString &language, bool resubmissionAllowed) const
{
    return render(key(channel, languageFor(language),
                      resubmissionAllowed ? QStringLiteral("reapply_allowed") : QStringLiteral("reapply_final")),
                  {});
}

QString MessageTemplates::expectedDeliveryText(QDate date, const QString &language)
{
    return dateFor(date, languageFor(language));
}

} // namespace reissuedesk
