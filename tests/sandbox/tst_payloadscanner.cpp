// PayloadScanner: JSON syntax as QJsonDocument takes it plus the payload schema, the same verdict for any
// split of the input, and agreement with the QJsonDocument-based reference it replaced.
#include "referencepayloadschema.h"
#include "sandbox/payloadscanner.h"
#include "sandbox/payloadschema.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

namespace
{
    PayloadSchema::Result scanSplit(const QByteArray& json, const QList<qsizetype>& cuts)
    {
        PayloadScanner scanner;
        qsizetype from = 0;
        for (const qsizetype cut : cuts) {
            scanner.feed(QByteArrayView(json).sliced(from, cut - from));
            from = cut;
        }
        scanner.feed(QByteArrayView(json).sliced(from));
        return scanner.finish();
    }

    PayloadSchema::Result scanBytewise(const QByteArray& json)
    {
        PayloadScanner scanner;
        for (qsizetype i = 0; i < json.size(); ++i)
            scanner.feed(QByteArrayView(json).sliced(i, 1));
        return scanner.finish();
    }

    PayloadSchema::Result scanRandom(const QByteArray& json, QRandomGenerator* random)
    {
        QList<qsizetype> cuts;
        for (qsizetype at = 0; json.size() > 0;) {
            at += 1 + random->bounded(qsizetype(8));
            if (at >= json.size())
                break;
            cuts.append(at);
        }
        return scanSplit(json, cuts);
    }

    QString describe(const PayloadSchema::Result& result)
    {
        return QStringLiteral("ok=%1 users=%2 licenses=%3 message=%4")
            .arg(result.ok)
            .arg(result.users)
            .arg(result.licenses)
            .arg(result.message);
    }

    bool same(const PayloadSchema::Result& a, const PayloadSchema::Result& b)
    {
        return a.ok == b.ok && a.users == b.users && a.licenses == b.licenses && a.message == b.message;
    }

    bool validJson(const QByteArray& json)
    {
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        return error.error == QJsonParseError::NoError;
    }

    QByteArray user(const QByteArray& fields)
    {
        return R"({"users":[)" + fields + "]}";
    }

    QByteArray license(const QByteArray& fields)
    {
        return R"({"users":[{"email":"a@x.io"}],"licenses":[)" + fields + "]}";
    }

    // Replaces the key that ends at the '"' at `quote` (key) or the value after it (value) with `text`, leaving
    // the rest of the document as it was; nothing when `quote` is -1.
    void replaceToken(QByteArray* json, qsizetype quote, bool key, const QByteArray& text)
    {
        if (quote < 0)
            return;
        if (key) {
            const qsizetype open = json->lastIndexOf('"', quote - 1);
            if (open >= 0)
                json->replace(open + 1, quote - open - 1, text);
            return;
        }
        const qsizetype from = quote + 2;
        qsizetype to = from;
        if (to < json->size() && json->at(to) == '"') {
            for (++to; to < json->size() && json->at(to) != '"'; ++to) {
                if (json->at(to) == '\\')
                    ++to;
            }
            ++to;
        } else {
            int depth = 0;
            for (; to < json->size(); ++to) {
                const char c = json->at(to);
                if (c == '[' || c == '{')
                    ++depth;
                else if ((c == ']' || c == '}') && depth-- == 0)
                    break;
                else if (c == ',' && depth == 0)
                    break;
            }
        }
        json->replace(from, std::min(to, json->size()) - from, text);
    }
} // namespace

class TestPayloadScanner : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void numbers();
    void deepNesting();
    void samplePayloads();
    void mutations();
    void validateDeviceAndFile();

private:
    void checkAgainstReference(const QByteArray& json, const char* what);
};

