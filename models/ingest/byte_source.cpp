#include "models/ingest/byte_source.h"

#include <QCoreApplication>
#include <QFile>

#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace lagebild::ingest {

namespace {

class PlainSource final : public ByteSource {
public:
    PlainSource(std::FILE* f, std::int64_t size) : m_file(f), m_size(size) {}
    ~PlainSource() override { std::fclose(m_file); }

    core::Result<std::size_t> read(char* buffer, std::size_t n) override {
        const std::size_t got = std::fread(buffer, 1, n, m_file);
        if (got == 0 && std::ferror(m_file))
            return core::Error::make(
                core::ErrorCode::Io,
                QCoreApplication::translate("ByteSource", "Read error: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        m_pos += static_cast<std::int64_t>(got);
        return got;
    }
    std::int64_t rawPosition() const override { return m_pos; }
    std::int64_t rawSize() const override { return m_size; }

private:
    std::FILE* m_file;
    std::int64_t m_size;
    std::int64_t m_pos = 0;
};

class GzipSource final : public ByteSource {
public:
    GzipSource(gzFile f, std::int64_t size) : m_file(f), m_size(size) {}
    ~GzipSource() override { gzclose(m_file); }

    core::Result<std::size_t> read(char* buffer, std::size_t n) override {
        const int got = gzread(m_file, buffer, static_cast<unsigned>(std::min<std::size_t>(n, 1u << 30)));
        if (got < 0) {
            int err = 0;
            const char* msg = gzerror(m_file, &err);
            return core::Error::make(
                core::ErrorCode::Parse,
                QCoreApplication::translate("ByteSource", "Damaged gzip data: %1").arg(QString::fromUtf8(msg)));
        }
        return static_cast<std::size_t>(got);
    }
    std::int64_t rawPosition() const override { return gzoffset(m_file); }
    std::int64_t rawSize() const override { return m_size; }

private:
    gzFile m_file;
    std::int64_t m_size;
};

} // namespace

core::Result<std::unique_ptr<ByteSource>> openByteSource(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    std::FILE* f = std::fopen(native.constData(), "rb");
    if (!f)
        return core::Error::make(core::ErrorCode::Io, QCoreApplication::translate("ByteSource", "Cannot open %1: %2")
                                                          .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    std::fseek(f, 0, SEEK_END);
    const std::int64_t size = std::ftell(f);
    std::fseek(f, 0, SEEK_SET);
    unsigned char magic[2] = {0, 0};
    const std::size_t n = std::fread(magic, 1, 2, f);
    std::fseek(f, 0, SEEK_SET);
    if (n == 2 && magic[0] == 0x1f && magic[1] == 0x8b) {
        std::fclose(f);
        gzFile gz = gzopen(native.constData(), "rb");
        if (!gz)
            return core::Error::make(core::ErrorCode::Io,
                                     QCoreApplication::translate("ByteSource", "Cannot open %1 as gzip.").arg(path));
        gzbuffer(gz, 256 * 1024);
        return std::unique_ptr<ByteSource>(new GzipSource(gz, size));
    }
    return std::unique_ptr<ByteSource>(new PlainSource(f, size));
}

} // namespace lagebild::ingest
