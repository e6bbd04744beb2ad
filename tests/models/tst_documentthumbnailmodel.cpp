// DocumentThumbnailModel under QAbstractItemModelTester: rows per document in
// the order given, each role's value, states as results arrive (loading, ok,
// failed, damaged, changed), dataChanged for exactly the row that changed, and
// a failed full-resolution load that does not undo a thumbnail already shown.

#include "models/DocumentLoader.h"
#include "models/DocumentThumbnailModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace reissuedesk;

namespace {

Document document(qint64 id, DocumentKind kind)
{
    Document d;
    d.id = id;
    d.kind = kind;
    d.url = QStringLiteral("file:///documents/%1.jpg").arg(id);
    d.mediaType = QStringLiteral("image/jpeg");
    d.sizeBytes = 2048;
    return d;
}

LoadedDocument picture(const Document &d, QSize size)
{
    LoadedDocument result;
    result.document = d;
    result.image = QImage(size, QImage::Format_RGB32);
    result.image.fill(Qt::darkBlue);
    result.fullSize = size;
    result.pageCount = 1;
    result.facts.sizeBytes = d.sizeBytes;
    result.facts.sha256 = QString(64, QLatin1Char('c'));
    return result;
}

} // namespace

class TestDocumentThumbnailModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsRolesAndStates()
    {
        DocumentThumbnailModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Document front = document(11, DocumentKind::IdFront);
        const Document back = document(12, DocumentKind::IdBack);
        const Document voucher = document(13, DocumentKind::PurchaseProof);
        model.setDocuments({front, back, voucher}, {QStringLiteral("ID front"), QStringLiteral("ID back")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("ID front"));
        QCOMPARE(model.index(1).data(DocumentThumbnailModel::CaptionRole).toString(), QStringLiteral("ID back"));
        QCOMPARE(model.index(2).data(DocumentThumbnailModel::CaptionRole).toString(),
                 toKey(DocumentKind::PurchaseProof));
        QCOMPARE(model.index(1).data(DocumentThumbnailModel::KindRole).toInt(), int(DocumentKind::IdBack));
        QCOMPARE(model.index(2).data(DocumentThumbnailModel::DocumentIdRole).toLongLong(), 13);
        QCOMPARE(model.index(2).data(DocumentThumbnailModel::MediaTypeRole).toString(), QStringLiteral("image/jpeg"));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model.index(row).data(DocumentThumbnailModel::StateRole).toString(), QStringLiteral("loading"));
        QVERIFY(model.index(0).data(DocumentThumbnailModel::ThumbnailRole).value<QImage>().isNull());
        QCOMPARE(model.roleNames().value(DocumentThumbnailModel::ThumbnailRole), QByteArray("thumbnail"));
        QCOMPARE(model.rowOfDocument(12), 1);
        QCOMPARE(model.rowOfDocument(99), -1);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.absorb(0, picture(front, QSize(1600, 1000)), QSize(160, 112));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(0));
        QCOMPARE(model.index(0).data(DocumentThumbnailModel::StateRole).toString(), QStringLiteral("ok"));
        QCOMPARE(model.index(0).data(DocumentThumbnailModel::ThumbnailRole).value<QImage>().size(), QSize(160, 100));
        QVERIFY(model.entry(0).hasFacts);

        // A full-resolution failure after the preview showed: still ok.
        LoadedDocument failedFull;
        failedFull.document = front;
        failedFull.error = QStringLiteral("the document server answered 503");
        model.absorb(0, failedFull, QSize(160, 112));
        QCOMPARE(model.index(0).data(DocumentThumbnailModel::StateRole).toString(), QStringLiteral("ok"));

        LoadedDocument empty;
        empty.document = back;
        empty.error = QStringLiteral("the file is empty");
        model.absorb(1, empty, QSize(160, 112));
        QCOMPARE(model.index(1).data(DocumentThumbnailModel::StateRole).toString(), QStringLiteral("failed"));
        QCOMPARE(model.index(1).data(DocumentThumbnailModel::ErrorRole).toString(),
                 QStringLiteral("the file is empty"));
        QVERIFY(model.index(1)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("Cannot be shown: the file is empty")));

        LoadedDocument changedOnStore = picture(voucher, QSize(100, 80));
        changedOnStore.shaMismatch = true;
        model.absorb(2, changedOnStore, QSize(160, 112));
        QCOMPARE(model.index(2).data(DocumentThumbnailModel::StateRole).toString(), QStringLiteral("changed"));
        QCOMPARE(model.index(2).data(DocumentThumbnailModel::ThumbnailRole).value<QImage>().size(), QSize(100, 80));

        model.setThumbnailRequest(2, 42);
        QCOMPARE(model.rowOfRequest(42), 2);
        QCOMPARE(model.rowOfRequest(0), -1);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void damagedAndUnloadable()
    {
        DocumentThumbnailModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Document truncated = document(21, DocumentKind::Other);
        model.setDocuments({truncated, document(22, DocumentKind::Other)}, {});
        LoadedDocument partial = picture(truncated, QSize(100, 60));
        partial.partial = true;
        partial.error = QStringLiteral("the image is truncated");
        model.absorb(0, partial, QSize(160, 112));
        QCOMPARE(model.index(0).data(DocumentThumbnailModel::StateRole).toString(), QStringLiteral("damaged"));
        model.markFailed(1, QStringLiteral("no loader"));
        QCOMPARE(model.index(1).data(DocumentThumbnailModel::StateRole).toString(), QStringLiteral("failed"));
        // Out-of-range rows are ignored.
        model.absorb(5, partial, QSize(160, 112));
        model.markFailed(-1, QStringLiteral("x"));
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TestDocumentThumbnailModel)
#include "tst_documentthumbnailmodel.moc"
