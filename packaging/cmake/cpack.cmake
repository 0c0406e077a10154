# Debian package of the lagebild executable (cpack -G DEB in the build folder).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lagebild)
set(CPACK_PACKAGE_VENDOR "Lagebild project")
set(CPACK_PACKAGE_CONTACT "Lagebild maintainers <lagebild@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Situation picture for SOC analysts")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
# Plugins, fonts and dlopened libraries are invisible to dpkg-shlibdeps (TOOLCHAIN §4.8): qtkeychain
# loads libsecret at run time for the OS keychain that holds feed secrets.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, fonts-dejavu-core, libsecret-1-0")
include(CPack)
