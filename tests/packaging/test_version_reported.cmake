# `reissuedesk-admin --version` and `reissuedesk --version` print the version
# CMake computed at configure time (the GUI's About box shows the same
# QCoreApplication::applicationVersion()). The GUI's line starts with the
# application name, as QCommandLineParser::addVersionOption prints it.
foreach(pair IN ITEMS "${ADMIN}|reissuedesk-admin" "${GUI}|ReissueDesk")
    string(REPLACE "|" ";" pair "${pair}")
    list(GET pair 0 program)
    list(GET pair 1 name)
    execute_process(COMMAND "${program}" --version OUTPUT_VARIABLE printed OUTPUT_STRIP_TRAILING_WHITESPACE
                    RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${program} --version exited with ${status}")
    endif()
    if(NOT printed STREQUAL "${name} ${EXPECTED}")
        message(FATAL_ERROR "${program} --version printed \"${printed}\", expected \"${name} ${EXPECTED}\"")
    endif()
    message(STATUS "${printed}")
endforeach()
