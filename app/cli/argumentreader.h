#pragma once

#include "import/importoptions.h"

#include <QCoreApplication>
#include <QStringList>

// Walks one sub-command's arguments for every command: options with a value or a number, and the reading
// overrides inspect, convert and sync share (--sheet, --encoding, --delimiter, --header-row), so every
// command spells and checks them the same way.
class ArgumentReader
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentReader)

public:
    explicit ArgumentReader(QStringList arguments);

    // Moves to the next argument; false after the last.
    [[nodiscard]] bool next();
    [[nodiscard]] const QString& current() const { return m_arguments.at(m_index); }
    [[nodiscard]] bool isOption() const { return current().startsWith(QLatin1String("--")); }
    // Takes the argument after the current option as its value; false when there is none (or it is an option).
    [[nodiscard]] bool takeValue(QString* value);
    // Takes the argument after the current option as a whole number in [min, max]; false (value untouched)
    // when there is none or it is not such a number.
    [[nodiscard]] bool takeNumber(qint64 min, qint64 max, qint64* value);

    // When the current argument is a reading override, takes it (and its value) and returns true; *error then
    // says what is wrong with the value, or stays empty.
    [[nodiscard]] bool takeReadingOption(QString* error);
    [[nodiscard]] const ImportOptions& readingOverrides() const { return m_overrides; }

private:
    QStringList m_arguments;
    qsizetype m_index = -1;
    ImportOptions m_overrides;
};
