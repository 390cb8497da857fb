// The window's own files (configurations, exports, screenshots, a run's settings, a followed log)
// go through the engine's one reader and one writer (unroll/files.h), so a device, a FIFO, a
// folder or a full disk at a path the person chose is met as the CLI meets it: refused with a
// message, never blocked on, never replaced.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

#include "unroll/message.h"

namespace unroll {

// Writes `bytes` at `path` atomically. Returns "" when saved, else what went wrong.
QString saveBytes(const QString& path, const QByteArray& bytes);

// `image` in the format the path's suffix names (PNG when it names none Qt knows).
QString saveImage(const QImage& image, const QString& path);

// For a file only a Qt writer can make (a PDF): `write` makes it in a private temporary folder,
// then it is put at `path` through saveBytes.
QString saveMadeFile(const QString& path,
                     const std::function<bool(const QString& temporary)>& write);

// The whole file, refused past `max_bytes`; nullopt with *error saying why.
std::optional<QByteArray> loadBytes(const QString& path, const Message& what,
                                    std::uint64_t max_bytes, QString* error);

}  // namespace unroll
