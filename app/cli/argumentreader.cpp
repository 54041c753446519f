#include "cli/argumentreader.h"

#include "import/dialect.h"

ArgumentReader::ArgumentReader(QStringList arguments)
    : m_arguments(std::move(arguments))
{ }

bool ArgumentReader::next()
{
    if (m_index + 1 >= m_arguments.size())
        return false;
    ++m_index;
    return true;
}

bool ArgumentReader::takeValue(QString* value)
{
    if (m_index + 1 >= m_arguments.size() || m_arguments.at(m_index + 1).startsWith(QLatin1String("--")))
        return false;
    *value = m_arguments.at(++m_index);
    return true;
}

bool ArgumentReader::takeNumber(qint64 min, qint64 max, qint64* value)
{
    if (m_index + 1 >= m_arguments.size())
        return false;
    bool ok = false;
    const qint64 n = m_arguments.at(++m_index).toLongLong(&ok);
    if (!ok || n < min || n > max)
        return false;
    *value = n;
    return true;
}

bool ArgumentReader::takeReadingOption(QString* error)
{
    const QString option = current();
    QString text;
    if (option == u"--sheet") {
        if (!takeValue(&m_overrides.sheet) || m_overrides.sheet.isEmpty())
            *error = tr("--sheet needs a sheet name");
    } else if (option == u"--encoding") {
        Dialect::Encoding encoding;
        if (takeValue(&text) && Dialect::encodingFromName(text, &encoding))
            m_overrides.encoding = encoding;
        else
            *error = tr("--encoding needs one of UTF-8, UTF-16LE, UTF-16BE, Windows-1252");
    } else if (option == u"--delimiter") {
        QChar delimiter;
        if (takeValue(&text) && Dialect::delimiterFromName(text, &delimiter))
            m_overrides.delimiter = delimiter;
        else
            *error = tr("--delimiter needs one of , ; tab | or one ASCII character");
    } else if (option == u"--header-row") {
        bool ok = false;
        const int row = takeValue(&text) ? text.toInt(&ok) : 0;
        if (ok && row >= 1)
            m_overrides.headerRow = row;
        else
            *error = tr("--header-row needs a row number (1 or more)");
    } else {
        return false;
    }
    return true;
}
