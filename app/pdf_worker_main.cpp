// reissuedesk-pdf-worker: opens one PDF for imaging/PdfSandbox (see
// imaging/PdfWorker.h). Started for every PDF the desk shows, so it does as
// little as it can: a QCoreApplication, the caller's language (LC_ALL, set by
// PdfSandbox) from the admin tool's embedded translation, which carries every
// imaging sentence, and Qt PDF.

#include "cli/AdminLanguage.h"
#include "imaging/PdfWorker.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication worker(argc, argv);
    reissuedesk::cli::installAdminTranslations(worker);
    return reissuedesk::runPdfWorker(QCoreApplication::arguments());
}