void TestPayloadScanner::table_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("licenses");
    QTest::addColumn<QString>("message");
    const QString notJson = QStringLiteral("File is not valid JSON");
    auto good = [](const char* name, const QByteArray& json, int users = 1, int licenses = 0) {
        QTest::newRow(name) << json << true << users << licenses << QString();
    };
    auto bad = [](const char* name, const QByteArray& json, const QString& message) {
        QTest::newRow(name) << json << false << 0 << 0 << message;
    };

    // The shape of the document.
    good("minimal", user(R"({"email":"a@x.io"})"));
    good("two users", user(R"({"email":"a@x.io"},{"email":"b@x.io"})"), 2);
    good("whitespace everywhere",
         " \t\r\n{ \"users\" : [ { \"email\" : \"a@x.io\" , \"roles\" : [ ] } , {\"email\":\"b\"} ] , "
         "\"licenses\" : [ ] }\n\t ",
         2);
    good("other keys allowed", R"({"meta":{"a":[1,{"b":"]"}],"c":null},"users":[{"email":"a@x.io"}],"z":true})");
    good("tricky strings", R"({"users":[{"email":"a@x.io","firstName":"}],{\"x"}],"licenses":[]})");
    good("licenses before users", R"({"licenses":[{"name":"Pro"}],"users":[{"email":"a@x.io"}]})", 1, 1);
    good("duplicate top-level users add up", R"({"users":[{"email":"a"}],"users":[{"email":"b"}]})", 2);
    bad("empty input", "", QStringLiteral("File must contain a JSON object"));
    bad("only whitespace", " \n", QStringLiteral("File must contain a JSON object"));
    bad("top-level array", R"([{"users":[]}])", QStringLiteral("File must contain a JSON object"));
    bad("BOM (the old check refused it too)", "\xEF\xBB\xBF" + user(R"({"email":"a"})"),
        QStringLiteral("File must contain a JSON object"));
    bad("no users", R"({"licenses":[]})", QStringLiteral("\"users\" is required and must be an array"));
    bad("escaped users key is not users at the top", R"({"us\u0065rs":[{"email":"a"}]})",
        QStringLiteral("\"users\" is required"));
    bad("empty users", R"({"users":[]})", QStringLiteral("Must have at least 1 valid user"));
    bad("users not array", R"({"users":{"email":"a@x.io"}})", QStringLiteral("\"users\" must be an array"));
    bad("licenses not array", R"({"users":[{"email":"a"}],"licenses":{}})",
        QStringLiteral("\"licenses\" must be an array"));
    bad("user not object", user(R"({"email":"a"},["x"])"), QStringLiteral("users[1] must be an object"));
    bad("user string", user(R"("a@x.io")"), QStringLiteral("users[0] must be an object"));
    bad("license not object", license("3"), QStringLiteral("licenses[0] must be an object"));

    // User rules.
    bad("missing email", user(R"({"firstName":"A"})"), QStringLiteral("users[0].email is required"));
    bad("empty email", user(R"({"email":""})"), QStringLiteral("users[0].email is required"));
    bad("blank email", user(R"({"email":" \t "})"), QStringLiteral("users[0].email is required"));
    bad("escaped blank email", user(R"({"email":"\n\u0020\r\t\f"})"), QStringLiteral("users[0].email is required"));
    bad("unicode blank email", user("{\"email\":\"\\u00a0\xe2\x80\x83\xe3\x80\x80\\u2028\xc2\x85\"}"),
        QStringLiteral("users[0].email is required"));
    bad("latin-1 escape blank email", user("{\"email\":\"\\\xa0\"}"), QStringLiteral("users[0].email is required"));
    bad("raw control blank email", user("{\"email\":\"\x0b\x0c\"}"), QStringLiteral("users[0].email is required"));
    good("zero-width space is not trimmed", user(R"({"email":"\u200b"})"));
    good("mongolian vowel separator is not trimmed", user(R"({"email":"\u180e"})"));
    good("backspace is not trimmed", user(R"({"email":"\b"})"));
    good("lone surrogate email", user(R"({"email":"\ud800"})"));
    good("nul email", user(R"({"email":"\u0000"})"));
    bad("email number", user(R"({"email":5})"), QStringLiteral("users[0].email is required"));
    bad("email null", user(R"({"email":null})"), QStringLiteral("users[0].email is required"));
    bad("email array", user(R"({"email":["a"]})"), QStringLiteral("users[0].email is required"));
    bad("second user", user(R"({"email":"a"},{"email":"b","status":"x"})"),
        QStringLiteral("users[1].status must be one of [active, deleted]"));
    good("status active", user(R"({"email":"a","status":"active"})"));
    good("status deleted escaped", user(R"({"email":"a","status":"d\u0065let\ed"})"));
    bad("status inactive", user(R"({"email":"a","status":"inactive"})"),
        QStringLiteral("users[0].status must be one of [active, deleted]"));
    bad("status case", user(R"({"email":"a","status":"Active"})"), QStringLiteral("status must be one of"));
    bad("status nul", user(R"({"email":"a","status":"active\u0000"})"), QStringLiteral("status must be one of"));
    bad("status null", user(R"({"email":"a","status":null})"), QStringLiteral("status must be one of"));
    bad("status long", user(R"({"email":"a","status":"activeactiveactiveactive"})"),
        QStringLiteral("status must be one of"));
    bad("roles string", user(R"({"email":"a","roles":"Admin"})"), QStringLiteral("users[0].roles must be an array"));
    good("roles anything inside", user(R"({"email":"a","roles":[1,{"x":[]},null]})"));
    for (const char* field : {"id", "firstName", "lastName", "externalStatus", "lastUsedDate"}) {
        const QByteArray name(field);
        good(qPrintable(QStringLiteral("%1 string").arg(QLatin1String(field))),
             user(R"({"email":"a",")" + name + R"(":"x"})"));
        bad(qPrintable(QStringLiteral("%1 number").arg(QLatin1String(field))),
            user(R"({"email":"a",")" + name + R"(":1})"),
            QStringLiteral("users[0].%1 must be a string").arg(QLatin1String(field)));
    }
    bad("check order: email first", user(R"({"status":"x","roles":1})"), QStringLiteral("users[0].email"));
    bad("check order: status before roles", user(R"({"email":"a","roles":1,"status":"x"})"),
        QStringLiteral("users[0].status"));
    good("unknown user keys", user(R"({"email":"a","emails":1,"Email":2,"status ":3})"));
    good("escaped key", user(R"({"\u0065mail":"a","st\atus":"active"})"));
    // QJsonObject keeps the last of duplicate keys.
    good("duplicate email, last good", user(R"({"email":"","email":"a"})"));
    bad("duplicate email, last bad", user(R"({"email":"a","email":" "})"), QStringLiteral("email is required"));
    good("duplicate status, last good", user(R"({"email":"a","status":"x","status":"active"})"));
    bad("duplicate roles, last bad", user(R"({"email":"a","roles":[],"roles":{}})"), QStringLiteral("roles"));
    good("duplicate via escape, last good", user(R"({"email":"","\u0065mail":"a"})"));

    // Licence rules.
    good("license", license(R"({"name":"Pro","unassignedAmount":3,"pricePerUser":9.5,"users":[]})"), 1, 1);
    bad("license name missing", license(R"({"users":[]})"), QStringLiteral("licenses[0].name is required"));
    bad("license name empty", license(R"({"name":""})"), QStringLiteral("licenses[0].name is required"));
    good("license name blank is fine", license(R"({"name":" "})"), 1, 1);
    bad("license name number", license(R"({"name":1})"), QStringLiteral("licenses[0].name is required"));
    bad("license amount string", license(R"({"name":"P","unassignedAmount":"3"})"),
        QStringLiteral("licenses[0].unassignedAmount must be a number"));
    bad("license price null", license(R"({"name":"P","pricePerUser":null})"),
        QStringLiteral("licenses[0].pricePerUser must be a number"));
    good("license users object is not checked", license(R"({"name":"P","users":{"email":""}})"), 1, 1);
    good("license users string is not checked", license(R"({"name":"P","users":"x"})"), 1, 1);
    bad("license user no email", license(R"({"name":"P","users":[{"email":"a"},{"licenseStatus":"active"}]})"),
        QStringLiteral("licenses[0].users[1].email is required"));
    bad("license user not object", license(R"({"name":"P","users":[{"email":"a"},"b@x.io"]})"),
        QStringLiteral("licenses[0].users[1].email is required"));
    bad("license user array", license(R"({"name":"P","users":[[]]})"),
        QStringLiteral("licenses[0].users[0].email is required"));
    good("license user blank email is fine", license(R"({"name":"P","users":[{"email":" "}]})"), 1, 1);
    bad("license user email number", license(R"({"name":"P","users":[{"email":1}]})"),
        QStringLiteral("licenses[0].users[0].email is required"));
    bad("license user status", license(R"({"name":"P","users":[{"email":"a","licenseStatus":"on"}]})"),
        QStringLiteral("licenses[0].users[0].licenseStatus must be one of [active, inactive, deleted]"));
    good("license user statuses",
         license(R"({"name":"P","users":[{"email":"a","licenseStatus":"active"},{"email":"b","licenseStatus":)"
                 R"("inactive"},{"email":"c","licenseStatus":"deleted"}]})"),
         1, 1);
    bad("license checks name before users", license(R"({"users":[{}],"name":""})"),
        QStringLiteral("licenses[0].name is required"));
    bad("license first bad user wins", license(R"({"name":"P","users":[{"email":"a","licenseStatus":"x"},{}]})"),
        QStringLiteral("licenses[0].users[0].licenseStatus"));
    good("license later users key replaces bad array", license(R"({"name":"P","users":[{}],"users":5})"), 1, 1);
    bad("license later users key brings bad array", license(R"({"name":"P","users":5,"users":[{},{}]})"),
        QStringLiteral("licenses[0].users[0].email is required"));
    good("second license", license(R"({"name":"A"},{"name":"B"})"), 1, 2);
    bad("second license bad", license(R"({"name":"A"},{"name":"B","users":[{"email":""}]})"),
        QStringLiteral("licenses[1].users[0].email is required"));

    // Syntax: what QJsonDocument refuses, the scanner refuses.
    bad("truncated", R"({"users":[{"email":"a@x.io"})", notJson);
    bad("truncated string", R"({"users":[{"email":"a@x)", notJson);
    bad("truncated escape", R"({"users":[{"email":"a\)", notJson);
    bad("truncated number", R"({"users":[{"email":"a"}],"n":12)", notJson);
    bad("trailing data", user(R"({"email":"a"})") + " x", QStringLiteral("after the top-level object"));
    bad("trailing nul", user(R"({"email":"a"})") + QByteArray(1, '\0'), QStringLiteral("at offset 25"));
    bad("second document", user(R"({"email":"a"})") + "{}", QStringLiteral("after the top-level object"));
    bad("missing comma", user(R"({"email":"a"} {"email":"b"})"), QStringLiteral("expected ',' or ']'"));
    bad("missing colon", user(R"({"email" "a"})"), QStringLiteral("expected ':'"));
    bad("trailing comma in array", user(R"({"email":"a"},)"), notJson);
    bad("trailing comma in object", user(R"({"email":"a",})"), QStringLiteral("expected a key"));
    bad("empty value", user(R"({"email":})"), QStringLiteral("expected a value"));
    bad("comma value", user(R"({"email":,"a"})"), notJson);
    bad("single quotes", user(R"({'email':'a'})"), notJson);
    bad("unquoted key", user(R"({email:"a"})"), notJson);
    bad("non-string key", user(R"({1:"a"})"), notJson);
    bad("bad literal", user(R"({"email":"a","x":tru})"), QStringLiteral("illegal value"));
    bad("literal case", user(R"({"email":"a","x":True})"), QStringLiteral("illegal value"));
    bad("literal glued", user(R"({"email":"a","x":nulll})"), notJson);
    bad("form feed is not whitespace", "\x0c" + user(R"({"email":"a"})"), QStringLiteral("JSON object"));
    bad("form feed between tokens", user("{\"email\":\x0c\"a\"}"), QStringLiteral("illegal value"));
    bad("nbsp between tokens", user("{\"email\":\xc2\xa0\"a\"}"), QStringLiteral("illegal value"));
    bad("error inside element says where", user(R"({"email":"a"},{"email":tru})"),
        QStringLiteral("illegal value at offset 36 in users[1]"));
    bad("unbalanced close", R"({"users":[{"email":"a"}]]})", notJson);
    bad("object closed by bracket", R"({"users":[{"email":"a"]]})", notJson);

    // Strings: Qt takes control characters and unknown escapes, refuses bad \u and bad UTF-8.
    good("control characters in strings", user(QByteArray("{\"email\":\"a\x01\x1f\x7f\",\"id\":\"\x00\"}", 25)));
    good("escapes", user(R"({"email":"a\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00"})"));
    good("unknown escape is the character", user(R"({"email":"\a\x\'"})"));
    good("escaped latin-1 byte", user("{\"email\":\"\\\xff\"}"));
    bad("escaped utf-8 lead leaves a stray continuation", user("{\"email\":\"\\\xc3\xa9\"}"),
        QStringLiteral("invalid UTF-8"));
    good("lone surrogates", user(R"({"email":"a","id":"\udc00\ud800"})"));
    bad("short \\u", user(R"({"email":"\u12"})"), QStringLiteral("invalid escape sequence"));
    bad("bad hex in \\u", user(R"({"email":"\u12g4"})"), QStringLiteral("invalid escape sequence"));
    good("upper-case hex", user(R"({"email":"\u00AF\uFFFF"})"));
    good("utf-8 all lengths", user("{\"email\":\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf\"}"));
    good("noncharacters", user("{\"email\":\"\xef\xbf\xbe\xef\xbf\xbf\xef\xb7\x90\"}"));
    bad("overlong 2", user("{\"email\":\"\xc0\x80\"}"), QStringLiteral("invalid UTF-8"));
    bad("overlong 2 c1", user("{\"email\":\"\xc1\xbf\"}"), QStringLiteral("invalid UTF-8"));
    bad("overlong 3", user("{\"email\":\"\xe0\x9f\xbf\"}"), QStringLiteral("invalid UTF-8"));
    bad("overlong 4", user("{\"email\":\"\xf0\x8f\xbf\xbf\"}"), QStringLiteral("invalid UTF-8"));
    bad("utf-8 surrogate", user("{\"email\":\"\xed\xa0\x80\"}"), QStringLiteral("invalid UTF-8"));
    bad("above U+10FFFF", user("{\"email\":\"\xf4\x90\x80\x80\"}"), QStringLiteral("invalid UTF-8"));
    bad("f5 lead", user("{\"email\":\"\xf5\x80\x80\x80\"}"), QStringLiteral("invalid UTF-8"));
    bad("lone continuation", user("{\"email\":\"a\x80\"}"), QStringLiteral("invalid UTF-8"));
    bad("truncated sequence", user("{\"email\":\"\xe2\x82\"}"), QStringLiteral("invalid UTF-8"));
    bad("ff byte", user("{\"email\":\"\xff\"}"), QStringLiteral("invalid UTF-8"));
    bad("bad utf-8 in a key", user("{\"e\xffmail\":\"a\"}"), QStringLiteral("invalid UTF-8"));
    bad("bad utf-8 outside elements", "{\"x\":\"\xc3\"," + user(R"({"email":"a"})").mid(1),
        QStringLiteral("invalid UTF-8"));

    // Numbers: Qt's grammar and range.
    for (const char* number : {"0", "-0", "12", "1.5", "1.", ".5", "-.5", "1.e5", "1E+5", "0e400", "4.9e-324",
                               "1.7976931348623157e308", "123456789012345678901234567890"})
        good(qPrintable(QStringLiteral("number %1").arg(QLatin1String(number))),
             license(R"({"name":"P","pricePerUser":)" + QByteArray(number) + "}"), 1, 1);
    for (const char* number :
         {"-", ".", "-.", "1e", "1e+", "e5", "+1", "1e400", "-1e400", "1e-400", "2e-324", "1.7976931348623159e308"})
        bad(qPrintable(QStringLiteral("number %1").arg(QLatin1String(number))),
            license(R"({"name":"P","pricePerUser":)" + QByteArray(number) + "}"), notJson);
    bad("leading zero", license(R"({"name":"P","pricePerUser":01})"), notJson);
    bad("two dots", license(R"({"name":"P","pricePerUser":1.5.3})"), notJson);
    bad("hex number", license(R"({"name":"P","pricePerUser":0x1})"), notJson);
    bad("number outside elements overflows", "{\"n\":1e999," + user(R"({"email":"a"})").mid(1),
        QStringLiteral("illegal number"));
}

void TestPayloadScanner::table()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(int, users);
    QFETCH(int, licenses);
    QFETCH(QString, message);
    const PayloadSchema::Result whole = PayloadSchema::validateJson(json);
    QVERIFY2(whole.ok == ok, qPrintable(describe(whole)));
    if (ok) {
        QCOMPARE(whole.users, users);
        QCOMPARE(whole.licenses, licenses);
        QVERIFY(whole.message.isEmpty());
    } else {
        QVERIFY2(whole.message.contains(message), qPrintable(whole.message));
        QCOMPARE(whole.users, 0);
    }
    const PayloadSchema::Result bytewise = scanBytewise(json);
    QVERIFY2(same(whole, bytewise), qPrintable(describe(bytewise)));
    QRandomGenerator random(42);
    for (int i = 0; i < 20; ++i) {
        const PayloadSchema::Result split = scanRandom(json, &random);
        QVERIFY2(same(whole, split), qPrintable(describe(split)));
    }
    checkAgainstReference(json, "table");
}

