// The recurrent kernels' per-step product on packed weights against BLAS on the plain ones, for
// every row count around the 8-row blocks, column counts around the 32-column panels, both
// layouts of W and with and without accumulating into C.
#include <QtTest>

#include <torch/torch.h>

#include "kernels/blas.h"
#include "kernels/step_weights.h"

class TestStepWeights : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // CTest pins ATEN_CPU_CAPABILITY=avx2 for the fixtures' sake, which also turns the packed
    // AVX-512 step kernel off (kernels/step_weights.cpp); this test is against live references,
    // so it lifts the pin to check that kernel where the CPU has it.
    void initTestCase() { qputenv("ATEN_CPU_CAPABILITY", "avx512"); }

    void matchesBlas() {
        torch::manual_seed(5);
        for (const bool transposed : {true, false})
            for (const int k : {1, 5, 64})
                for (const int n : {1, 16, 31, 32, 33, 70})
                    for (const int m : {1, 3, 7, 8, 9, 12, 17})
                        for (const bool accumulate : {false, true}) {
                            // W is n × k when transposed (B = Wᵀ), else k × n (B = W).
                            const torch::Tensor w =
                                transposed ? torch::randn({n, k}) : torch::randn({k, n});
                            const torch::Tensor a = torch::randn({m, k + 3});   // lda = k + 3
                            const torch::Tensor c0 = torch::randn({m, n + 2});  // ldc = n + 2
                            torch::Tensor mine = c0.clone(), want = c0.clone();
                            const unroll::StepWeights<float> packed(w.data_ptr<float>(), k, n,
                                                                    transposed);
                            packed.multiply(m, a.data_ptr<float>(), k + 3, mine.data_ptr<float>(),
                                            n + 2, accumulate);
                            unroll::blas::gemm(false, transposed, m, n, k, 1.0f,
                                               a.data_ptr<float>(), k + 3, w.data_ptr<float>(),
                                               transposed ? k : n, accumulate ? 1.0f : 0.0f,
                                               want.data_ptr<float>(), n + 2);
                            const double d = (mine - want).abs().max().item<double>();
                            QVERIFY2(d < 1e-4, qPrintable(QStringLiteral("%1 m %2 n %3 k %4 "
                                                                         "acc %5: %6")
                                                              .arg(transposed)
                                                              .arg(m)
                                                              .arg(n)
                                                              .arg(k)
                                                              .arg(accumulate)
                                                              .arg(d)));
                            // The padding columns of C are left alone.
                            QVERIFY(torch::equal(mine.narrow(1, n, 2), c0.narrow(1, n, 2)));
                        }
    }
};

QTEST_GUILESS_MAIN(TestStepWeights)
#include "test_step_weights.moc"
