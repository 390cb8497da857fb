// A one-line label that, when its text is wider than the room it gets, shows it cut with "…" and
// whole in its tooltip: for headings and status lines that must not widen the window (German
// and French run longer than English) yet must not be clipped mid-letter either.
#pragma once

#include <QLabel>

namespace unroll {

class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    explicit ElidedLabel(const QString& text, QWidget* parent = nullptr);

    // The whole text (plain, one line); text() is what is shown.
    void setFullText(const QString& text);
    const QString& fullText() const { return full_; }
    bool elided() const { return text() != full_; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void elide();

    QString full_;
};

}  // namespace unroll
