#pragma once
// Internal to reissuedesk_imaging: opening a PDF from memory with Qt PDF, for
// PdfRendering, which runs in the PDF worker process only (PdfSandbox).
//
// QPdfDocument reads from the QIODevice for as long as it lives, so the buffer is
// owned next to it and declared first (destroyed last). A QBuffer is not
// sequential, so QPdfDocument::load() parses synchronously on the calling thread
// without an event loop; pdfium calls are serialised by Qt PDF's global mutex.

#include "imaging/PdfPageTree.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QString>

#include <memory>

namespace reissuedesk::detail {

class OpenedPdf {
public:
    explicit OpenedPdf(const QByteArray &bytes)
    {
        m_error = pdfPageTreeProblem(bytes);
        if (!m_error.isEmpty())
            return;
        m_buffer.setData(bytes);
        m_buffer.open(QIODevice::ReadOnly);
        m_document.load(&m_buffer);
        if (m_document.status() != QPdfDocument::Status::Ready) {
            m_error = describe(m_document.error());
        } else if (m_document.pageCount() <= 0) {
            m_error = QStringLiteral("the PDF is damaged (it has no pages)");
        }
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QPdfDocument &document() { return m_document; }

    static QString describe(QPdfDocument::Error error)
    {
        switch (error) {
        case QPdfDocument::Error::IncorrectPassword:
            return QStringLiteral("the PDF is password-protected");
        case QPdfDocument::Error::UnsupportedSecurityScheme:
            return QStringLiteral("the PDF is encrypted with a scheme Qt PDF does not support");
        default:
            return QStringLiteral("the PDF is damaged");
        }
    }

private:
    QBuffer m_buffer; // must outlive m_document
    QPdfDocument m_document;
    QString m_error;
};

} // namespace reissuedesk::detail
