// The safetensors parser: the specification's example, a round trip, and every kind of
// malformation rejected with its own message.
#include <QtTest>

#include <cstring>

#include "io/safetensors.h"

using namespace unroll::safetensors;

namespace {

std::string withHeader(const std::string& header, const std::string& data) {
    std::string out(8, '\0');
    uint64_t n = header.size();
    for (int i = 0; i < 8; ++i)
        out[size_t(i)] = static_cast<char>((n >> (8 * i)) & 0xff);
    return out + header + data;
}

QString errorOf(const std::string& bytes) {
    try {
        parse(bytes);
    } catch (const FormatError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace

class TestSafetensors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The example of the format's documentation: one 2x2 I32 tensor and a metadata entry.
    void specificationExample() {
        const int32_t values[4] = {1, 2, 3, 4};
        const std::string bytes = withHeader(
            R"({"test":{"dtype":"I32","shape":[2,2],"data_offsets":[0,16]},"__metadata__":{"foo":"bar"}})",
            std::string(reinterpret_cast<const char*>(values), 16));
        const File f = parse(bytes);
        QCOMPARE(f.tensors.size(), size_t(1));
        QCOMPARE(f.tensors[0].name, std::string("test"));
        QCOMPARE(f.tensors[0].shape, (std::vector<int64_t>{2, 2}));
        QCOMPARE(f.metadata.at("foo"), std::string("bar"));
        int32_t back[4];
        std::memcpy(back, bytes.data() + f.data_start + f.tensors[0].begin, 16);
        QCOMPARE(back[3], 4);
    }

    void roundTrip() {
        const float a[3] = {1.5f, -2.0f, 3.25f};
        const uint8_t b[5] = {1, 2, 3, 4, 5};
        const std::string bytes =
            serialize({{"a", "F32", {3}, a, sizeof a}, {"b.c", "U8", {5}, b, sizeof b}},
                      {{"k", "v"}, {"json", "{\"x\":1}"}});
        const File f = parse(bytes);
        QCOMPARE(f.data_start % 8, uint64_t(0));  // the header is padded: data aligned to 8
        QCOMPARE(f.find("b.c")->end - f.find("b.c")->begin, uint64_t(5));
        QCOMPARE(f.metadata.at("json"), std::string("{\"x\":1}"));
        float back[3];
        std::memcpy(back, bytes.data() + f.data_start + f.find("a")->begin, sizeof back);
        QCOMPARE(back[2], 3.25f);
    }

    void malformedFilesAreExplained_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        auto h = [](const char* header, int data) {
            return QByteArray::fromStdString(withHeader(header, std::string(size_t(data), '\0')));
        };
        QTest::newRow("tiny") << QByteArray("abc") << "shorter than the 8-byte header length";
        QTest::newRow("huge header")
            << QByteArray("\xff\xff\xff\xff\xff\xff\xff\x7f{}", 10) << "more than the 100 MB limit";
        QTest::newRow("truncated header")
            << QByteArray("\x40\x00\x00\x00\x00\x00\x00\x00{\"a\"", 12)
            << "the header claims 64 bytes but the file has only 4";
        QTest::newRow("not json") << h("{nope", 0) << "header is not valid JSON";
        QTest::newRow("not an object start") << h("[1,2]", 0) << "does not start with '{'";
        QTest::newRow("unknown dtype")
            << h(R"({"t":{"dtype":"F7","shape":[1],"data_offsets":[0,4]}})", 4)
            << "tensor 't': unknown dtype \"F7\"";
        QTest::newRow("negative dim")
            << h(R"({"t":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})", 4)
            << "shape entry -1 is not a non-negative integer";
        QTest::newRow("size mismatch")
            << h(R"({"t":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}})", 4)
            << "data_offsets hold 4 bytes, but shape [2] of F32 needs 8";
        QTest::newRow("backwards")
            << h(R"({"t":{"dtype":"U8","shape":[0],"data_offsets":[4,0]}})", 4) << "run backwards";
        QTest::newRow("past the end")
            << h(R"({"t":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", 8)
            << "ends at byte 16 of the data, past its end (8 bytes)";
        QTest::newRow("overlap")
            << h(R"({"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},"b":{"dtype":"U8","shape":[4],"data_offsets":[2,6]}})",
                 6)
            << "tensors 'a' and 'b' overlap";
        QTest::newRow("gap") << h(R"({"a":{"dtype":"U8","shape":[2],"data_offsets":[2,4]}})", 4)
                             << "a gap of 2 bytes before tensor 'a'";
        QTest::newRow("trailing") << h(R"({"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]}})",
                                       5)
                                  << "3 bytes after the last tensor belong to none";
        QTest::newRow("duplicate")
            << h(R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}})",
                 1)
            << "the key \"a\" appears twice";
        QTest::newRow("metadata not strings")
            << h(R"({"__metadata__":{"n":1}})", 0) << "metadata \"n\" is not a string";
        QTest::newRow("extra field")
            << h(R"({"t":{"dtype":"U8","shape":[1],"data_offsets":[0,1],"x":0}})", 1)
            << "unexpected field \"x\"";
        QTest::newRow("missing field") << h(R"({"t":{"dtype":"U8","shape":[1]}})", 0)
                                       << "needs \"dtype\", \"shape\" and \"data_offsets\"";
        QTest::newRow("overflowing shape")
            << h(R"({"t":{"dtype":"F64","shape":[4294967296,4294967296,16],"data_offsets":[0,8]}})",
                 8)
            << "its shape describes more bytes than can exist";
    }
    void malformedFilesAreExplained() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString error = errorOf(bytes.toStdString());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "test_safetensors.moc"
