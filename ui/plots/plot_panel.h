// The frame every live plot shares: a QCustomPlot with a tool row — a hover read-out, a log-y
// toggle, a smoothing slider, "fit" and an export menu (PNG, SVG, PDF and the data as CSV).
// Data arrives whenever the training thread's snapshots are drained; the plot redraws only on
// refresh(), which the window calls on its timer and which does nothing while the panel is hidden
// or unchanged. Zoom and pan are the person's: once they drag or wheel, live updates keep their
// view; double-click or "fit" follows the data again.
#pragma once

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QCPAxis;
class QCPGraph;
class QCustomPlot;
class QHBoxLayout;
class QVBoxLayout;
class QMouseEvent;
class QSlider;

namespace unroll {

class ElidedLabel;

class PlotPanel : public QWidget {
    Q_OBJECT

public:
    explicit PlotPanel(const QString& title, QWidget* parent = nullptr);
    ~PlotPanel() override;

    QCustomPlot* plot() const { return plot_; }
    QString title() const { return title_; }

    // Line series: raw (x, y) points; what is drawn is smoothed when the series allows it.
    struct SeriesStyle {
        QColor color;
        bool right_axis = false;  // drawn against the right-hand axis
        bool smoothable = true;
        bool dots = false;  // points with a thin line: per-epoch values
        Qt::PenStyle pen = Qt::SolidLine;
        double width = 1.5;
        // Keyed by training step: a point at or before the last one means the run rewound, and
        // the stretch it abandoned stays drawn, faded, behind the one that replaces it.
        bool rewinds = false;
    };
    int addSeries(const QString& name, const SeriesStyle& style);
    void append(int series, double x, double y);
    int seriesCount() const { return static_cast<int>(series_.size()); }
    int pointCount(int series) const;
    // Points of `series` in stretches a rewind abandoned.
    int abandonedCount(int series) const;
    QString seriesName(int series) const;
    // Removes every series and its data (a new run may have other parameters).
    void removeSeries();
    // Clears the data, keeps the series.
    virtual void clear();

    // Redraws when something changed and the panel is visible (or when forced); returns whether
    // it drew.
    bool refresh(bool force = false);
    bool needsRefresh() const { return dirty_ && isVisible(); }

    bool logY() const { return log_y_; }
    void setLogY(bool on);
    // Ticks on the x axis at whole numbers only (steps, epochs, time steps), or anywhere.
    void setWholeNumberKeys(bool whole);
    // Exponential smoothing of the drawn series, 0 (raw) to 0.99; debiased as fastai's loss is.
    double smoothing() const { return smoothing_; }
    void setSmoothing(double beta);
    bool following() const { return following_; }
    void setFollowing(bool follow);  // true: ranges fit the data on every refresh

    // PNG, SVG or PDF, by the file's suffix. Returns false when it cannot be written.
    // Written through the engine's writer (files/user_files.h); false with *error saying why.
    bool exportImage(const QString& path, int width = 0, int height = 0, QString* error = nullptr);
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    // The data behind the plot, one row per point, with a header.
    virtual QString csv() const;
    // What the hover read-out says at a pixel of the plot ("" when nothing is near).
    virtual QString readoutAt(const QPointF& pixel) const;

protected:
    void markDirty() { dirty_ = true; }
    // Pushes the data to the plottables; the default draws the line series.
    virtual void render();
    // Fits the axes to the data (when following).
    virtual void fitRanges();
    // Axes the log toggle switches; the default is the left value axis.
    virtual QList<QCPAxis*> valueAxes() const;
    void addTool(QWidget* widget);
    QVector<double> smoothed(const QVector<double>& values) const;
    static QColor paletteColor(int index);
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeHeading();  // beside the tools, or above them when the panel is too narrow
    void fitLegend();     // the legend's entries in as many columns as the plot's height needs
    struct Series {
        QString name;
        SeriesStyle style;
        QCPGraph* graph = nullptr;
        QVector<double> x, y;
        // Stretches abandoned by rewinds (SeriesStyle::rewinds), one faded graph each: they may
        // overlap, so one graph (sorted by step) would join them wrongly.
        std::vector<QCPGraph*> abandoned;
        int abandoned_points = 0;
    };
    void abandonFrom(Series& s, double x);
    void removeAbandoned(Series& s);
    void exportWithDialog(const QString& kind);
    void applyAxisScale();

    QString title_;
    QCustomPlot* plot_ = nullptr;
    QHBoxLayout* tools_ = nullptr;
    QVBoxLayout* outer_ = nullptr;
    ElidedLabel* heading_ = nullptr;
    ElidedLabel* readout_ = nullptr;
    QCheckBox* log_toggle_ = nullptr;
    QSlider* smoothing_slider_ = nullptr;
    std::vector<Series> series_;
    bool dirty_ = true;
    bool log_y_ = false;
    bool following_ = true;
    double smoothing_ = 0.0;
};

}  // namespace unroll
