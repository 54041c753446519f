// PayloadWriter: JSON escaping, absent values left out, 0600 temp file renamed into place, SHA-256 of the
// bytes on disk, determinism, and the refusal of an empty users[].
#include "common/sha256.h"
#include "payload/payloadwriter.h"
#include "schemachecker.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestPayloadWriter : public QObject
{
    Q_OBJECT

private slots:
    void sha256OfDevice();
    void writesValidJsonAndOmitsAbsentValues();
    void escapesControlAndQuoteCharacters();
    void escapesAtEveryPositionOfAWord();
    void refusesEmptyUsers();
    void fileIsPrivateAndHashMatches();
    void manyBuffersKeepTheirOrder();
    void sameInputSameBytes();
    void replacesExistingPayloadAtomically();

private:
    static QByteArray writeSample(const QString& path);
};

QByteArray TestPayloadWriter::writeSample(const QString& path)
{
    PayloadWriter writer(path);
    QString error;
    if (!writer.open(&error))
        return {};
    MappedUser a;
    a.email = "ana@example.com";
    a.firstName = "Ana María";
    a.status = "active";
    a.externalStatus = "Active";
    a.roles = {"Admin", "Billing"};
    a.lastUsedDate = "2026-04-10T04:05:20Z";
    writer.writeUser(a);
    MappedUser b;
    b.email = "zoe@example.com";
    writer.writeUser(b);
    LicenseConstants c;
    c.pricePerUser = 15000;
    c.unassignedAmount = 3;
    writer.beginLicense("Pro", c);
    writer.writeLicenseUser("ana@example.com", "active");
    writer.writeLicenseUser("zoe@example.com", {});
    writer.endLicense();
    if (!writer.finish(&error))
        return {};
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void TestPayloadWriter::writesValidJsonAndOmitsAbsentValues()
{
    QTemporaryDir dir;
    const QByteArray bytes = writeSample(dir.filePath(QStringLiteral("p.json")));
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(SchemaChecker::check(bytes), QStringList());
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonArray users = root.value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 2);
    const QJsonObject zoe = users.at(1).toObject();
    QCOMPARE(zoe.keys(), QStringList {QStringLiteral("email")}); // nothing sent as ""
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("roles")).toArray().size(), 2);
    const QJsonObject pro = root.value(QStringLiteral("licenses")).toArray().at(0).toObject();
    QCOMPARE(pro.value(QStringLiteral("pricePerUser")).toInt(), 15000);
    QCOMPARE(pro.value(QStringLiteral("unassignedAmount")).toInt(), 3);
    QVERIFY(!pro.value(QStringLiteral("users")).toArray().at(1).toObject().contains(QStringLiteral("licenseStatus")));
}

void TestPayloadWriter::escapesControlAndQuoteCharacters()
{
    std::string out(64, '\0');
    const QByteArrayView input("a\"b\\c\nd\x01\te");
    char* end = PayloadWriter::putString(out.data(), input);
    const QByteArray json(out.data(), end - out.data());
    QCOMPARE(json, QByteArray("\"a\\\"b\\\\c\\nd\\u0001\\te\""));
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
    QCOMPARE(doc.array().at(0).toString().toUtf8(), input.toByteArray());
}

