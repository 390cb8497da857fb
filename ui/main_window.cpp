#include "main_window.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include "unroll/architecture.h"
#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/dataset.h"

namespace unroll {

namespace {

constexpr int kPreviewTokens = 24;

QString number(long long n) {
    return QLocale().toString(n);
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), corpus_(std::make_unique<Corpus>(humanNumbersCorpus())) {
    setWindowTitle(tr("Unroll"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* title = new QLabel(tr("<h2>Unroll</h2>Train recurrent language models from scratch "
                                "and watch them learn."),
                             central);
    layout->addWidget(title);
    layout->addWidget(buildCorpusPanel());
    layout->addWidget(buildPresetPanel());
    layout->addStretch(1);
    setCentralWidget(central);
    statusBar()->showMessage(tr("Human Numbers is built in: no download needed."));
    presets_->selectRow(0);
    resize(940, 640);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildCorpusPanel() {
    auto* box = new QGroupBox(tr("Corpus: %1").arg(QString::fromStdString(corpus_->name)));
    auto* layout = new QVBoxLayout(box);
    const size_t preview = std::min<size_t>(kPreviewTokens, corpus_->tokens.size());
    const std::string text = corpus_->vocab.decode(corpus_->tokens.data(), preview);
    layout->addWidget(
        new QLabel(tr("%1 lines, %2 tokens, a vocabulary of %3 words in order of first appearance.")
                       .arg(number(static_cast<long long>(humanNumbersLines().size())),
                            number(static_cast<long long>(corpus_->tokens.size())),
                            number(corpus_->vocab.size()))));
    auto* sample = new QLabel(
        QStringLiteral("<tt>%1 …</tt>").arg(QString::fromStdString(text).toHtmlEscaped()));
    sample->setWordWrap(true);
    layout->addWidget(sample);
    return box;
}

QWidget* MainWindow::buildPresetPanel() {
    auto* box = new QGroupBox(tr("Presets"));
    auto* layout = new QVBoxLayout(box);
    presets_ = new QTableWidget(static_cast<int>(presets().size()), 2, box);
    presets_->setHorizontalHeaderLabels({tr("Preset"), tr("What it trains")});
    presets_->verticalHeader()->hide();
    presets_->horizontalHeader()->setStretchLastSection(true);
    presets_->setSelectionBehavior(QAbstractItemView::SelectRows);
    presets_->setSelectionMode(QAbstractItemView::SingleSelection);
    presets_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < presets_->rowCount(); ++row) {
        const Preset& p = presets()[static_cast<size_t>(row)];
        presets_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(p.name)));
        presets_->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(p.description)));
    }
    presets_->resizeColumnToContents(0);
    // As tall as its rows: the details below matter more than empty table space.
    presets_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    presets_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    presets_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    connect(presets_, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { showPreset(row); });
    layout->addWidget(presets_);
    preset_details_ = new QLabel(box);
    preset_details_->setWordWrap(true);
    preset_details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(preset_details_);
    return box;
}

void MainWindow::showPreset(int row) {
    if (row < 0 || row >= static_cast<int>(presets().size()))
        return;
    const Preset& preset = presets()[static_cast<size_t>(row)];
    const Config config = preset.config();
    const ArchitectureInfo& arch = architecture(config.getText("arch"));
    const Dataset data = Dataset::forConfig(*corpus_, config);
    const QString layout = data.layout() == Layout::FixedWindow
                               ? tr("%1 tokens predict the next").arg(data.seqLen())
                               : tr("%1 tokens predict %1 targets").arg(data.seqLen());
    preset_details_->setText(
        tr("<b>%1</b>: %2.<br>Layout: %3; %4 train / %5 valid samples%6; %7 batches of %8 per "
           "epoch.<br>Training: %9 epochs of one-cycle up to lr %10.<br>Run it headless: "
           "<tt>unroll-cli train --preset %11</tt>")
            .arg(QString::fromStdString(arch.title), QString::fromStdString(arch.description),
                 layout, number(data.train().count), number(data.valid().count),
                 data.grouped() ? tr(", laid out by group_chunks") : QString(),
                 number(data.trainOrder().batches()), number(config.getInt("batch_size")),
                 number(config.getInt("epochs")))
            .arg(config.getFloat("lr"))
            .arg(QString::fromStdString(preset.name)));
}

}  // namespace unroll
