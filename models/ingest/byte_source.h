#pragma once

#include "models/core/result.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace lagebild::ingest {

/// A forward-only stream of bytes from a file, transparently gunzipped when the file starts with
/// the gzip magic. Readers pull fixed-size chunks from it, so memory stays bounded whatever the
/// file size. Not thread-safe; one reader owns it.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    /// Reads up to `n` bytes; 0 means end of input.
    virtual core::Result<std::size_t> read(char* buffer, std::size_t n) = 0;
    /// Compressed bytes consumed so far (for progress against the file size).
    virtual std::int64_t rawPosition() const = 0;
    virtual std::int64_t rawSize() const = 0;
};

/// Opens `path`, detecting gzip by its magic bytes. Error names the file and the reason.
core::Result<std::unique_ptr<ByteSource>> openByteSource(const QString& path);

} // namespace lagebild::ingest
