#include "imaging/PdfRendering.h"

#include "imaging/DocumentDecoder.h"
#include "imaging/PdfSupport.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace reissuedesk::detail {
namespace {

QSize fitF(QSizeF size, QSize target)
{
    const QSizeF fitted = size.scaled(QSizeF(target), Qt::KeepAspectRatio);
    return QSize(std::max(1, qRound(fitted.width())), std::max(1, qRound(fitted.height())));
}

PdfFacts factsOf(OpenedPdf &pdf)
{
    PdfFacts facts;
    if (!pdf.ok()) {
        facts.error = pdf.error();
        return facts;
    }
    QPdfDocument &document = pdf.document();
    facts.pageCount = document.pageCount();
    facts.firstPageSizePoints = document.pagePointSize(0);
    facts.creator = document.metaData(QPdfDocument::MetaDataField::Creator).toString().trimmed();
    facts.producer = document.metaData(QPdfDocument::MetaDataField::Producer).toString().trimmed();
    facts.createdAt = document.metaData(QPdfDocument::MetaDataField::CreationDate).toDateTime();
    return facts;
}

} // namespace

PdfPageResult renderPdfPage(const PdfPageRequest &request)
{
    PdfPageResult result;
    OpenedPdf pdf(request.bytes);
    result.facts = factsOf(pdf);
    if (!pdf.ok()) {
        result.error = pdf.error();
        return result;
    }
    QPdfDocument &document = pdf.document();
    const int pageCount = result.facts.pageCount;
    if (request.page < 0 || request.page >= pageCount) {
        result.error = QCoreApplication::translate("DocumentDecoder", "the PDF has %1 page(s); page %2 does not exist")
                           .arg(pageCount)
                           .arg(request.page + 1);
        return result;
    }

    const QSizeF points = document.pagePointSize(request.page);
    if (!points.isValid() || points.isEmpty() || !std::isfinite(points.width()) || !std::isfinite(points.height())) {
        result.error = QCoreApplication::translate("DocumentDecoder", "the PDF is damaged (page %1 has no size)")
                           .arg(request.page + 1);
        return result;
    }
    // Sizes up to 14400 pt (200 in, PDF's own limit) and down to 1 pt are legal;
    // the pixel budget below keeps a huge page from becoming a huge image.
    const double scale = DocumentDecoder::PdfFullResolutionDpi / 72.0;
    const QSize full(std::max(1, qRound(std::min(points.width() * scale, 1e6))),
                     std::max(1, qRound(std::min(points.height() * scale, 1e6))));
    result.fullSize = full;
    const QSize renderSize =
        request.targetSize.isValid() && !request.targetSize.isEmpty() ? fitF(points, request.targetSize) : full;
    if (qint64(renderSize.width()) * renderSize.height() > request.maxPixels) {
        result.error = DocumentDecoder::pixelBudgetSentence(
            QCoreApplication::translate("DocumentDecoder", "the PDF page would render at"), renderSize,
            request.maxPixels);
        return result;
    }
    result.scaledDown = qint64(renderSize.width()) * renderSize.height() < qint64(full.width()) * full.height();

    QPdfDocumentRenderOptions options;
    options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations); // stamps, signatures
    const QImage page = document.render(request.page, renderSize, options);
    if (page.isNull()) {
        result.error = QCoreApplication::translate("DocumentDecoder", "page %1 of the PDF could not be rendered")
                           .arg(request.page + 1);
        return result;
    }
    // Pages render on a transparent background; a dark viewer must still show paper.
    QImage paper(page.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    {
        QPainter painter(&paper);
        painter.drawImage(0, 0, page);
    }
    result.image = std::move(paper);
    return result;
}

PdfFacts readPdfFacts(const QByteArray &bytes)
{
    OpenedPdf pdf(bytes);
    return factsOf(pdf);
}

} // namespace reissuedesk::detail
