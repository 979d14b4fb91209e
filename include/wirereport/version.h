/* wirereport version macros, shared by the C and C++ headers.
 * CMake reads the project version from this file: it is the single source. */
#ifndef WIREREPORT_VERSION_H
#define WIREREPORT_VERSION_H

#define WR_VERSION_MAJOR 0
#define WR_VERSION_MINOR 1
#define WR_VERSION_PATCH 0
#define WR_VERSION_STRING "0.1.0"

/* The C ABI version: bumped when a C declaration changes incompatibly (a struct the library
 * fills grows, a function changes its parameters); new functions and enumeration values do not
 * bump it. It is also the shared library's SOVERSION, kept apart from the project version.
 *   1  the first C ABI
 *   2  wr_quote grew speaker_mention and speaker_key, wr_entity zone and country */
#define WR_ABI_VERSION 2

#endif /* WIREREPORT_VERSION_H */
