# How git describe's answers become versions (cmake/ReissueDeskVersion.cmake).
# Run by ctest as packaging_version_rewrite:  cmake -P test_version.cmake
include(${CMAKE_CURRENT_LIST_DIR}/../../cmake/ReissueDeskVersion.cmake)

function(expect described expected)
    reissuedesk_debian_version("${described}" "0.1.0" actual)
    if(NOT actual STREQUAL expected)
        message(SEND_ERROR "\"${described}\" became \"${actual}\", expected \"${expected}\"")
    endif()
endfunction()

expect("v1.2.0" "1.2.0")
expect("v1.2.0-dirty" "1.2.0.dirty")
expect("v1.2.0-3-g1a2b3c4" "1.2.0+3.g1a2b3c4")
expect("v1.2.0-3-g1a2b3c4-dirty" "1.2.0+3.g1a2b3c4.dirty")
expect("v2.0~rc1-12-gdeadbee" "2.0~rc1+12.gdeadbee")
# No tag yet: --always gives the abbreviated hash, which may start with a letter.
expect("e209093" "0.1.0+git.e209093")
expect("abc1234-dirty" "0.1.0+git.abc1234.dirty")
# Not ours: a tag that is not a version, so the caller falls back.
expect("release-candidate" "")
expect("vnext-1-gabc1234" "")
