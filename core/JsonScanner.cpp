// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JsonScanner.h"

#include <QUtf8StringView>

#include <charconv>

namespace limber::json {

namespace {

constexpr int kMaxDepth = 64; // deeper values are refused, not recursed into

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool Scanner::fail()
{
    m_failed = true;
    return false;
}

void Scanner::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool Scanner::expect(char c)
{
    skipSpace();
    if (m_failed || m_pos >= m_text.size() || m_text[m_pos] != c)
        return fail();
    ++m_pos;
    return true;
}

Scanner::Kind Scanner::peek()
{
    skipSpace();
    if (m_failed)
        return Kind::Invalid;
    if (m_pos >= m_text.size())
        return Kind::End;
    switch (m_text[m_pos]) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
    case 'n':
        return Kind::Literal;
    default:
        return m_text[m_pos] == '-' || isDigit(m_text[m_pos]) ? Kind::Number : Kind::Invalid;
    }
}

bool Scanner::beginObject()
{
    if (!expect('{'))
        return false;
    m_first = true;
    return true;
}

bool Scanner::beginArray()
{
    if (!expect('['))
        return false;
    m_first = true;
    return true;
}

bool Scanner::nextIn(char close)
{
    skipSpace();
    if (m_failed || m_pos >= m_text.size())
        return fail();
    if (m_text[m_pos] == close) {
        ++m_pos;
        m_first = false;
        return false;
    }
    if (!m_first && !expect(','))
        return false;
    m_first = false;
    return true;
}

bool Scanner::nextMember(QString *key)
{
    return nextIn('}') && string(key) && expect(':');
}

bool Scanner::nextMember(QByteArrayView *key)
{
    bool ascii = true;
    return nextIn('}') && utf8(key, &ascii) && expect(':');
}

bool Scanner::nextItem()
{
    return nextIn(']');
}

bool Scanner::hex4(char32_t *out)
{
    if (m_pos + 4 > m_text.size())
        return false;
    char32_t code = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(m_text[m_pos++]);
        if (h < 0)
            return false;
        code = code * 16 + static_cast<char32_t>(h);
    }
    *out = code;
    return true;
}

bool Scanner::string(QString *out)
{
    QByteArrayView bytes;
    bool ascii = true;
    if (!utf8(&bytes, &ascii))
        return false;
    *out = ascii ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
    return true;
}

bool Scanner::utf8(QByteArrayView *out, bool *asciiOnly)
{
    if (!expect('"'))
        return false;
    const qsizetype start = m_pos;
    bool plain = true; // no escapes: the bytes are the text
    bool ascii = true;
    QByteArray &unescaped = m_unescaped;
    unescaped.clear();
    for (;;) {
        if (m_pos >= m_text.size())
            return fail();
        const char c = m_text[m_pos];
        if (c == '"')
            break;
        if (static_cast<unsigned char>(c) < 0x20)
            return fail();
        if (static_cast<unsigned char>(c) >= 0x80)
            ascii = false;
        if (c != '\\') {
            if (!plain)
                unescaped += c;
            ++m_pos;
            continue;
        }
        if (plain) {
            unescaped = m_text.sliced(start, m_pos - start).toByteArray();
            plain = false;
        }
        if (++m_pos >= m_text.size())
            return fail();
        const char e = m_text[m_pos++];
        switch (e) {
        case '"':
        case '\\':
        case '/':
            unescaped += e;
            break;
        case 'b':
            unescaped += '\b';
            break;
        case 'f':
            unescaped += '\f';
            break;
        case 'n':
            unescaped += '\n';
            break;
        case 'r':
            unescaped += '\r';
            break;
        case 't':
            unescaped += '\t';
            break;
        case 'u': {
            char32_t code = 0;
            if (!hex4(&code))
                return fail();
            if (QChar::isHighSurrogate(code) && m_text.sliced(m_pos).startsWith("\\u")) {
                const qsizetype back = m_pos;
                m_pos += 2;
                char32_t low = 0;
                if (!hex4(&low))
                    return fail();
                if (QChar::isLowSurrogate(low))
                    code = QChar::surrogateToUcs4(static_cast<char16_t>(code),
                                                  static_cast<char16_t>(low));
                else
                    m_pos = back; // read on its own next
            }
            if (QChar::isSurrogate(code))
                code = QChar::ReplacementCharacter; // a lone half of a pair
            unescaped += QString::fromUcs4(&code, 1).toUtf8();
            ascii = false;
            break;
        }
        default:
            return fail();
        }
    }
    const QByteArrayView bytes =
        plain ? m_text.sliced(start, m_pos - start) : QByteArrayView(unescaped);
    ++m_pos; // the closing quote
    if (!ascii && !QUtf8StringView(bytes.data(), bytes.size()).isValidUtf8())
        return fail();
    *out = bytes;
    *asciiOnly = ascii;
    return true;
}

bool Scanner::number(double *out)
{
    skipSpace();
    if (m_failed)
        return false;
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const qsizetype start = m_pos;
    const auto digits = [this] {
        const qsizetype from = m_pos;
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
        return m_pos - from;
    };
    const auto at = [this](char c) { return m_pos < m_text.size() && m_text[m_pos] == c; };
    if (at('-'))
        ++m_pos;
    if (at('0'))
        ++m_pos;
    else if (digits() == 0)
        return fail();
    if (at('.')) {
        ++m_pos;
        if (digits() == 0)
            return fail();
    }
    if (at('e') || at('E')) {
        ++m_pos;
        if (at('+') || at('-'))
            ++m_pos;
        if (digits() == 0)
            return fail();
    }
    const char *first = m_text.data() + start;
    const auto [end, error] = std::from_chars(first, m_text.data() + m_pos, *out);
    // Out of range (1e999) reads as JSON does in QtCore: not a usable number.
    if (error != std::errc() || end != m_text.data() + m_pos)
        return fail();
    return true;
}

bool Scanner::literal()
{
    for (const char *word : {"true", "false", "null"}) {
        const QByteArrayView w(word);
        if (m_text.sliced(m_pos).startsWith(w)) {
            m_pos += w.size();
            return true;
        }
    }
    return fail();
}

bool Scanner::skip()
{
    QByteArrayView text; // checked, not kept
    bool ascii = true;
    double number = 0;
    switch (peek()) {
    case Kind::String:
        return utf8(&text, &ascii);
    case Kind::Number:
        return this->number(&number);
    case Kind::Literal:
        return literal();
    case Kind::Object:
    case Kind::Array: {
        const bool object = peek() == Kind::Object;
        if (++m_depth > kMaxDepth || !(object ? beginObject() : beginArray()))
            return fail();
        QByteArrayView key;
        while (object ? nextMember(&key) : nextItem())
            if (!skip())
                return false;
        --m_depth;
        return !m_failed;
    }
    case Kind::End:
    case Kind::Invalid:
        break;
    }
    return fail();
}

bool Scanner::atEnd()
{
    skipSpace();
    return !m_failed && m_pos == m_text.size();
}

} // namespace limber::json
