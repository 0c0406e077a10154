#include "tests/support/minisig_tamper.h"

#include <QList>

namespace lagebild::test {

namespace {

void flip(QByteArray& bytes, qsizetype at, char mask = char(0xff)) { bytes[at] = static_cast<char>(bytes[at] ^ mask); }

// Edits the .minisig's line `line` (0-based) with `edit`.
std::function<void(QByteArray&, QByteArray&)> onLine(int line, std::function<void(QByteArray&)> edit) {
    return [line, edit](QByteArray&, QByteArray& sig) {
        QList<QByteArray> lines = sig.split('\n');
        edit(lines[line]);
        sig = lines.join('\n');
    };
}

// Edits the decoded bytes of a base64 line and encodes them again (a well-formed but altered field).
std::function<void(QByteArray&, QByteArray&)> onDecoded(int line, qsizetype at, char mask) {
    return onLine(line, [at, mask](QByteArray& text) {
        QByteArray raw = QByteArray::fromBase64(text);
        flip(raw, at, mask);
        text = raw.toBase64();
    });
}

} // namespace

std::vector<Tamper> tamperCases() {
    return {
        {QStringLiteral("data: first byte"), [](QByteArray& d, QByteArray&) { flip(d, 0); }},
        {QStringLiteral("data: middle byte"), [](QByteArray& d, QByteArray&) { flip(d, d.size() / 2); }},
        {QStringLiteral("data: last byte"), [](QByteArray& d, QByteArray&) { flip(d, d.size() - 1); }},
        {QStringLiteral("data: one byte appended"), [](QByteArray& d, QByteArray&) { d.append(' '); }},
        {QStringLiteral("untrusted comment: prefix"), onLine(0, [](QByteArray& l) { flip(l, 0); })},
        {QStringLiteral("untrusted comment: text garbled"), onLine(0, [](QByteArray& l) { flip(l, l.size() - 1); }), false},
        {QStringLiteral("signature algorithm: unknown"), onDecoded(1, 0, char(0xff))},
        {QStringLiteral("signature algorithm: ED -> Ed (legacy)"), onDecoded(1, 1, 0x20)},
        {QStringLiteral("key id"), onDecoded(1, 2, 0x01)},
        {QStringLiteral("key id: last byte"), onDecoded(1, 9, char(0x80))},
        {QStringLiteral("signature bytes: first"), onDecoded(1, 10, 0x01)},
        {QStringLiteral("signature bytes: last"), onDecoded(1, 73, 0x40)},
        {QStringLiteral("signature line: base64 character"), onLine(1, [](QByteArray& l) { flip(l, 30); })},
        {QStringLiteral("signature line: other base64 letter"),
         onLine(1, [](QByteArray& l) { l[40] = l[40] == 'A' ? 'B' : 'A'; })},
        {QStringLiteral("trusted comment: prefix"), onLine(2, [](QByteArray& l) { flip(l, 3); })},
        {QStringLiteral("trusted comment: text garbled"), onLine(2, [](QByteArray& l) { flip(l, l.size() - 2); })},
        {QStringLiteral("trusted comment: sequence rewritten"), onLine(2, [](QByteArray& l) { l.replace("seq=", "seq=9"); })},
        {QStringLiteral("trusted comment: producer rewritten"),
         onLine(2, [](QByteArray& l) { l.replace("producer=", "producer=x"); })},
        {QStringLiteral("global signature: first byte"), onDecoded(3, 0, 0x01)},
        {QStringLiteral("global signature: last byte"), onDecoded(3, 63, char(0x80))},
        {QStringLiteral("global signature: base64 character"), onLine(3, [](QByteArray& l) { flip(l, 5); })},
    };
}

} // namespace lagebild::test