// The oracle: where the whole input is valid JSON the old check and the scanner must agree; where the scanner
// accepts, the old check must accept too (it was laxer about syntax, never stricter).
void TestPayloadScanner::checkAgainstReference(const QByteArray& json, const char* what)
{
    const PayloadSchema::Result scanned = PayloadSchema::validateJson(json);
    const PayloadSchema::Result reference = ReferencePayloadSchema::validateJson(json);
    const bool agree =
        scanned.ok == reference.ok && scanned.users == reference.users && scanned.licenses == reference.licenses;
    if ((validJson(json) || scanned.ok) && !agree) {
        qWarning("%s: %s", what, json.left(2000).toHex(' ').constData());
        QFAIL(qPrintable(QStringLiteral("scanner: %1\nreference: %2").arg(describe(scanned), describe(reference))));
    }
}

void TestPayloadScanner::numbers()
{
    // Around the ends of the double range the verdict comes from the conversion itself: compare with Qt.
    QRandomGenerator random(7);
    QList<QByteArray> numbers;
    for (int i = 0; i < 3000; ++i) {
        QByteArray text;
        if (random.bounded(2))
            text += '-';
        const int intDigits = random.bounded(4);
        for (int d = 0; d < intDigits; ++d)
            text += char('0' + random.bounded(10));
        if (random.bounded(2) || intDigits == 0) {
            text += '.';
            const int zeros = random.bounded(3) == 0 ? random.bounded(400) : 0;
            text += QByteArray(zeros, '0');
            const int fracDigits = random.bounded(30);
            for (int d = 0; d < fracDigits; ++d)
                text += char('0' + random.bounded(10));
        }
        const int exponents[] = {308, 309, 307, -308, -320, -323, -324, -325, 0, 1, 400, -400};
        const int exponent = exponents[random.bounded(int(std::size(exponents)))] + random.bounded(5) - 2;
        text += random.bounded(2) ? 'e' : 'E';
        text += QByteArray::number(exponent);
        numbers.append(text);
    }
    numbers << "2.4703282292062327e-324"
            << "2.4703282292062328e-324"
            << "1.7976931348623158e308"
            << "179769313486231580793728971405301e276"
            << "0." + QByteArray(2000, '0') + "1e2000"
            << "1" + QByteArray(400, '0') << "1" + QByteArray(308, '0') << "0.1e-99999999999999999999999"
            << QByteArray(900, '9') + "e-600";
    for (const QByteArray& number : std::as_const(numbers)) {
        const QByteArray json = R"({"users":[{"email":"a"}],"n":)" + number + "}";
        const PayloadSchema::Result result = PayloadSchema::validateJson(json);
        QVERIFY2(result.ok == validJson(json), number.constData());
        QVERIFY2(same(result, scanBytewise(json)), number.constData());
    }
}

