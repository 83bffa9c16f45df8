// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace limber::json {

/// Reads one JSON text (RFC 8259) in place, value by value, without building a
/// document: for the sync journals (SyncJournal.cpp), where QJsonDocument's tree of
/// CBOR values cost several times more than the reading itself on years of lines.
/// Every call returns false once the text is not JSON; the scanner then stays failed.
///
///     Scanner s(line);
///     s.beginObject();
///     while (s.nextMember(&key)) { if (key == "id") s.string(&id); else s.skip(); }
///     bool ok = s.atEnd();
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {
    }

    enum class Kind
    {
        End,
        Object,
        Array,
        String,
        Number,
        Literal, ///< true, false or null
        Invalid,
    };
    /// What the next value is, from its first character.
    Kind peek();

    /// Consumes "{", then each member's key with nextMember() until it returns false
    /// (at the "}", consumed). Every key must be followed by reading or skipping its value.
    bool beginObject();
    bool nextMember(QString *key);
    /// The key as UTF-8, valid until the scanner reads on (no copy where it has no
    /// escapes).
    bool nextMember(QByteArrayView *key);
    /// Consumes "[", then nextItem() before each item until it returns false (at "]").
    bool beginArray();
    bool nextItem();

    bool string(QString *out);
    bool number(double *out);
    /// Any value, checked as thoroughly as one that is read.
    bool skip();
    /// Only white space is left, and all of it was JSON.
    bool atEnd();
    bool failed() const { return m_failed; }

private:
    bool fail();
    void skipSpace();
    bool expect(char c);
    /// Inside an object or an array: true before another member or item, false at the
    /// closing `close` (consumed) or on an error.
    bool nextIn(char close);
    bool literal();
    /// Four hex digits of a \u escape.
    bool hex4(char32_t *out);
    /// A string's UTF-8 bytes, checked: in the text, or in m_unescaped where it had
    /// escapes; `ascii` tells whether every byte is below 0x80.
    bool utf8(QByteArrayView *out, bool *ascii);

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    bool m_first = false; ///< right after "{" or "[": no "," before the next one
    int m_depth = 0;
    bool m_failed = false;
    QByteArray m_unescaped;
};

} // namespace limber::json
