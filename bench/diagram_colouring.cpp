// What colouring the diagram from a live probe frame costs: for each architecture, 300 frames of
// real values (recorded from a short training run), each applied to the view (map every value to
// its node and arrow) and the whole diagram drawn into a 1200x640 image, as a repaint would.
//   build/release/bench/unroll-bench-diagram [--markdown]
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "diagram/diagram_view.h"
#include "unroll/corpus.h"
#include "unroll/trainer.h"

namespace {

struct Frames : unroll::TrainObserver {
    std::vector<unroll::ProbeFrame> frames;
    void onProbe(const unroll::ProbeFrame& p) override { frames.push_back(p); }
};

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const bool markdown = argc > 1 && QString(argv[1]) == "--markdown";
    const unroll::Corpus corpus = unroll::humanNumbersCorpus();
    if (markdown) {
        std::printf(
            "| preset | frames | colour only: median ms | colour + draw: median ms | "
            "colour + draw: p99 ms |\n|---|---|---|---|---|\n");
    }
    for (const char* preset : {"lm1", "lm3", "lm5", "lm6", "lm7"}) {
        unroll::Config config = unroll::findPreset(preset).config();
        config.set("epochs", std::int64_t{1});
        config.set("probe_every", std::int64_t{1});
        unroll::Trainer trainer(config, corpus);
        Frames recorded;
        for (int i = 0; i < 40 && !trainer.finished(); ++i) {
            const unroll::StepMetrics m = trainer.trainStep();
            if (m.probe)
                recorded.onProbe(*m.probe);
        }
        unroll::DiagramView view;
        view.setTopology(unroll::topologyOf(config));
        view.setVocab(corpus.vocab.tokens());
        view.setCellOpen(true);
        QImage image(1200, 640, QImage::Format_ARGB32_Premultiplied);
        std::vector<double> colour_ms, total_ms;
        for (int i = 0; i < 300; ++i) {
            const unroll::ProbeFrame& f =
                recorded.frames[static_cast<size_t>(i) % recorded.frames.size()];
            QElapsedTimer t;
            t.start();
            view.setFrame(&f);
            colour_ms.push_back(t.nsecsElapsed() / 1e6);
            QPainter p(&image);
            view.render(p, QRectF(0, 0, 1200, 640));
            p.end();
            total_ms.push_back(t.nsecsElapsed() / 1e6);
        }
        if (markdown)
            std::printf("| %s | %zu | %.3f | %.2f | %.2f |\n", preset, total_ms.size(),
                        percentile(colour_ms, 0.5), percentile(total_ms, 0.5),
                        percentile(total_ms, 0.99));
        else
            std::printf("%s: colour %.3f ms, colour+draw median %.2f ms, p99 %.2f ms\n", preset,
                        percentile(colour_ms, 0.5), percentile(total_ms, 0.5),
                        percentile(total_ms, 0.99));
    }
    return 0;
}
