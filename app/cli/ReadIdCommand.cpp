#include "cli/ReadIdCommand.h"

#include "imaging/IdCardReader.h"

#include <QFile>

namespace reissuedesk::cli {

namespace {

QString orDash(const IdCardField &field)
{
    return field.isRead() ? field.text : QStringLiteral("-");
}

} // namespace

void ReadIdCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Photos or scans of ID cards (front or back)."),
                                 QStringLiteral("FILE..."));
}

int ReadIdCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        out.error(tr("read-id needs at least one file"));
        return 2;
    }
    int failures = 0;
    for (const QString &path : files) {
        QFile file(path);
        IdCardReading reading;
        if (!file.open(QIODevice::ReadOnly))
            reading.error = tr("cannot read the file: %1").arg(file.errorString());
        else
            reading = IdCardReader::read(file.readAll());
        if (!reading.error.isEmpty())
            ++failures;
        QJsonObject record = reading.toJson();
        record.insert(QStringLiteral("file"), path);
        QString text;
        if (!reading.error.isEmpty()) {
            text = tr("%1: FAILED: %2").arg(path, reading.error);
        } else if (reading.side == IdCardSide::Back) {
            text =
                tr("%1: back, authority %2, valid %3 to %4, confidence %5, %6 ms")
                    .arg(path, orDash(reading.issuingAuthority), orDash(reading.validFrom), orDash(reading.validUntil))
                    .arg(reading.confidence, 0, 'f', 2)
                    .arg(reading.milliseconds);
        } else if (reading.side == IdCardSide::Front) {
            text = tr("%1: front, number %2, name %3, sex %4, born %5, confidence %6, %7 ms")
                       .arg(path, orDash(reading.idNumber), orDash(reading.name), orDash(reading.sex),
                            orDash(reading.birthDate))
                       .arg(reading.confidence, 0, 'f', 2)
                       .arg(reading.milliseconds);
        } else {
            text = tr("%1: no ID card found, %2 ms").arg(path).arg(reading.milliseconds);
        }
        out.record(record, text);
    }
    return failures > 0 ? 1 : 0;
}

} // namespace reissuedesk::cli
