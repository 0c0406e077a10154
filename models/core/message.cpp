#include "models/core/message.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <functional>

namespace lagebild::core {

Message::Message(const char* context, const char* source, int n)
    : m_context(QString::fromUtf8(context)), m_source(QString::fromUtf8(source)), m_n(n) {}

Message Message::plain(QString text) {
    Message m;
    m.m_plain = std::move(text);
    return m;
}

Message& Message::arg(const QString& value) {
    m_args.push_back({value, false, nullptr});
    return *this;
}

Message& Message::arg(qint64 value) {
    m_args.push_back({QString::number(value), true, nullptr});
    return *this;
}

Message& Message::arg(const Message& nested) {
    m_args.push_back({QString(), false, std::make_shared<const Message>(nested)});
    return *this;
}

QString Message::text() const {
    if (m_source.isEmpty())
        return m_plain;
    const QByteArray context = m_context.toUtf8();
    const QByteArray source = m_source.toUtf8();
    const QString pattern = QCoreApplication::translate(context.constData(), source.constData(), nullptr, m_n);
    // One pass over the template: %N and %LN take argument N; everything else stays as it is.
    QString out;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%') || i + 1 >= pattern.size()) {
            out += c;
            continue;
        }
        qsizetype j = i + 1;
        const bool localised = pattern.at(j) == QLatin1Char('L');
        if (localised)
            ++j;
        qsizetype k = j;
        while (k < pattern.size() && k - j < 2 && pattern.at(k).isDigit())
            ++k;
        const int index = k > j ? pattern.mid(j, k - j).toInt() : 0;
        if (index < 1 || index > static_cast<int>(m_args.size())) {
            out += c;
            continue;
        }
        const Arg& a = m_args[static_cast<std::size_t>(index - 1)];
        if (a.nested)
            out += a.nested->text();
        else if (a.number && localised)
            out += QLocale().toString(a.text.toLongLong());
        else
            out += a.text;
        i = k - 1;
    }
    return out;
}

namespace {

QJsonObject toObject(const QString& context, const QString& source, int n, const QString& plain, const QJsonArray& args) {
    QJsonObject o;
    if (source.isEmpty()) {
        o.insert(QStringLiteral("t"), plain);
        return o;
    }
    o.insert(QStringLiteral("c"), context);
    o.insert(QStringLiteral("s"), source);
    if (n >= 0)
        o.insert(QStringLiteral("n"), n);
    if (!args.isEmpty())
        o.insert(QStringLiteral("a"), args);
    return o;
}

} // namespace

QString Message::toJson() const {
    if (isEmpty())
        return {};
    // Nested messages are objects in "a"; numbers are JSON numbers; text is a string.
    std::function<QJsonObject(const Message&)> encode = [&encode](const Message& m) {
        QJsonArray args;
        for (const Arg& a : m.m_args) {
            if (a.nested)
                args.append(encode(*a.nested));
            else if (a.number)
                args.append(a.text.toLongLong());
            else
                args.append(a.text);
        }
        return toObject(m.m_context, m.m_source, m.m_n, m.m_plain, args);
    };
    return QString::fromUtf8(QJsonDocument(encode(*this)).toJson(QJsonDocument::Compact));
}

Message Message::fromJson(const QString& json) {
    if (json.isEmpty())
        return {};
    std::function<Message(const QJsonObject&, int)> decode = [&decode](const QJsonObject& o, int depth) {
        Message m;
        if (depth > 8)
            return m;
        if (!o.contains(QLatin1String("s")))
            return plain(o.value(QLatin1String("t")).toString());
        m.m_context = o.value(QLatin1String("c")).toString();
        m.m_source = o.value(QLatin1String("s")).toString();
        m.m_n = o.value(QLatin1String("n")).toInt(-1);
        for (const QJsonValue& v : o.value(QLatin1String("a")).toArray()) {
            if (v.isObject())
                m.arg(decode(v.toObject(), depth + 1));
            else if (v.isDouble())
                m.arg(static_cast<qint64>(v.toDouble()));
            else
                m.arg(v.toString());
        }
        return m;
    };
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isObject() ? decode(doc.object(), 0) : Message{};
}

} // namespace lagebild::core
