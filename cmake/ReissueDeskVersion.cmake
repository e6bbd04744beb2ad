# The version every executable, the About box and the .deb show, decided once
# at configure time:
#   1. -DREISSUEDESK_VERSION=... on the cmake command line (a release build
#      from a source tarball, or a distribution's own numbering);
#   2. `git describe --tags --always --dirty` of this checkout, rewritten into a
#      Debian-compatible string: tag v1.2.0 -> 1.2.0, three commits after it ->
#      1.2.0+3.g1a2b3c4, no tag yet -> PROJECT_VERSION+git.1a2b3c4, uncommitted
#      changes -> ....dirty (dpkg wants a leading digit; a bare hash may not have one);
#   3. the file VERSION at the top of the source tree (written into a tarball);
#   4. PROJECT_VERSION.
# Only the generated Version.cpp depends on the result, so a new commit
# recompiles one file, not the whole tree.

# git describe's answer as a Debian version; empty when it is not one of the
# shapes below (tests/packaging/test_version.cmake runs the cases).
function(reissuedesk_debian_version described project_version out_var)
    set(dirty "")
    if(described MATCHES "-dirty$")
        set(dirty ".dirty")
        string(REGEX REPLACE "-dirty$" "" described "${described}")
    endif()
    if(described MATCHES "^v([0-9][0-9A-Za-z.~]*)-([0-9]+)-g([0-9a-f]+)$")
        set(version "${CMAKE_MATCH_1}+${CMAKE_MATCH_2}.g${CMAKE_MATCH_3}")
    elseif(described MATCHES "^v([0-9][0-9A-Za-z.~]*)$")
        set(version "${CMAKE_MATCH_1}")
    elseif(described MATCHES "^[0-9a-f]+$")
        set(version "${project_version}+git.${described}")
    else()
        set(${out_var} "" PARENT_SCOPE)
        return()
    endif()
    set(${out_var} "${version}${dirty}" PARENT_SCOPE)
endfunction()

function(reissuedesk_version_from_git out_var)
    set(${out_var} "" PARENT_SCOPE)
    find_package(Git QUIET)
    if(NOT GIT_FOUND)
        return()
    endif()
    execute_process(
        COMMAND ${GIT_EXECUTABLE} describe --tags --always --dirty --match "v[0-9]*"
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
        OUTPUT_VARIABLE described OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE status ERROR_QUIET)
    if(NOT status EQUAL 0 OR described STREQUAL "")
        return()
    endif()
    reissuedesk_debian_version("${described}" "${PROJECT_VERSION}" version)
    set(${out_var} "${version}" PARENT_SCOPE)
    if(NOT version)
        return()
    endif()

    # Configure again when HEAD moves (a commit, a checkout), so the version
    # does not go stale in a build tree that lives across commits.
    execute_process(
        COMMAND ${GIT_EXECUTABLE} rev-parse --absolute-git-dir
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
        OUTPUT_VARIABLE git_dir OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE status ERROR_QUIET)
    if(status EQUAL 0)
        foreach(watched HEAD logs/HEAD)
            if(EXISTS "${git_dir}/${watched}")
                set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                                                                        "${git_dir}/${watched}")
            endif()
        endforeach()
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE)
    return() # tests/packaging/test_version.cmake includes this for its functions
endif()

set(REISSUEDESK_VERSION "" CACHE STRING "Override the version (default: from git describe)")

if(REISSUEDESK_VERSION)
    set(REISSUEDESK_FULL_VERSION "${REISSUEDESK_VERSION}")
else()
    reissuedesk_version_from_git(REISSUEDESK_FULL_VERSION)
    if(NOT REISSUEDESK_FULL_VERSION AND EXISTS "${CMAKE_SOURCE_DIR}/VERSION")
        file(STRINGS "${CMAKE_SOURCE_DIR}/VERSION" REISSUEDESK_FULL_VERSION LIMIT_COUNT 1)
        set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                                                                "${CMAKE_SOURCE_DIR}/VERSION")
    endif()
    if(NOT REISSUEDESK_FULL_VERSION)
        set(REISSUEDESK_FULL_VERSION "${PROJECT_VERSION}")
    endif()
endif()
if(NOT REISSUEDESK_FULL_VERSION MATCHES "^[0-9][0-9A-Za-z.+~-]*$")
    message(FATAL_ERROR "Version \"${REISSUEDESK_FULL_VERSION}\" is not a Debian version (a digit first, then "
                        "letters, digits and . + ~ -)")
endif()
message(STATUS "ReissueDesk version: ${REISSUEDESK_FULL_VERSION}")
