#pragma once
// Opens the database for the GUI: connect, bring the schema up to date, and on
// any failure show ConnectionDialog with the reason until it works or the user
// gives up. The password typed there lives only in this process's memory.

#include "storage/Database.h"

#include <memory>

class QWidget;

namespace reissuedesk {

class DatabaseConnector {
public:
    // nullptr: the user cancelled.
    static std::unique_ptr<Database> connect(const QString &urlFromCommandLine, QWidget *parent = nullptr);
};

} // namespace reissuedesk
