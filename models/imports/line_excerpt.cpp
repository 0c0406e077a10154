#include "models/imports/line_excerpt.h"

#include "models/ingest/byte_source.h"

#include <QRegularExpression>

#include <string>

namespace lagebild::imports {

core::Result<std::vector<ExcerptLine>> lineExcerpt(const QString& path, int line, int context) {
    std::vector<ExcerptLine> out;
    if (line < 1)
        return out;
    auto source = ingest::openByteSource(path);
    if (!source)
        return source.error();
    const int first = std::max(1, line - context);
    const int last = line + context;
    int number = 1;
    std::string current;
    bool cut = false;
    auto finish = [&] {
        if (number >= first) {
            QString text = QString::fromUtf8(current);
            if (cut)
                text += QStringLiteral("…");
            out.push_back({number, text});
        }
        current.clear();
        cut = false;
        ++number;
    };
    char buffer[64 * 1024];
    for (;;) {
        auto n = source.value()->read(buffer, sizeof buffer);
        if (!n)
            return n.error();
        if (n.value() == 0)
            break;
        for (std::size_t i = 0; i < n.value(); ++i) {
            const char c = buffer[i];
            if (c == '\n') {
                finish();
                if (number > last)
                    return out;
                continue;
            }
            if (number < first || c == '\r')
                continue;
            if (current.size() < static_cast<std::size_t>(kExcerptLineChars))
                current += c;
            else
                cut = true;
        }
    }
    if (!current.empty() && number <= last)
        finish();
    return out;
}

int issueLine(const QString& position) {
    // The readers write "line N, byte M" (translated: "Zeile N, Byte M", "ligne N, octet M").
    static const QRegularExpression re(QStringLiteral("^\\w+ (\\d+), \\w+ \\d+$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(position);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace lagebild::imports
