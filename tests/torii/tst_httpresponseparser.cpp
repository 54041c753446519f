// HttpResponseParser on its own: every framing fed one byte at a time, and the answers it must refuse or call
// incomplete (a cut-off answer means the sync's outcome is unknown, so "complete" must never be guessed).
#include "torii/httpresponseparser.h"

#include <QTest>

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void framings_data();
    void framings();
    void incomplete_data();
    void incomplete();
    void invalid_data();
    void invalid();
    void headersFoldAndRepeat();
    void bodyOverTheLimitIsRefused_data();
    void bodyOverTheLimitIsRefused();
    void bytesAfterTheAnswerAreIgnored();
};

namespace
{
    constexpr qint64 cap = 1 << 20;

    HttpResponseParser feedBytewise(const QByteArray& data, bool close)
    {
        HttpResponseParser parser(cap);
        for (char c : data)
            parser.feed(QByteArray(1, c));
        if (close)
            parser.endOfStream();
        return parser;
    }
} // namespace

void TestHttpResponseParser::framings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("close");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false << 200
                            << QByteArray("hello");
    QTest::newRow("length zero") << QByteArray("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n") << false << 202
                                 << QByteArray();
    QTest::newRow("repeated equal lengths")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nok") << false << 200 << QByteArray("ok");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "3\r\nhel\r\n2;x=y\r\nlo\r\n0\r\nTrailer: 1\r\n\r\n")
                             << false << 200 << QByteArray("hello");
    QTest::newRow("chunked upper-case hex") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n"
                                                          "A\r\n0123456789\r\n0\r\n\r\n")
                                            << false << 200 << QByteArray("0123456789");
    QTest::newRow("chunked wins over length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n")
        << false << 200 << QByteArray("ok");
    QTest::newRow("close-delimited") << QByteArray("HTTP/1.1 200 OK\r\n\r\nuntil the end") << true << 200
                                     << QByteArray("until the end");
    QTest::newRow("bare LF") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << false << 200
                             << QByteArray("ok");
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 204\r\n\r\n") << false << 204 << QByteArray();
    QTest::newRow("interim answers") << QByteArray(
                                            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n"
                                            "\r\nHTTP/1.1 409 Conflict\r\nContent-Length: 2\r\n\r\n{}")
                                     << false << 409 << QByteArray("{}");
    QTest::newRow("304 has no body") << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n") << false
                                     << 304 << QByteArray();
}

void TestHttpResponseParser::framings()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, close);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const HttpResponseParser parser = feedBytewise(data, close);
    QVERIFY2(parser.isComplete(), qPrintable(parser.problem()));
    QCOMPARE(parser.status(), status);
    QCOMPARE(parser.body(), body);
    QVERIFY(parser.problem().isEmpty());

    HttpResponseParser whole(cap); // and in one piece
    QVERIFY(whole.feed(data));
    if (close)
        whole.endOfStream();
    QVERIFY(whole.isComplete());
    QCOMPARE(whole.body(), body);
}

void TestHttpResponseParser::incomplete_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("half a status line") << QByteArray("HTTP/1.1 20");
    QTest::newRow("headers not ended") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n");
    QTest::newRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
    QTest::newRow("chunk cut") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab");
    QTest::newRow("no last chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n");
    QTest::newRow("trailers not ended") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nTrailer: 1\r\n");
    QTest::newRow("only an interim answer") << QByteArray("HTTP/1.1 100 Continue\r\n\r\n");
}

void TestHttpResponseParser::incomplete()
{
    QFETCH(QByteArray, data);
    const HttpResponseParser parser = feedBytewise(data, true);
    QVERIFY(!parser.isComplete());
    QVERIFY(!parser.isInvalid());
    QVERIFY(!parser.problem().isEmpty());
}

void TestHttpResponseParser::invalid_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
    QTest::newRow("http/2 preface") << QByteArray("HTTP/2 200\r\n\r\n");
    QTest::newRow("status not a number") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::newRow("status too short") << QByteArray("HTTP/1.1 20 OK\r\n\r\n");
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n");
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("chunk too long") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokX\r\n0\r\n\r\n");
    QTest::newRow("header without name") << QByteArray("HTTP/1.1 200 OK\r\n: x\r\n\r\n");
    QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n");
    QTest::newRow("endless line") << "HTTP/1.1 200 OK\r\nX: " + QByteArray(20000, 'a');
    QByteArray many = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 2000; ++i)
        many += "X-Header-" + QByteArray::number(i) + ": " + QByteArray(40, 'v') + "\r\n";
    QTest::newRow("endless headers") << many;
}

void TestHttpResponseParser::invalid()
{
    QFETCH(QByteArray, data);
    HttpResponseParser parser(cap);
    const bool accepted = parser.feed(data);
    QVERIFY(!accepted);
    QVERIFY(parser.isInvalid());
    QVERIFY(!parser.isComplete());
    QVERIFY(!parser.problem().isEmpty());
    QVERIFY(!parser.feed("more")); // stays refused
}

void TestHttpResponseParser::headersFoldAndRepeat()
{
    const HttpResponseParser parser =
        feedBytewise("HTTP/1.1 429 Too Many Requests\r\nretry-after:  7 \r\nX-List: a\r\nX-Fold: one\r\n two\r\n"
                     "x-list: b\r\nContent-Length: 0\r\n\r\n",
                     false);
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.header("Retry-After"), QByteArray("7"));
    QCOMPARE(parser.header("X-List"), QByteArray("a, b"));
    QCOMPARE(parser.header("X-Fold"), QByteArray("one two"));
    QVERIFY(parser.header("Absent").isEmpty());
}

void TestHttpResponseParser::bodyOverTheLimitIsRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("Content-Length") << QByteArray(
        "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 10\r\n\r\n0123456789");
    QTest::newRow("chunked") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n012\r\n3\r\n345\r\n");
    QTest::newRow("close-delimited") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n012345");
}

void TestHttpResponseParser::bodyOverTheLimitIsRefused()
{
    // Issue #21/14: the rest of a body over the limit was read and dropped, so an endless chunked answer kept
    // the request alive for ever. It is refused as soon as the limit is passed, whatever the framing.
    QFETCH(QByteArray, data);
    HttpResponseParser parser(4);
    QVERIFY(!parser.feed(data));
    QVERIFY(parser.isInvalid());
    QVERIFY2(parser.problem().contains(QStringLiteral("larger than 4 bytes")), qPrintable(parser.problem()));
}

void TestHttpResponseParser::bytesAfterTheAnswerAreIgnored()
{
    HttpResponseParser parser(cap);
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 500 Oops\r\n\r\n"));
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.status(), 200);
    QCOMPARE(parser.body(), QByteArray("ok"));
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
