# `cmake --install`: the headers, the library, a CMake package (wirereport::wirereport, with a
# version file) and a pkg-config file. The build tree is a CMake package too
# (wirereport_DIR=<build>). Included from the top-level CMakeLists.txt when WIREREPORT_INSTALL is on.
include(CMakePackageConfigHelpers)

set(WIREREPORT_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/wirereport"
    CACHE STRING "Where the CMake package files are installed, relative to the prefix")
set(WIREREPORT_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
    CACHE STRING "Where wirereport.pc is installed, relative to the prefix")

install(TARGETS wirereport EXPORT wirereport-targets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
        INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/wirereport" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")

# A static library brings its private dependencies (ICU, utf8proc) into the consumer's link:
# the package config then finds them; a shared library needs nothing.
get_target_property(_wr_type wirereport TYPE)
if(_wr_type STREQUAL "STATIC_LIBRARY")
  set(WIREREPORT_STATIC ON)
  set(WIREREPORT_PC_CFLAGS " -DWIREREPORT_STATIC_DEFINE")
else()
  set(WIREREPORT_STATIC OFF)
  set(WIREREPORT_PC_CFLAGS "")
endif()

install(EXPORT wirereport-targets NAMESPACE wirereport:: FILE wirereport-targets.cmake
        DESTINATION "${WIREREPORT_INSTALL_CMAKEDIR}")
export(EXPORT wirereport-targets NAMESPACE wirereport:: FILE "${PROJECT_BINARY_DIR}/wirereport-targets.cmake")

configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/wirereport-config.cmake.in"
                              "${PROJECT_BINARY_DIR}/wirereport-config.cmake"
                              INSTALL_DESTINATION "${WIREREPORT_INSTALL_CMAKEDIR}")
# Before 1.0 a minor version may change the API; from 1.0 on, the major version says so.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(_wr_compatibility SameMinorVersion)
else()
  set(_wr_compatibility SameMajorVersion)
endif()
write_basic_package_version_file("${PROJECT_BINARY_DIR}/wirereport-config-version.cmake"
                                 COMPATIBILITY ${_wr_compatibility})
install(FILES "${PROJECT_BINARY_DIR}/wirereport-config.cmake" "${PROJECT_BINARY_DIR}/wirereport-config-version.cmake"
        DESTINATION "${WIREREPORT_INSTALL_CMAKEDIR}")

# pkg-config: paths relative to the file's own folder, so the prefix can be chosen at install
# time (cmake --install --prefix) or moved afterwards.
foreach(_wr_dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${_wr_dir}}")
    set(WIREREPORT_PC_${_wr_dir} "${CMAKE_INSTALL_${_wr_dir}}")
  else()
    set(WIREREPORT_PC_${_wr_dir} "\${prefix}/${CMAKE_INSTALL_${_wr_dir}}")
  endif()
endforeach()
if(IS_ABSOLUTE "${WIREREPORT_INSTALL_PKGCONFIGDIR}")
  set(WIREREPORT_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _wr_up "/root/${WIREREPORT_INSTALL_PKGCONFIGDIR}" "/root")
  string(REGEX REPLACE "/$" "" _wr_up "${_wr_up}")
  set(WIREREPORT_PC_PREFIX "\${pcfiledir}/${_wr_up}")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/wirereport.pc.in" "${PROJECT_BINARY_DIR}/wirereport.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/wirereport.pc" DESTINATION "${WIREREPORT_INSTALL_PKGCONFIGDIR}")
