#include "files/user_files.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QTemporaryDir>

#include "text/engine_text.h"
#include "unroll/files.h"

namespace unroll {

QString saveBytes(const QString& path, const QByteArray& bytes) {
    try {
        writeFile(path.toStdString(), std::string_view(bytes.constData(), size_t(bytes.size())));
        return {};
    } catch (const FileError& e) {
        return engineText(e);
    }
}

QString saveImage(const QImage& image, const QString& path) {
    QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    if (!QImageWriter::supportedImageFormats().contains(format))
        format = "png";
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format.constData()))
        return QCoreApplication::translate("unroll", "the image could not be encoded as %1")
            .arg(QString::fromLatin1(format));
    return saveBytes(path, bytes);
}

QString saveMadeFile(const QString& path,
                     const std::function<bool(const QString& temporary)>& write) {
    QTemporaryDir folder;
    const QString temporary = folder.filePath(QFileInfo(path).fileName());
    if (!folder.isValid() || !write(temporary))
        return QCoreApplication::translate("unroll", "the file could not be made");
    QString error;
    const std::optional<QByteArray> bytes =
        loadBytes(temporary, Message(UNROLL_TEXT("file")), std::uint64_t(1) << 31, &error);
    return bytes ? saveBytes(path, *bytes) : error;
}

std::optional<QByteArray> loadBytes(const QString& path, const Message& what,
                                    std::uint64_t max_bytes, QString* error) {
    try {
        ReadLimits limits;
        limits.what = what;
        limits.max_bytes = max_bytes;
        return QByteArray::fromStdString(readFile(path.toStdString(), limits));
    } catch (const FileError& e) {
        if (error)
            *error = engineText(e);
        return std::nullopt;
    }
}

}  // namespace unroll