// putString reads whole words (sixteen bytes with SSE2, a tail overlapping the word before, short strings as
// two overlapping halves): every special byte at every offset and string length up to three words and a
// tail, against a byte-by-byte reference (and JSON round trip), so no word boundary can let one through
// unescaped, and nothing is written past the string's end.
void TestPayloadWriter::escapesAtEveryPositionOfAWord()
{
    auto reference = [](QByteArrayView in) {
        QByteArray json("\"");
        for (const char ch : in) {
            const unsigned char c = static_cast<unsigned char>(ch);
            if (c == '"' || c == '\\')
                json += QByteArray("\\") + ch;
            else if (c == '\n')
                json += "\\n";
            else if (c == '\r')
                json += "\\r";
            else if (c == '\t')
                json += "\\t";
            else if (c < 0x20)
                json += "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0');
            else
                json += ch;
        }
        json += '"';
        return json;
    };
    const QByteArray specials("\"\\\n\r\t\x01\x1f", 7);
    // Bytes next to the specials in value: ' ' (0x20), '!' (0x21), '[' / ']' around '\\', 0x7f, UTF-8.
    const QByteArray fillers("a !#[]\x7f\xc3\xa9\xe2\x82\xac");
    std::string out(1024, '\0');
    int checked = 0;
    for (qsizetype length = 0; length <= 57; ++length) {
        for (qsizetype at = 0; at <= length; ++at) {
            for (const char special : specials) {
                QByteArray input;
                for (qsizetype i = 0; i < length; ++i)
                    input += fillers.at((i * 7 + length) % fillers.size());
                if (at < length)
                    input[at] = special;
                std::fill(out.begin(), out.end(), '\xAA');
                char* end = PayloadWriter::putString(out.data(), input);
                const QByteArray json(out.data(), end - out.data());
                QCOMPARE(json, reference(input));
                QVERIFY(std::all_of(out.cbegin() + (end - out.data()), out.cend(), [](char c) { return c == '\xAA'; }));
                ++checked;
                if (at == length)
                    break; // no special in this one: once per length is enough
            }
        }
    }
    QVERIFY(checked > 10000);
    // Many specials in a row, and a long plain run around them.
    const QByteArray mixed = QByteArray(19, 'x') + QByteArray(9, '"') + QByteArray(17, 'y') + QByteArray(8, '\\');
    char* end = PayloadWriter::putString(out.data(), mixed);
    QCOMPARE(QByteArray(out.data(), end - out.data()), reference(mixed));
    const QJsonDocument doc = QJsonDocument::fromJson("[" + QByteArray(out.data(), end - out.data()) + "]");
    QCOMPARE(doc.array().at(0).toString().toUtf8(), mixed);
}

void TestPayloadWriter::refusesEmptyUsers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.json"));
    PayloadWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    QVERIFY(!writer.finish(&error));
    QVERIFY2(error.contains(QStringLiteral("at least one user")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // no temp file left behind
}

void TestPayloadWriter::fileIsPrivateAndHashMatches()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.json"));
    PayloadWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    MappedUser a;
    a.email = "ana@example.com";
    writer.writeUser(a);
    QVERIFY(writer.finish(&error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(f.permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QCOMPARE(writer.bytes(), bytes.size());
    QCOMPARE(writer.sha256Hex(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void TestPayloadWriter::manyBuffersKeepTheirOrder()
{
    // Several MiB: ChunkSink's hashing and writing threads each take the buffers in turn; the file holds the
    // users in order and the reported hash and size are the file's.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.json"));
    PayloadWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    const int users = 60000;
    for (int i = 0; i < users; ++i) {
        const QByteArray email = "user" + QByteArray::number(i) + "@example.com";
        const QByteArray name = "Name " + QByteArray::number(i) + ' ' + QByteArray(i % 97, 'x');
        MappedUser u;
        u.email = email;
        u.firstName = name;
        writer.writeUser(u);
    }
    QVERIFY2(writer.finish(&error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 4 * (1 << 20));
    QCOMPARE(writer.bytes(), bytes.size());
    QCOMPARE(writer.sha256Hex(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QJsonArray list = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("users")).toArray();
    QCOMPARE(list.size(), users);
    for (int i = 0; i < users; i += 997)
        QCOMPARE(list.at(i).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("user%1@example.com").arg(i));
}

void TestPayloadWriter::sameInputSameBytes()
{
    QTemporaryDir dir;
    const QByteArray one = writeSample(dir.filePath(QStringLiteral("1.json")));
    const QByteArray two = writeSample(dir.filePath(QStringLiteral("2.json")));
    QVERIFY(!one.isEmpty());
    QCOMPARE(one, two);
}

void TestPayloadWriter::replacesExistingPayloadAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(!writeSample(path).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("p.json")});
    QCOMPARE(SchemaChecker::checkFile(path), QStringList());
}

void TestPayloadWriter::sha256OfDevice()
{
    // The fast hash (OpenSSL when built with it) agrees with Qt's over several 1 MiB reads and a short tail.
    QByteArray bytes;
    for (int i = 0; bytes.size() < (3 << 20) + 12345; ++i)
        bytes += QByteArray::number(i * 2654435761u) + ',';
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(Sha256::hexDigestOf(&buffer), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QBuffer empty;
    QVERIFY(empty.open(QIODevice::ReadOnly));
    QCOMPARE(Sha256::hexDigestOf(&empty),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    // A caller that gives up (sync's early return) gets no digest instead of waiting for the rest.
    QVERIFY(buffer.seek(0));
    const std::atomic_bool stop = true;
    QVERIFY(Sha256::hexDigestOf(&buffer, &stop).isEmpty());
    QCOMPARE(buffer.pos(), qint64(0)); // stopped before the first read
}

QTEST_GUILESS_MAIN(TestPayloadWriter)
#include "tst_payloadwriter.moc"
