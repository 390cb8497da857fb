// unroll-cli end to end: help, presets, exit codes and messages for bad input, and a real run's
// JSON summary.
#include <QRegularExpression>
#include <QtTest>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cmath>

#include "cli_runner.h"

#include "io/safetensors.h"
#include "unroll/config.h"
#include "unroll/trainer.h"

namespace {

using Result = unroll::test::CliResult;

Result run(const QStringList& args, int timeout_ms = 120000) {
    unroll::test::CliOptions options;
    options.timeout_ms = timeout_ms;
    return unroll::test::runCli(args, options);
}

std::string readBytes(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll().toStdString();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpOnEveryCommand() {
        Result r = run({"--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("train") && r.out.contains("presets"));
        r = run({"train", "--help"});
        QCOMPARE(r.code, 0);
        for (const char* flag :
             {"--preset", "--set", "--epochs", "--seed", "--threads", "--corpus", "--json"})
            QVERIFY2(r.out.contains(flag), flag);
        QVERIFY(r.out.contains("hidden = 64  (a whole number from 1 to 4096 units)"));
        QCOMPARE(run({"presets", "--help"}).code, 0);
    }

    void settingsSchemaAsJson() {
        const Result r = run({"settings", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray settings = o["settings"].toArray();
        QCOMPARE(settings.size(), static_cast<int>(unroll::schema().size()));
        QJsonObject lr;
        for (const QJsonValue& v : settings)
            if (v.toObject()["key"].toString() == "lr")
                lr = v.toObject();
        QCOMPARE(lr["type"].toString(), QStringLiteral("float"));
        QCOMPARE(lr["live"].toBool(), true);
        QCOMPARE(lr["min_exclusive"].toBool(), true);
        QCOMPARE(lr["max"].toDouble(), 100.0);
        QCOMPARE(o["architectures"].toArray().size(), 8);
        QCOMPARE(o["presets"].toArray().size(), 9);
        const Result text = run({"settings"});
        QVERIFY(text.out.contains("lr ") && text.out.contains("[live]"));
    }

    void corpusSummary() {
        const Result r = run({"corpus", "--preset", "lm6", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["tokens"].toInt(), 63095);
        QCOMPARE(o["vocab"].toInt(), 30);
        // "." ends each of the 9,998 numbers but the last: the most frequent token.
        const QJsonObject top = o["most_frequent"].toArray().at(0).toObject();
        QCOMPARE(top["token"].toString(), QStringLiteral("."));
        QCOMPARE(top["count"].toInt(), 9997);
        QCOMPARE(o["coverage_top100"].toDouble(), 1.0);
        QCOMPARE(o["train_batches"].toInt(), 49);
        QCOMPARE(o["valid_batches"].toInt(), 12);
        QTemporaryDir dir;
        const QString path = dir.filePath("x.txt");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4000, 'a') + "\xc3\xa9");  // 4000 a's and one é
        f.close();
        const Result chars = run({"corpus", "--corpus", path, "--set", "tokenizer=char", "--set",
                                  "batch_size=4", "--json"});
        QCOMPARE(chars.code, 0);
        const QJsonObject c = QJsonDocument::fromJson(chars.out.toUtf8()).object();
        QCOMPARE(c["tokens"].toInt(), 4001);  // é is one token, not two bytes
        QCOMPARE(c["vocab"].toInt(), 2);
        const Result tiny = run({"corpus", "--corpus", path, "--set", "batch_size=4"});
        QCOMPARE(tiny.code, 2);  // one word: too short for a batch, and it says so
        QVERIFY(tiny.err.contains("is too short"));
    }

    void presetsAreListedWithDescriptions() {
        const Result r = run({"presets"});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 9);
        for (int i = 0; i < 7; ++i) {
            QVERIFY(lines[i].startsWith(QStringLiteral("lm%1 ").arg(i + 1)));
            QVERIFY(lines[i].contains("LMModel"));
        }
        QVERIFY(lines[7].startsWith("gru ") && lines[7].contains("GRU"));
        QVERIFY(lines[8].startsWith("awd ") && lines[8].contains("AWD-LSTM"));
    }

    void badInputExitsWithTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << "A subcommand is required";
        QTest::newRow("unknown flag") << QStringList{"train", "--frobnicate"} << "--frobnicate";
        QTest::newRow("unknown command")
            << QStringList{"fly"}
            << "unknown command 'fly'; commands: completion, corpus, eval, "
               "generate, inspect, lr-find, presets, runs, settings, train";
        QTest::newRow("out of range")
            << QStringList{"train", "--set", "hidden=0"}
            << "hidden = 0 is out of range: allowed a whole number from 1 to 4096 units";
        QTest::newRow("not a number")
            << QStringList{"train", "--epochs", "many"}
            << "setting 'epochs' cannot be 'many': allowed a whole number from 1 to 100000 epochs";
        QTest::newRow("unknown setting") << QStringList{"train", "--set", "hiden=3"}
                                         << "unknown setting 'hiden'; did you mean 'hidden'?";
        QTest::newRow("bad choice") << QStringList{"train", "--set", "arch=transformer"}
                                    << "allowed one of: lm1, lm2, lm3, lm4, lm5, lm6, lm7, gru";
        QTest::newRow("unknown preset")
            << QStringList{"train", "--preset", "lm0"}
            << "unknown preset 'lm0'; available: lm1, lm2, lm3, lm4, lm5, lm6, lm7, gru, awd";
        QTest::newRow("lm1 needs 3 tokens")
            << QStringList{"train", "--preset", "lm1", "--set", "seq_len=16"}
            << "seq_len = 16 does not fit arch lm1";
        QTest::newRow("missing corpus")
            << QStringList{"train", "--corpus", "/no/such/file.txt"}
            << "cannot read corpus '/no/such/file.txt': No such file or directory";
        QTest::newRow("missing config") << QStringList{"train", "--config", "/no/such.json"}
                                        << "cannot read config file '/no/such.json'";
    }
    void badInputExitsWithTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void badCorpusFilesExitWithTwo_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "is empty (0 bytes)";
        QTest::newRow("binary") << QByteArray(
                                       "\x7f"
                                       "ELF\0\0\0",
                                       7)
                                << "looks binary: NUL byte at offset 4";
        QTest::newRow("invalid utf-8")
            << QByteArray(
                   "one two\nthr\xe9"
                   "e\n")
            << "is not valid UTF-8: byte 0xE9 at offset 11 (line 2, column 4)";
        QTest::newRow("too short")
            << QByteArray("one two three four five six\n") << "is too short: 6 tokens";
    }
    void badCorpusFilesExitWithTwo() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Result r = run({"train", "--corpus", writeFile(dir, "c.txt", bytes)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void trainPrintsTableAndJson() {
        const Result r =
            run({"train", "--preset", "lm4", "--epochs", "2", "--seed", "3", "--json"});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("epoch"));
        QVERIFY(lines.first().contains("train_loss") && lines.first().contains("valid_loss") &&
                lines.first().contains("accuracy") && lines.first().contains("time"));
        QVERIFY(lines[1].startsWith("0 "));
        QVERIFY(lines[2].startsWith("1 "));
        const QJsonObject j = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        for (const char* key :
             {"preset", "epochs", "valid_loss", "valid_accuracy", "train_tokens_per_second",
              "wall_seconds", "params", "history", "config"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["preset"].toString(), QStringLiteral("lm4"));
        QCOMPARE(j["epochs"].toInt(), 2);
        QCOMPARE(j["params"].toInt(), 8030);
        QCOMPARE(j["config"].toObject()["seed"].toInt(), 3);
        QVERIFY(j["train_tokens_per_second"].toDouble() > 0);
        // What the CLI reports is what the trainer computes for that configuration, epoch by
        // epoch, to the last bit (one thread both ways; the JSON keeps 17 digits).
        unroll::configureWorkerThread(1);
        unroll::Config config = unroll::findPreset("lm4").config();
        config.set("epochs", std::int64_t(2));
        config.set("seed", std::int64_t(3));
        unroll::Trainer trainer(config, unroll::humanNumbersCorpus());
        const unroll::FitSummary fit = trainer.fit();
        const QJsonArray history = j["history"].toArray();
        QCOMPARE(history.size(), 2);
        for (int e = 0; e < 2; ++e) {
            const QJsonObject h = history[e].toObject();
            QCOMPARE(h["valid_loss"].toDouble(), fit.epochs[size_t(e)].valid_loss);
            QCOMPARE(h["accuracy"].toDouble(), fit.epochs[size_t(e)].valid_accuracy);
            QCOMPARE(h["train_loss"].toDouble(), fit.epochs[size_t(e)].train_loss);
        }
        QCOMPARE(j["valid_loss"].toDouble(), fit.epochs.back().valid_loss);
        QCOMPARE(j["valid_accuracy"].toDouble(), fit.epochs.back().valid_accuracy);
        // ... and the table prints the same numbers, rounded: "1 <train> <valid> <accuracy> ...".
        const QStringList last = lines[2].simplified().split(' ');
        QCOMPARE(last[2], QString::number(fit.epochs.back().valid_loss, 'f', 6));
        QCOMPARE(last[3], QString::number(fit.epochs.back().valid_accuracy, 'f', 6));
    }

    // LM5 at lr 10 diverges (its loss passes 20x the first) but never goes non-finite; the
    // guard stops it before the bad step's update and names what went wrong.
    void divergenceExitsWithThree() {
        QTemporaryDir dir;
        const QString log = dir.filePath("div.jsonl");
        const Result r = run({"train", "--preset", "lm5", "--set", "lr=10", "--log", log});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("training diverged: step ") && r.err.contains("the loss") &&
                     r.err.contains("the weights were not updated") &&
                     r.err.contains("lower the learning rate"),
                 qPrintable(r.err));
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines[lines.size() - 2].contains("\"type\":\"event\""));
        QVERIFY(lines.last().contains("\"outcome\":\"diverged\""));
    }

    // The same run recovers by itself with on_nonfinite=rewind: back to the last snapshot with
    // the learning rate lowered and clipping on, every epoch trained, each rewind in the log.
    void rewindRecoversAndFinishes() {
        QTemporaryDir dir;
        const QString log = dir.filePath("rewind.jsonl");
        const Result r = run({"train", "--preset", "lm5", "--set", "lr=10", "--set",
                              "on_nonfinite=rewind", "--log", log, "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("Rewound to step "), qPrintable(r.err));
        const QJsonObject summary =
            QJsonDocument::fromJson(r.out.trimmed().split('\n').last().toUtf8()).object();
        QCOMPARE(summary["epochs"].toInt(), 15);
        const double valid_loss = summary["valid_loss"].toDouble(-1);
        QVERIFY2(std::isfinite(valid_loss) && valid_loss > 0 && valid_loss < 3.0,
                 qPrintable(QString::number(valid_loss)));
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        int rewinds = 0;
        QString outcome;
        for (const QByteArray& line : f.readAll().trimmed().split('\n')) {
            const QJsonObject j = QJsonDocument::fromJson(line).object();
            if (j["type"].toString() == "event") {
                QCOMPARE(j["action"].toString(), QStringLiteral("rewind"));
                QVERIFY(j["message"].toString().contains("Rewound to step "));
                ++rewinds;
            }
            if (j["type"].toString() == "end")
                outcome = j["outcome"].toString();
        }
        QVERIFY2(rewinds >= 1 && rewinds <= 5, qPrintable(QString::number(rewinds)));
        QCOMPARE(outcome, QStringLiteral("finished"));
    }

    // A finished run goes on for more epochs with --resume and a larger --epochs: a new
    // one-cycle over the added epochs (or a constant rate with --set schedule=constant), said on
    // stderr and recorded in the log; the same --epochs continues nothing and says so.
    void resumeContinuesAFinishedRun() {
        QTemporaryDir dir;
        const QString first = dir.filePath("first.safetensors");
        QCOMPARE(
            run({"train", "--preset", "lm1", "--epochs", "1", "--no-record", "--save", first}).code,
            0);
        Result same = run({"train", "--resume", first, "--no-record"});
        QVERIFY(same.code != 0);
        QVERIFY2(same.err.contains("has trained all its 1 epochs") &&
                     same.err.contains("--epochs N with N above 1"),
                 qPrintable(same.err));
        const QString log = dir.filePath("more.jsonl");
        Result more = run(
            {"train", "--resume", first, "--epochs", "3", "--no-record", "--log", log, "--json"});
        QCOMPARE(more.code, 0);
        QVERIFY2(more.err.contains("continuing with a new one-cycle over epochs 2-3"),
                 qPrintable(more.err));
        const QJsonObject summary =
            QJsonDocument::fromJson(more.out.trimmed().split('\n').last().toUtf8()).object();
        QCOMPARE(summary["epochs"].toInt(), 3);
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject cont;
        for (const QByteArray& line : f.readAll().trimmed().split('\n')) {
            const QJsonObject j = QJsonDocument::fromJson(line).object();
            if (j["type"].toString() == "continue")
                cont = j;
        }
        QCOMPARE(cont["epochs"].toInt(), 3);
        QCOMPARE(cont["schedule"].toString(), QStringLiteral("one_cycle"));
        QVERIFY(cont["cycle_start"].toInt() > 0);
        QCOMPARE(cont["cycle_start"].toInt(), cont["step"].toInt());
        Result constant = run({"train", "--resume", first, "--epochs", "2", "--no-record", "--set",
                               "schedule=constant", "--set", "lr=0.001"});
        QCOMPARE(constant.code, 0);
        QVERIFY2(constant.err.contains("continuing at a constant learning rate of 0.001"),
                 qPrintable(constant.err));
    }

    // Every CLI run lands in the runs folder (run.json, config.json, log.jsonl) unless told not
    // to; an unwritable runs folder warns and trains anyway.
    void trainRecordsTheRun() {
        QTemporaryDir dir;
        const QString runs = dir.filePath("runs");
        Result r = run({"train", "--preset", "lm1", "--epochs", "1", "--runs", runs, "--save",
                        dir.filePath("lm1.safetensors")});
        QCOMPARE(r.code, 0);
        const QStringList folders = QDir(runs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        const QString folder = runs + "/" + folders[0];
        QVERIFY2(r.err.contains("recording the run in " + folder), qPrintable(r.err));
        QFile f(folder + "/run.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(j["status"].toString(), QStringLiteral("finished"));
        QCOMPARE(j["origin"].toString(), QStringLiteral("cli"));
        QCOMPARE(j["epochs_done"].toInt(), 1);
        QCOMPARE(j["saved_as"].toString(), dir.filePath("lm1.safetensors"));
        QCOMPARE(j["checkpoint"].toString(), folder + "/checkpoint.safetensors");
        QCOMPARE(readBytes(folder + "/checkpoint.safetensors"),
                 readBytes(dir.filePath("lm1.safetensors")));
        QVERIFY(j["valid_loss"].toDouble() > 0);
        QVERIFY(QFile::exists(folder + "/config.json") && QFile::exists(folder + "/log.jsonl"));

        // `runs` lists it, renames it, refuses an unknown id, and deletes it.
        r = run({"runs", "--runs", runs, "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toObject()["id"].toString(), folders[0]);
        QCOMPARE(listed[0].toObject()["status"].toString(), QStringLiteral("finished"));
        QCOMPARE(run({"runs", "--runs", runs, "--rename", folders[0], "first LM1"}).code, 0);
        r = run({"runs", "--runs", runs});
        QVERIFY2(r.out.contains("first LM1") && r.out.contains("finished 1/1"), qPrintable(r.out));
        r = run({"runs", "--runs", runs, "--delete", "no-such-run"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("there is no run 'no-such-run'"), qPrintable(r.err));

        r = run({"train", "--preset", "lm1", "--epochs", "1", "--runs", runs, "--no-record"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QDir(runs).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        QCOMPARE(run({"runs", "--runs", runs, "--delete", folders[0]}).code, 0);
        QCOMPARE(QDir(runs).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);

        r = run({"train", "--preset", "lm1", "--epochs", "1", "--runs", "/proc/no-runs-here"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("warning: cannot make the run folder /proc/no-runs-here/") &&
                     r.err.contains("training goes on unrecorded"),
                 qPrintable(r.err));
    }

    void badLogPathExitsWithTwo() {
        const Result r = run({"train", "--log", "/no/such/dir/run.jsonl"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("cannot write run log '/no/such/dir/run.jsonl'"),
                 qPrintable(r.err));
    }

    void lrFindSuggestsAndWritesTheCurve() {
        QTemporaryDir dir;
        const QString csv = dir.filePath("curve.csv");
        const Result r = run({"lr-find", "--preset", "lm6", "--out", csv, "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("suggested lr (valley): "));
        const QJsonObject j =
            QJsonDocument::fromJson(r.out.trimmed().split('\n').last().toUtf8()).object();
        QVERIFY(j["valley"].toDouble() > 1e-7 && j["valley"].toDouble() < 10);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("lr,smooth_loss,loss"));
        QCOMPARE(lines.size() - 1, j["steps"].toInt());
        QCOMPARE(run({"lr-find", "--start-lr", "1", "--end-lr", "0.1"}).code, 2);
    }

    // Train 4 epochs in one process, or 2, save, and 2 more in a second process from the
    // checkpoint: every tensor of the final checkpoints is the same, byte for byte.
    void resumeAcrossProcessesIsBitwise() {
        QTemporaryDir dir;
        const QString full = dir.filePath("full.safetensors"),
                      half = dir.filePath("half.safetensors"),
                      done = dir.filePath("done.safetensors");
        QCOMPARE(run({"train", "--preset", "lm7", "--epochs", "4", "--save", full}).code, 0);
        const Result first = run(
            {"train", "--preset", "lm7", "--epochs", "4", "--until-epoch", "2", "--save", half});
        QCOMPARE(first.code, 0);
        QVERIFY(first.err.contains("stopped after epoch 2 as --until-epoch asked"));
        const Result second = run({"train", "--resume", half, "--save", done, "--json"});
        QCOMPARE(second.code, 0);
        QVERIFY(second.err.contains("resuming"));
        const QJsonObject j =
            QJsonDocument::fromJson(second.out.trimmed().split('\n').last().toUtf8()).object();
        QCOMPARE(j["epochs"].toInt(), 4);
        QCOMPARE(j["history"].toArray().size(), 4);

        const std::string a = readBytes(full), b = readBytes(done);
        const unroll::safetensors::File fa = unroll::safetensors::parse(a),
                                        fb = unroll::safetensors::parse(b);
        QCOMPARE(fa.tensors.size(), fb.tensors.size());
        for (const auto& t : fa.tensors) {
            const auto* u = fb.find(t.name);
            QVERIFY(u);
            QVERIFY2(a.compare(fa.data_start + t.begin, t.end - t.begin, b,
                               fb.data_start + u->begin, u->end - u->begin) == 0,
                     t.name.c_str());
        }
        // The epochs' results too (their timings differ, of course).
        const QJsonArray ha =
            QJsonDocument::fromJson(QByteArray::fromStdString(fa.metadata.at("history"))).array();
        const QJsonArray hb =
            QJsonDocument::fromJson(QByteArray::fromStdString(fb.metadata.at("history"))).array();
        QCOMPARE(ha.size(), 4);
        for (int e = 0; e < 4; ++e)
            for (const char* k : {"train_loss", "valid_loss", "accuracy"})
                QCOMPARE(hb[e].toObject()[k].toDouble(), ha[e].toObject()[k].toDouble());
    }

    void checkpointCommands() {
        QTemporaryDir dir;
        const QString ck = dir.filePath("lm4.safetensors");
        QCOMPARE(run({"train", "--preset", "lm4", "--epochs", "2", "--save", ck}).code, 0);
        Result r = run({"inspect", ck});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("model:   lm4") &&
                r.out.contains("trained: 2 of 2 epochs, 98 steps") && r.out.contains("i_h.weight"));
        r = run({"eval", "--checkpoint", ck, "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.trimmed().split('\n').last().toUtf8())
                    .object()["valid_accuracy"]
                    .toDouble() > 0.2);
        r = run({"generate", "--checkpoint", ck, "--prompt", "one thousand", "--max-tokens", "6",
                 "--seed", "2", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject g =
            QJsonDocument::fromJson(r.out.trimmed().split('\n').last().toUtf8()).object();
        QCOMPARE(g["tokens"].toArray().size(), 6);
        QCOMPARE(g["tokens"].toArray()[0].toObject()["top"].toArray().size(), 5);
        QVERIFY(r.out.startsWith("one thousand "));
        // Into one pipe (2>&1 | less), the generated text ends its line before stderr's counting
        // check begins (stdout, buffered in a pipe, was once flushed only at exit).
        unroll::test::CliOptions both;
        both.merged = true;
        const unroll::test::CliResult m = unroll::test::runCli(
            {"generate", "--checkpoint", ck, "--prompt", "one", "--max-tokens", "4"}, both);
        QCOMPARE(m.code, 0);
        const QStringList lines = m.out.split('\n');
        const qsizetype check = lines.indexOf(QRegularExpression("^counting check: .*"));
        QVERIFY2(check > 0 && lines[check - 1].startsWith("one "), qPrintable(m.out));
        // Greedy twice: the same text.
        const Result g1 = run({"generate", "--checkpoint", ck, "--prompt", "two", "--greedy"});
        QCOMPARE(run({"generate", "--checkpoint", ck, "--prompt", "two", "--temperature", "0"}).out,
                 g1.out);

        r = run({"generate", "--checkpoint", ck, "--prompt", "one zillion"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("the prompt has words the model never saw: 'zillion'"),
                 qPrintable(r.err));
        QVERIFY(!r.out.contains("one"));  // nothing echoed for a refused prompt
        r = run({"train", "--resume", ck, "--preset", "lm5"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--resume takes the configuration from the checkpoint"));
        r = run({"train", "--resume", ck, "--set", "hidden=32"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("hidden cannot change when resuming"));
        QCOMPARE(run({"generate", "--checkpoint", ck, "--prompt", "one", "--top-p", "0"}).code, 2);
        QCOMPARE(
            run({"generate", "--checkpoint", ck, "--prompt", "one", "--temperature", "-1"}).code,
            2);

        const QString junk = writeFile(dir, "junk.safetensors", QByteArray(100, 'x'));
        for (const QStringList& args :
             {QStringList{"inspect", junk}, QStringList{"eval", "--checkpoint", junk},
              QStringList{"train", "--resume", junk}}) {
            r = run(args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("not a valid safetensors file"), qPrintable(r.err));
        }
    }

    void aTextFileTrains() {
        QTemporaryDir dir;
        QByteArray text;
        for (int i = 0; i < 400; ++i)
            text += "the quick brown fox jumps over the lazy dog\n";
        const Result r =
            run({"train", "--corpus", writeFile(dir, "fox.txt", text), "--set", "arch=lm4", "--set",
                 "seq_len=8", "--set", "batch_size=16", "--epochs", "1", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject j =
            QJsonDocument::fromJson(r.out.trimmed().split('\n').last().toUtf8()).object();
        QCOMPARE(j["corpus"].toString(), QStringLiteral("fox.txt"));
        QVERIFY(j["valid_accuracy"].toDouble() > 0.5);  // the text repeats: easy to learn
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
