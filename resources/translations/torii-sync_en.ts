<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppPickerDialog</name>
    <message numerus="yes">
        <source>Stopped: %n app(s) loaded.</source>
        <translation>
            <numerusform>Stopped: %n app loaded.</numerusform>
            <numerusform>Stopped: %n apps loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) in this org.</source>
        <translation>
            <numerusform>%n app in this org.</numerusform>
            <numerusform>%n apps in this org.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppsCommand</name>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n app</numerusform>
            <numerusform>%n apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message numerus="yes">
        <source>... and %n more issue(s); use --json or --rejects to see them all</source>
        <translation>
            <numerusform>... and %n more issue; use --json or --rejects to see them all</numerusform>
            <numerusform>... and %n more issues; use --json or --rejects to see them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>... and %n more line(s) that are not valid UTF-8</source>
        <translation>
            <numerusform>... and %n more line that is not valid UTF-8</numerusform>
            <numerusform>... and %n more lines that are not valid UTF-8</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n row saved to %1</numerusform>
            <numerusform>%n rows saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>%n run(s) exported to %1.</source>
        <translation>
            <numerusform>%n run exported to %1.</numerusform>
            <numerusform>%n runs exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvalidRowPolicies</name>
    <message numerus="yes">
        <source>blocked: %n row(s) have errors (fix them, or use --policy skip to leave them out)</source>
        <translation>
            <numerusform>blocked: %n row has errors (fix them, or use --policy skip to leave them out)</numerusform>
            <numerusform>blocked: %n rows have errors (fix them, or use --policy skip to leave them out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvalidRowsOptions</name>
    <message numerus="yes">
        <source>Skipped %n invalid row(s) (errors by field: %1)</source>
        <translation>
            <numerusform>Skipped %n invalid row (errors by field: %1)</numerusform>
            <numerusform>Skipped %n invalid rows (errors by field: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n row(s) repeating a user already sent</source>
        <translation>
            <numerusform>Merged %n row repeating a user already sent</numerusform>
            <numerusform>Merged %n rows repeating a user already sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) without a user</source>
        <translation>
            <numerusform>Left out %n row without a user</numerusform>
            <numerusform>Left out %n rows without a user</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n unknown status value(s)</source>
        <translation>
            <numerusform>%n unknown status value</numerusform>
            <numerusform>%n unknown status values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeText</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message numerus="yes">
        <source>removal guard: more than %1 % and at least %n user(s)</source>
        <translation>
            <numerusform>removal guard: more than %1 % and at least %n user</numerusform>
            <numerusform>removal guard: more than %1 % and at least %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n row(s) repeating a user were merged into the first.</source>
        <translation>
            <numerusform>%n row repeating a user was merged into the first.</numerusform>
            <numerusform>%n rows repeating a user were merged into the first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a user were left out.</source>
        <translation>
            <numerusform>%n row without a user was left out.</numerusform>
            <numerusform>%n rows without a user were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync is blocked by %n row(s) with errors.</source>
        <translation>
            <numerusform>The sync is blocked by %n row with errors.</numerusform>
            <numerusform>The sync is blocked by %n rows with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid user(s) wait: fix the file or the mapping, or choose to skip rows with errors.</source>
        <translation>
            <numerusform>%n valid user waits: fix the file or the mapping, or choose to skip rows with errors.</numerusform>
            <numerusform>%n valid users wait: fix the file or the mapping, or choose to skip rows with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n licence(s) will be sent.</source>
        <translation>
            <numerusform>and %n licence will be sent.</numerusform>
            <numerusform>and %n licences will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors are left out.</source>
        <translation>
            <numerusform>%n row with errors is left out.</numerusform>
            <numerusform>%n rows with errors are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown status value(s), sent without a status: %1</source>
        <translation>
            <numerusform>%n unknown status value, sent without a status: %1</numerusform>
            <numerusform>%n unknown status values, sent without a status: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync is blocked: %n row(s) have errors,</source>
        <translation>
            <numerusform>The sync is blocked: %n row has errors,</numerusform>
            <numerusform>The sync is blocked: %n rows have errors,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid user(s) wait: fix the file or the mapping, or raise the share.</source>
        <translation>
            <numerusform>%n valid user waits: fix the file or the mapping, or raise the share.</numerusform>
            <numerusform>%n valid users wait: fix the file or the mapping, or raise the share.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Checking %Ln row…</numerusform>
            <numerusform>Checking %Ln rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more issue(s); &apos;convert --json&apos; lists them all</source>
        <translation>
            <numerusform>... and %n more issue; &apos;convert --json&apos; lists them all</numerusform>
            <numerusform>... and %n more issues; &apos;convert --json&apos; lists them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n removal(s) allowed for this run.</source>
        <translation>
            <numerusform>%n removal allowed for this run.</numerusform>
            <numerusform>%n removals allowed for this run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPipeline</name>
    <message numerus="yes">
        <source>The stage &quot;%1&quot; gave up after %n s, its time limit.</source>
        <translation>
            <numerusform>The stage &quot;%1&quot; gave up after %n s, its time limit.</numerusform>
            <numerusform>The stage &quot;%1&quot; gave up after %n s, its time limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message numerus="yes">
        <source>Checking that Torii shows the synced users (up to %n min) ...</source>
        <translation>
            <numerusform>Checking that Torii shows the synced users (up to %n min) ...</numerusform>
            <numerusform>Checking that Torii shows the synced users (up to %n min) ...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSafety</name>
    <message numerus="yes">
        <source>Verified: Torii shows the synced users (after %n s).</source>
        <translation>
            <numerusform>Verified: Torii shows the synced users (after %n s).</numerusform>
            <numerusform>Verified: Torii shows the synced users (after %n s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not visible in Torii after %n min.</source>
        <translation>
            <numerusform>Not visible in Torii after %n min.</numerusform>
            <numerusform>Not visible in Torii after %n min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableLayout</name>
    <message numerus="yes">
        <source>Row has %n cell(s), the header has %1: missing cells are empty</source>
        <translation>
            <numerusform>Row has %n cell, the header has %1: missing cells are empty</numerusform>
            <numerusform>Row has %n cells, the header has %1: missing cells are empty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row has %n cell(s), the header has %1: the extra cells are kept</source>
        <translation>
            <numerusform>Row has %n cell, the header has %1: the extra cells are kept</numerusform>
            <numerusform>Row has %n cells, the header has %1: the extra cells are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s) with a different number of cells</source>
        <translation>
            <numerusform>... and %n more row with a different number of cells</numerusform>
            <numerusform>... and %n more rows with a different number of cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDiff</name>
    <message numerus="yes">
        <source>+%1 added, −%2 removed, %3 deactivated, %4 reactivated, %5 unchanged, %n licence change(s)</source>
        <translation>
            <numerusform>+%1 added, −%2 removed, %3 deactivated, %4 reactivated, %5 unchanged, %n licence change</numerusform>
            <numerusform>+%1 added, −%2 removed, %3 deactivated, %4 reactivated, %5 unchanged, %n licence changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueMapEditor</name>
    <message numerus="yes">
        <source>Values of “%1”. %n value(s) are unknown: choose what they mean.</source>
        <translation>
            <numerusform>Values of “%1”. %n value is unknown: choose what it means.</numerusform>
            <numerusform>Values of “%1”. %n values are unknown: choose what they mean.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
</TS>
