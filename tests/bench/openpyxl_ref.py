#!/usr/bin/env python3
"""Peer baseline for workbooks: python_ref.py's mapping (map the columns, normalise status, dates, validate and
dedupe emails, build Torii's JSON) reading the .xlsx with openpyxl in read-only (streaming) mode, the way a
Python glue script reads a large workbook. Needs Debian's python3-openpyxl."""
import json, re, sys
from datetime import datetime
import openpyxl
src, dst = sys.argv[1], sys.argv[2]
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
users, seen, licenses = [], set(), {}
wb = openpyxl.load_workbook(src, read_only=True, data_only=True)
rows = wb.worksheets[0].iter_rows(values_only=True)
header = [str(h) for h in next(rows)]
for values in rows:
    row = {h: ("" if v is None else v) for h, v in zip(header, values)}
    email = str(row["Email"]).strip().lower()
    if not EMAIL.match(email) or email in seen:
        continue
    seen.add(email)
    u = {"email": email, "firstName": row["First Name"], "lastName": row["Last Name"],
         "status": "active" if row["Status"] == "Active" else "deleted",
         "externalStatus": row["Status"], "roles": [x for x in str(row["Role"]).split(";") if x],
         "id": row["Employee ID"]}
    ll = row["Last Login"]
    if isinstance(ll, datetime):
        u["lastUsedDate"] = ll.strftime("%Y-%m-%dT%H:%M:%SZ")
    users.append(u)
    if row["License"]:
        licenses.setdefault(row["License"], []).append({"email": email, "licenseStatus": "active"})
with open(dst, "w", encoding="utf-8") as f:
    json.dump({"users": users, "licenses": [{"name": k, "users": v} for k, v in licenses.items()]}, f, ensure_ascii=False)
print(len(users), "users")
