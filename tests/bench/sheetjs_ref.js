// Peer baseline for workbooks: SheetJS (npm "xlsx", the reader behind browser spreadsheet importers) reading the
// .xlsx, then python_ref.py's mapping and JSON building. XLSX=path/to/node_modules/xlsx selects the module.
const fs = require('fs');
const XLSX = require(process.env.XLSX || 'xlsx');
const [src, dst] = process.argv.slice(2);
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const users = [], seen = new Set(), licenses = new Map();
const wb = XLSX.readFile(src, { cellDates: true, dense: true });
for (const row of XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { defval: '' })) {
  const email = String(row['Email']).trim().toLowerCase();
  if (!EMAIL.test(email) || seen.has(email)) continue;
  seen.add(email);
  const u = { email, firstName: row['First Name'], lastName: row['Last Name'],
    status: row['Status'] === 'Active' ? 'active' : 'deleted', externalStatus: row['Status'],
    roles: String(row['Role']).split(';').filter(Boolean), id: row['Employee ID'] };
  const ll = row['Last Login'];
  if (ll instanceof Date) u.lastUsedDate = ll.toISOString().replace(/\.\d{3}Z$/, 'Z');
  users.push(u);
  if (row['License']) {
    if (!licenses.has(row['License'])) licenses.set(row['License'], []);
    licenses.get(row['License']).push({ email, licenseStatus: 'active' });
  }
}
fs.writeFileSync(dst, JSON.stringify({ users, licenses: [...licenses].map(([name, us]) => ({ name, users: us })) }));
console.log(users.length, 'users');
