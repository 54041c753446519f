#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reads Qt Linguist .ts files (the committed catalogue and lupdate's output) as far as the i18n tests need.
// Used by tst_translations and tst_translationcoverage.
namespace TsReader
{
    // One <message> of a .ts file.
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        QString translation;
        QString type; // "", "unfinished", "vanished", "obsolete"
        bool numerus = false;
        QStringList numerusForms;
        QStringList locations; // <location filename=...>, relative to the .ts file; empty with -locations none
    };

    // The messages of the .ts at path, in file order; on a read or XML error *error says where.
    [[nodiscard]] QList<Message> read(const QString& path, QString* error);
    // "[Context] "source"" for failure messages.
    [[nodiscard]] QString describe(const Message& message);
} // namespace TsReader
