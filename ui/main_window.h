// The application window. For now it presents the built-in corpus and the presets with the data
// layout each one trains on; the training view is built on top of it.
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableWidget;

namespace unroll {
struct Corpus;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    void showPreset(int row);
    QWidget* buildCorpusPanel();
    QWidget* buildPresetPanel();

    std::unique_ptr<Corpus> corpus_;
    QTableWidget* presets_ = nullptr;
    QLabel* preset_details_ = nullptr;
};

}  // namespace unroll
