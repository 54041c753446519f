#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Refuses an output path that would overwrite an input or another output: `convert X --out X`,
// `--rejects P --out P`, `sync X --keep-payload X`, also when one of them is a symbolic or hard link to the
// other (issue #21/6). Outputs that do not exist yet are compared by their resolved folder and name.
class OutputGuard
{
    Q_DECLARE_TR_FUNCTIONS(OutputGuard)

public:
    struct Path
    {
        QString label; // how the user named it: "FILE", "--out", "--preset"
        QString path;
    };

    // Empty when every output is a file of its own; otherwise one sentence naming the clash.
    [[nodiscard]] static QString check(const QList<Path>& inputs, const QList<Path>& outputs);
};
