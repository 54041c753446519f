#!/usr/bin/python3
# Writes the legacy Excel 97-2003 (.xls, BIFF8) fixtures that tests/import/tst_xlsreader and tst_formats read.
# The .xls files are committed, so the tests never need this script or its dependency: run it again only to
# change them. Needs Debian's python3-xlwt (apt-get install python3-xlwt; /usr/bin/python3, not a pyenv one).
#   users.xls      a cover sheet, then the users of tests/import/tst_formats.cpp's cross-format test
#   types.xls      one sheet with every cell type FreeXL reports (text, int, double, date, date-time, time)
#   damaged.xls    users.xls cut in half (FreeXL must refuse it, not crash)
#   encrypted.xls  users.xls with its WRITEACCESS record retyped as FILEPASS (0x002F), as a password-protected
#                  workbook announces itself; same length, so the container stays valid
import datetime
import os
import struct

import xlwt

here = os.path.dirname(os.path.abspath(__file__))
DATE = xlwt.easyxf(num_format_str="YYYY-MM-DD")
DATETIME = xlwt.easyxf(num_format_str="YYYY-MM-DD HH:MM:SS")
TIME = xlwt.easyxf(num_format_str="HH:MM:SS")

USERS = [
    ["Email", "First Name", "Employee ID", "Manager", "Joined"],
    ["ana@example.com", "Ana María", 1001, "taro@example.com", datetime.date(2021, 3, 1)],
    ["taro@example.com", "太郎", 1002, None, datetime.date(2022, 11, 30)],
    ["o'brien@example.com", "O'Brien, Jr.", 1003, "ana@example.com", datetime.date(2024, 2, 29)],
]


def put(sheet, row, column, value):
    if value is None:
        return
    if isinstance(value, datetime.datetime):
        sheet.write(row, column, value, DATETIME)
    elif isinstance(value, datetime.date):
        sheet.write(row, column, value, DATE)
    elif isinstance(value, datetime.time):
        sheet.write(row, column, value, TIME)
    else:
        sheet.write(row, column, value)


def users(path):
    book = xlwt.Workbook(encoding="utf-8")
    cover = book.add_sheet("Cover")
    cover.write(0, 0, "Licence report")
    cover.write(2, 0, "Prepared by IT")
    sheet = book.add_sheet("Users")
    for r, cells in enumerate(USERS):
        for c, value in enumerate(cells):
            put(sheet, r, c, value)
    book.save(path)


def types(path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Types")
    rows = [
        ["Email", "Seats", "Share", "Joined", "Last login", "Shift", "Note"],
        ["ana@example.com", 40, 0.25, datetime.date(2024, 3, 1), datetime.datetime(2024, 3, 1, 9, 30, 0),
         datetime.time(17, 45, 0), "line one\nline two"],
        ["taro@example.com", -3, 1.5e-07, None, None, None, "  spaced  "],
    ]
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            put(sheet, r, c, value)
    book.save(path)


def main():
    users(os.path.join(here, "users.xls"))
    types(os.path.join(here, "types.xls"))
    with open(os.path.join(here, "users.xls"), "rb") as f:
        data = bytearray(f.read())
    with open(os.path.join(here, "damaged.xls"), "wb") as f:
        f.write(data[: len(data) // 2])
    write_access = struct.pack("<HH", 0x005C, 112)
    at = data.find(write_access)
    assert at > 0, "no WRITEACCESS record"
    data[at : at + 2] = struct.pack("<H", 0x002F)
    with open(os.path.join(here, "encrypted.xls"), "wb") as f:
        f.write(data)


main()
