// The diagrams' description of every architecture: node, edge and shared-weight counts worked out
// from the chapter's models, the truncated-BPTT cut, dropout points, tying, cell internals — and
// that its weights name exactly the parameters the model has.
#include <QtTest>

#include <set>

#include "test_support.h"
#include "unroll/topology.h"
#include "unroll/trainer.h"

using namespace unroll;

class TestTopology : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void counts_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addColumn<int>("weights");
        QTest::addColumn<int>("shared");
        QTest::addColumn<int>("detached");
        QTest::addColumn<int>("dropouts");
        QTest::addColumn<int>("gates");
        // LM1: 3 inputs, 3 hidden, 1 output; i_h on 3 arrows, h_h on 2, h_o on 1.
        QTest::newRow("lm1") << "lm1" << 7 << 6 << 3 << 2 << 0 << 0 << 0;
        QTest::newRow("lm2") << "lm2" << 7 << 6 << 3 << 2 << 0 << 0 << 0;
        // LM3 adds the state carried in (detached) and out, per layer.
        QTest::newRow("lm3") << "lm3" << 9 << 8 << 3 << 2 << 1 << 0 << 0;
        // LM4: 16 tokens, a prediction after each: h_o is shared too.
        QTest::newRow("lm4") << "lm4" << 50 << 49 << 3 << 3 << 1 << 0 << 0;
        // LM5: two layers of 16 steps: 16 in, 32 hidden, 16 out, 4 state nodes; arrows 16 in,
        // 2 x 15 recurrent, 16 between layers, 16 out, 4 carried.
        QTest::newRow("lm5") << "lm5" << 68 << 82 << 6 << 6 << 2 << 0 << 0;
        QTest::newRow("lm6") << "lm6" << 68 << 82 << 6 << 6 << 2 << 0 << 4;
        QTest::newRow("lm7") << "lm7" << 68 << 82 << 6 << 6 << 2 << 1 << 4;
        QTest::newRow("awd") << "awd" << 68 << 82 << 6 << 6 << 2 << 5 << 4;
        QTest::newRow("gru") << "gru" << 68 << 82 << 6 << 6 << 2 << 0 << 3;
    }

    void counts() {
        QFETCH(QString, preset);
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QFETCH(int, weights);
        QFETCH(int, shared);
        QFETCH(int, detached);
        QFETCH(int, dropouts);
        QFETCH(int, gates);
        const Topology t = topologyOf(findPreset(preset.toStdString()).config());
        QCOMPARE(int(t.nodes.size()), nodes);
        QCOMPARE(int(t.edges.size()), edges);
        QCOMPARE(int(t.weights.size()), weights);
        QCOMPARE(t.sharedWeights(), shared);
        QCOMPARE(t.detachPoints(), detached);
        QCOMPARE(int(t.dropouts.size()), dropouts);
        QCOMPARE(int(t.gates.size()), gates);
        // Every edge joins two existing nodes and applies known weights.
        for (const TopologyEdge& e : t.edges) {
            QVERIFY(e.from >= 0 && e.from < int(t.nodes.size()));
            QVERIFY(e.to >= 0 && e.to < int(t.nodes.size()));
            for (const std::string& w : e.weights)
                QVERIFY2(t.weight(w), w.c_str());
        }
    }

    void weightsNameTheModelsParameters_data() {
        QTest::addColumn<QString>("preset");
        for (const char* p : {"lm1", "lm3", "lm4", "lm5", "lm6", "lm7", "gru"})
            QTest::newRow(p) << p;
    }

    void weightsNameTheModelsParameters() {
        QFETCH(QString, preset);
        Config c = findPreset(preset.toStdString()).config();
        const Topology t = topologyOf(c);
        Trainer trainer(c, test::numbers());
        std::multiset<std::string> from_topology;
        for (const TopologyWeight& w : t.weights)
            from_topology.insert(w.parameters.begin(), w.parameters.end());
        const std::vector<std::string>& names = trainer.parameterNames();
        QCOMPARE(from_topology, std::multiset<std::string>(names.begin(), names.end()));
    }

    void theChaptersPicturesInDetail() {
        const Topology lm3 = topologyOf(findPreset("lm3").config());
        // The cut sits on the arrow from the previous batch's state into the first step.
        const TopologyEdge* cut = nullptr;
        for (const TopologyEdge& e : lm3.edges)
            if (e.detached)
                cut = &e;
        QVERIFY(cut);
        QVERIFY(cut->kind == EdgeKind::CarryIn);
        QCOMPARE(cut->to, lm3.node(NodeKind::Hidden, 1, 1));
        QCOMPARE(lm3.uses("h_h"), 3);
        QVERIFY(!lm3.every_token);
        QCOMPARE(lm3.node(NodeKind::Output, 0, 2), -1);  // one prediction, after the last token

        const Topology lm7 = topologyOf(findPreset("lm7").config());
        QVERIFY(lm7.tied);
        QCOMPARE(lm7.weight("h_o")->parameters, std::vector<std::string>{"h_o.bias"});
        QCOMPARE(lm7.dropouts.front().key, std::string("out_p"));
        QCOMPARE(lm7.dropouts.front().p, 0.4);
        int with_dropout = 0;
        for (const TopologyEdge& e : lm7.edges)
            with_dropout += e.dropouts.empty() ? 0 : 1;
        QCOMPARE(with_dropout, 16);  // each output arrow
        QCOMPARE(lm7.gates[1].name, std::string("forget"));
        QCOMPARE(lm7.cell_equations.size(), size_t(2));

        Config deep = findPreset("lm6").config();
        deep.set("layers", std::int64_t{3});
        deep.set("seq_len", std::int64_t{5});
        const Topology t = topologyOf(deep);
        QCOMPARE(t.weight("w_hh3")->label, std::string("W_hh³"));
        QCOMPARE(t.uses("w_ih3"), 5);
        QCOMPARE(t.detachPoints(), 3);

        Config bad = findPreset("lm1").config();
        bad.set("seq_len", std::int64_t{16});
        QVERIFY_THROWS_EXCEPTION(ConfigError, topologyOf(bad));
    }
};

QTEST_MAIN(TestTopology)
#include "test_topology.moc"
