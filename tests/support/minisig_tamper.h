#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace lagebild::test {

/// One way to damage a signed file: it edits the data bytes or the .minisig text in place.
struct Tamper {
    QString name;
    std::function<void(QByteArray& data, QByteArray& signature)> apply;
    /// Would Debian's minisign -V refuse it too? (It does not check that comments are valid UTF-8.)
    bool minisignRefuses = true;
};

/// Every byte-position class of a signed file (ARCHITECTURE §14, issue 5 "tampered"): the data
/// at its start, middle and end, and each field of the .minisig — the untrusted comment (prefix
/// and text), the signature algorithm, the key id, the signature bytes, the base64 text itself,
/// the trusted comment (garbled and rewritten) and the global signature.
std::vector<Tamper> tamperCases();

} // namespace lagebild::test
