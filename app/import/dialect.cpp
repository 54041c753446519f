#include "import/dialect.h"

QString Dialect::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

bool Dialect::encodingFromName(const QString& name, Encoding* encoding)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    Encoding found;
    if (key == QLatin1String("utf8"))
        found = Encoding::Utf8;
    else if (key == QLatin1String("utf16le") || key == QLatin1String("utf16") || key == QLatin1String("unicode"))
        found = Encoding::Utf16LE;
    else if (key == QLatin1String("utf16be"))
        found = Encoding::Utf16BE;
    else if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") || key == QLatin1String("latin1") ||
             key == QLatin1String("iso88591") || key == QLatin1String("ansi"))
        found = Encoding::Windows1252;
    else
        return false;
    if (encoding)
        *encoding = found;
    return true;
}

QString Dialect::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ',':
        return QStringLiteral("comma");
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    case '|':
        return QStringLiteral("pipe");
    default:
        return QString(delimiter);
    }
}

bool Dialect::delimiterFromName(const QString& name, QChar* delimiter)
{
    const QString key = name.toLower();
    QChar found;
    if (key == QLatin1String("comma") || key == QLatin1String(","))
        found = QLatin1Char(',');
    else if (key == QLatin1String("semicolon") || key == QLatin1String(";"))
        found = QLatin1Char(';');
    else if (key == QLatin1String("tab") || key == QLatin1String("\\t") || key == QLatin1String("\t"))
        found = QLatin1Char('\t');
    else if (key == QLatin1String("pipe") || key == QLatin1String("|"))
        found = QLatin1Char('|');
    else if (name.size() == 1 && name.at(0).unicode() < 0x80 && name.at(0) != QLatin1Char('"') &&
             name.at(0) != QLatin1Char('\n') && name.at(0) != QLatin1Char('\r'))
        found = name.at(0);
    else
        return false;
    if (delimiter)
        *delimiter = found;
    return true;
}
