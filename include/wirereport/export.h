/* Symbol visibility for the wirereport library. The library is compiled with
 * hidden visibility; only declarations marked WIREREPORT_API are exported. */
#ifndef WIREREPORT_EXPORT_H
#define WIREREPORT_EXPORT_H

#if defined(WIREREPORT_STATIC_DEFINE)
#define WIREREPORT_API
#elif defined(_WIN32)
#if defined(WIREREPORT_BUILDING)
#define WIREREPORT_API __declspec(dllexport)
#else
#define WIREREPORT_API __declspec(dllimport)
#endif
#else
#define WIREREPORT_API __attribute__((visibility("default")))
#endif

#endif /* WIREREPORT_EXPORT_H */
