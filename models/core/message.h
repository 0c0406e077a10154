#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace lagebild::core {

/// A user-facing text kept as what it is made of: a translatable template (context and source as
/// lupdate files them, an optional plural count) and its arguments, some of them messages
/// themselves. Stored (a feed's last error), it reads in the language of whoever looks at it
/// later, not in the language of the run that wrote it. Arguments fill %1, %2, … (%L1 for a
/// localised number) in one pass, so an argument's own "%20" is never taken for a placeholder.
///
///     core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: %2 answered %3."))
///         .arg(name).arg(url).arg(status)
class Message {
public:
    Message() = default;
    /// `source` must be the literal lupdate saw (QT_TRANSLATE_NOOP at the call site).
    Message(const char* context, const char* source, int n = -1);
    /// Words that are not ours to translate (a server's answer, a parser's text).
    static Message plain(QString text);

    Message& arg(const QString& value);
    Message& arg(qint64 value);
    Message& arg(const Message& nested);

    bool isEmpty() const { return m_source.isEmpty() && m_plain.isEmpty(); }
    /// The text in the language installed now.
    QString text() const;
    /// Compact JSON ({"c","s","n","a"} or {"t"}); fromJson() reads it back (an empty or
    /// unreadable document gives an empty message).
    QString toJson() const;
    static Message fromJson(const QString& json);

private:
    struct Arg {
        QString text;
        bool number = false;
        std::shared_ptr<const Message> nested;
    };
    QString m_context;
    QString m_source; // empty for plain text
    int m_n = -1;
    QString m_plain;
    std::vector<Arg> m_args;
};

} // namespace lagebild::core
