#!/usr/bin/env python3
"""gen-export.py FILE [ROWS]: writes a deterministic synthetic user export (default 1,000,000 rows, ~92 MB) in
the common admin-console shape the benchmark measures: e-mail, names with accents, CJK and a quoted comma,
status words, ISO dates with "Never", ';'-joined roles, licences with blanks, an employee id."""
import csv
import random
import sys

rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rnd = random.Random(20261203)
first = ["Inés María", "Haruto", "Noël", "Łucja", "Amélie", "Layla", "Sergei", "Trần", "Mads", "Aiyana", "O'Neill",
         "Raúl"]
last = ["Castro Ruiz", "Sato", "Østergård", "Wróbel", "Laurent", "Haddad", "Petrov", "Thị Mai", "Kjærgaard",
        "Redcloud", "Smith, Jr.", "Muñoz"]
status = ["Active", "Active", "Active", "Suspended", "Deactivated"]
roles = ["Member", "Admin", "Member;Billing", "Owner", "Guest"]
licences = ["Enterprise", "Pro", "Basic", ""]
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Email", "First Name", "Last Name", "Status", "Last Login", "Role", "License", "Employee ID"])
    for i in range(rows):
        login = "Never" if i % 17 == 0 else (
            f"2026-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}T{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:00Z")
        w.writerow([f"user{i}@example.com", rnd.choice(first), rnd.choice(last), rnd.choice(status), login,
                    rnd.choice(roles), rnd.choice(licences), f"E-{i:07d}"])
