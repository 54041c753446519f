#!/usr/bin/env python3
"""Writes the benchmark's user export as an Excel-shaped .xlsx workbook: the rows of ../shared/bench/gen_users.py
(same columns, same deterministic values) the way Excel saves them -- every text in the shared strings table,
"Last Login" as a date-time serial number with a "yyyy-mm-dd hh:mm:ss" format, row spans and x14ac attributes.
Standard library only (zipfile streams the parts), so the benchmark and the tests need nothing extra.

    gen_workbook.py OUT.xlsx [ROWS]      (default 1,000,000 rows)
"""
import random
import sys
import zipfile
from datetime import datetime

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rnd = random.Random(42)
first = ["Ana María", "Taro", "Zoë", "Łukasz", "Chloé", "Mohammed", "Olga", "Nguyễn", "Sven", "Aiyana", "O'Brien", "José"]
last = ["García López", "Yamada", "Ødegård", "Kowalski", "Dubois", "Al-Farsi", "Ivanova", "Văn An", "Svensson",
        "Redcloud", "Smith, Jr.", "Núñez"]
status = ["Active", "Active", "Active", "Suspended", "Deactivated"]
roles = ["Member", "Admin", "Member;Billing", "Owner", "Guest"]
lic = ["Enterprise", "Pro", "Basic", ""]
header = ["Email", "First Name", "Last Name", "Status", "Last Login", "Role", "License", "Employee ID"]
EPOCH = datetime(1899, 12, 30)

strings, index = [], {}


def sst(text):
    i = index.get(text)
    if i is None:
        i = index[text] = len(strings)
        strings.append(text)
    return i


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
COLS = "ABCDEFGH"
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
    with z.open("xl/worksheets/sheet1.xml", "w") as f:
        buf = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ' + MAIN + ' ' + REL +
               ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac"'
               ' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
               '<dimension ref="A1:H%d"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
               '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>' % (n + 1)]
        buf.append('<row r="1" spans="1:8" x14ac:dyDescent="0.25">' +
                   "".join('<c r="%s1" t="s"><v>%d</v></c>' % (c, sst(h)) for c, h in zip(COLS, header)) + "</row>")
        for i in range(n):
            r = i + 2
            fn, ln = rnd.choice(first), rnd.choice(last)
            day = rnd.randint(1, 28); mon = rnd.randint(1, 12)
            if i % 17 == 0:
                login = '<c r="E%d" t="s"><v>%d</v></c>' % (r, sst("Never"))
            else:
                when = datetime(2026, mon, day, rnd.randint(0, 23), rnd.randint(0, 59))
                serial = (when - EPOCH).total_seconds() / 86400
                login = '<c r="E%d" s="1"><v>%s</v></c>' % (r, repr(serial))
            st, ro, li = rnd.choice(status), rnd.choice(roles), rnd.choice(lic)
            cells = ['<c r="A%d" t="s"><v>%d</v></c>' % (r, sst(f"user{i}@example.com")),
                     '<c r="B%d" t="s"><v>%d</v></c>' % (r, sst(fn)), '<c r="C%d" t="s"><v>%d</v></c>' % (r, sst(ln)),
                     '<c r="D%d" t="s"><v>%d</v></c>' % (r, sst(st)), login,
                     '<c r="F%d" t="s"><v>%d</v></c>' % (r, sst(ro))]
            if li:
                cells.append('<c r="G%d" t="s"><v>%d</v></c>' % (r, sst(li)))
            cells.append('<c r="H%d" t="s"><v>%d</v></c>' % (r, sst(f"E-{i:07d}")))
            buf.append('<row r="%d" spans="1:8" x14ac:dyDescent="0.25">%s</row>' % (r, "".join(cells)))
            if len(buf) >= 4096:
                f.write("".join(buf).encode())
                buf = []
        buf.append('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                   'footer="0.3"/></worksheet>')
        f.write("".join(buf).encode())
    with z.open("xl/sharedStrings.xml", "w") as f:
        f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">'
                 % (MAIN, len(strings), len(strings))).encode())
        for k in range(0, len(strings), 4096):
            f.write("".join("<si><t>%s</t></si>" % esc(s) for s in strings[k:k + 4096]).encode())
        f.write(b"</sst>")
    z.writestr("[Content_Types].xml",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.'
               'org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
               'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
               'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
               'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override '
               'PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
               'spreadsheetml.sharedStrings+xml"/></Types>')
    z.writestr("_rels/.rels",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
               'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
               'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
               '</Relationships>')
    z.writestr("xl/workbook.xml",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s %s><workbookPr/>'
               '<sheets><sheet name="Users" sheetId="1" r:id="rId1"/></sheets></workbook>' % (MAIN, REL))
    z.writestr("xl/_rels/workbook.xml.rels",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
               'openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
               'openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship '
               'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
               'Target="sharedStrings.xml"/></Relationships>')
    z.writestr("xl/styles.xml",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet %s><numFmts count="1">'
               '<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/></numFmts>'
               '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
               '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
               '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" '
               'fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" '
               'borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" '
               'applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>' % MAIN)