void TestPayloadScanner::deepNesting()
{
    // QJsonDocument takes 1024 levels and refuses 1025, counting the top-level object.
    for (const int depth : {1023, 1024}) {
        const QByteArray json =
            R"({"users":[{"email":"a"}],"deep":)" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
        const bool expected = depth == 1023;
        QCOMPARE(validJson(json), expected);
        const PayloadSchema::Result result = PayloadSchema::validateJson(json);
        QVERIFY2(result.ok == expected, qPrintable(result.message));
        if (!expected)
            QVERIFY(result.message.contains(QLatin1String("too deeply nested")));
        QVERIFY(same(result, scanBytewise(json)));
    }
    // Deep inside a user: the old check counted from the element, the scanner counts like the whole-file parse.
    const QByteArray roles = QByteArray(1022, '[') + QByteArray(1022, ']');
    const QByteArray json = R"({"users":[{"email":"a","roles":)" + roles + "}]}";
    QVERIFY(!validJson(json));
    QVERIFY(!PayloadSchema::validateJson(json).ok);
}

void TestPayloadScanner::samplePayloads()
{
    // The payloads the engine writes for the shared samples (the fuzz seeds), plus a generated larger one.
    const QDir corpus(QStringLiteral(TORIISYNC_SOURCE_DIR "/tests/fuzz/corpus/payload"));
    const QStringList files = corpus.entryList(QDir::Files);
    QVERIFY(files.size() >= 10);
    int accepted = 0;
    QRandomGenerator random(3);
    for (const QString& name : files) {
        QFile file(corpus.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        checkAgainstReference(json, qPrintable(name));
        const PayloadSchema::Result whole = PayloadSchema::validateJson(json);
        QVERIFY2(same(whole, scanBytewise(json)), qPrintable(name));
        QVERIFY2(same(whole, scanRandom(json, &random)), qPrintable(name));
        accepted += whole.ok;
    }
    QVERIFY(accepted >= 10);
}

void TestPayloadScanner::mutations()
{
    const QDir corpus(QStringLiteral(TORIISYNC_SOURCE_DIR "/tests/fuzz/corpus/payload"));
    QList<QByteArray> seeds;
    for (const QString& name : corpus.entryList(QDir::Files)) {
        QFile file(corpus.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        seeds.append(file.readAll().left(1500));
    }
    seeds << user(R"({"email":"a","status":"active","roles":["A"],"id":"1"})")
          << license(R"({"name":"P","pricePerUser":1.5,"users":[{"email":"a","licenseStatus":"inactive"}]})");
    const QList<QByteArray> snippets = {"\\u00a0",
                                        "\\ud800",
                                        "\\",
                                        "\"",
                                        "{",
                                        "}",
                                        "[",
                                        "]",
                                        ",",
                                        ":",
                                        " ",
                                        "1e400",
                                        "-",
                                        ".",
                                        "0",
                                        "null",
                                        "\"email\":",
                                        "\"status\":\"deleted\"",
                                        "\"users\":",
                                        "\"licenses\":[]",
                                        "\xc3\xa9",
                                        "\xe2\x80\x83",
                                        "\xff",
                                        "\xed\xa0\x80",
                                        "\\u0065",
                                        "\"\"",
                                        "\"email\":\" \"",
                                        "\"licenseStatus\":5",
                                        "\"name\":\"\"",
                                        "\t"};
    const QList<QByteArray> keys = {
        "email",       "status",   "roles", "id",           "firstName",        "lastUsedDate",
        "users",       "licenses", "name",  "pricePerUser", "unassignedAmount", "licenseStatus",
        "em\\u0061il", "x"};
    const QList<QByteArray> values = {"\"\"",
                                      "\" \"",
                                      "\"\\u00a0\"",
                                      "\"a@x.io\"",
                                      "5",
                                      "-1.5e3",
                                      "null",
                                      "true",
                                      "[]",
                                      "{}",
                                      "[{}]",
                                      "[{\"email\":\"\"}]",
                                      "\"active\"",
                                      "\"inactive\"",
                                      "\"deleted\"",
                                      "\"Active\"",
                                      "{\"email\":\"b\"}",
                                      "[{\"email\":\"b\",\"licenseStatus\":\"on\"}]"};
    QRandomGenerator random(2024);
    int validMutants = 0;
    int acceptedMutants = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray json = seeds.at(random.bounded(int(seeds.size())));
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = json.isEmpty() ? 0 : random.bounded(json.size());
            switch (random.bounded(7)) {
            case 0:
                json.remove(at, 1 + random.bounded(3));
                break;
            case 1:
                json.insert(at, snippets.at(random.bounded(int(snippets.size()))));
                break;
            case 2:
                if (!json.isEmpty())
                    json[at] = char(random.bounded(256));
                break;
            case 3:
                json.insert(at, json.mid(random.bounded(json.size() + 1), random.bounded(20)));
                break;
            case 4: // rename a key: keeps the JSON valid, moves values between the rules
                replaceToken(&json, json.indexOf("\":", at), true, keys.at(random.bounded(int(keys.size()))));
                break;
            default: // replace a value: keeps the JSON valid, probes each rule
                replaceToken(&json, json.indexOf("\":", at), false, values.at(random.bounded(int(values.size()))));
                break;
            }
        }
        checkAgainstReference(json, "mutation");
        const PayloadSchema::Result whole = PayloadSchema::validateJson(json);
        validMutants += validJson(json);
        acceptedMutants += whole.ok;
        const PayloadSchema::Result split = scanRandom(json, &random);
        QVERIFY2(same(whole, split), qPrintable(describe(whole) + QStringLiteral(" vs ") + describe(split)));
    }
    // The oracle only bites on valid JSON: make sure the mutations leave enough of it, accepted and refused.
    qInfo("%d of 4000 mutants are valid JSON, %d accepted", validMutants, acceptedMutants);
    QVERIFY(validMutants > 600);
    QVERIFY(validMutants - acceptedMutants > 200);
}

void TestPayloadScanner::validateDeviceAndFile()
{
    // More than one 1 MiB read, with a licence at the end.
    QByteArray json = R"({"users":[)";
    const int count = 20000;
    for (int i = 0; i < count; ++i)
        json += (i ? "," : "") + QByteArray(R"({"email":"user)") + QByteArray::number(i) +
            R"(@example.com","firstName":"Zoë","status":"active","roles":["A","B"]})";
    json += R"(],"licenses":[{"name":"Pro","users":[{"email":"user1@example.com","licenseStatus":"active"}]}]})";
    QVERIFY(json.size() > (1 << 20));
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const PayloadSchema::Result result = PayloadSchema::validateDevice(&buffer);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.users, count);
    QCOMPARE(result.licenses, 1);
    const PayloadSchema::Result reference = ReferencePayloadSchema::validateJson(json);
    QCOMPARE(reference.users, count);
    QVERIFY(!PayloadSchema::validateFile(QStringLiteral("/nonexistent/payload.json")).ok);
}

QTEST_GUILESS_MAIN(TestPayloadScanner)
#include "tst_payloadscanner.moc"
