#include "runs/race_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "unroll/config.h"

namespace unroll {

RaceDialog::RaceDialog(int epochs, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Race architectures"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The racers train on the form's corpus with its seed, so every "
                                "one sees the same batches in the same order."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // Each preset with its whole description, wrapped to the list's width: which models race
    // is the choice this dialog is for.
    presets_ = new QListWidget(this);
    presets_->setObjectName(QStringLiteral("racePresets"));
    presets_->setWordWrap(true);
    presets_->setResizeMode(QListView::Adjust);
    presets_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    presets_->setSpacing(2);
    for (const Preset& p : unroll::presets()) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(
                                    QString::fromStdString(p.name),
                                    QCoreApplication::translate("schema", p.description.c_str())),
                                presets_);
        item->setData(Qt::UserRole, QString::fromStdString(p.name));
        const bool checked = p.name == "lm5" || p.name == "lm6" || p.name == "lm7";
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(presets_, 1);
    auto* form = new QFormLayout;
    interleaved_ = new QRadioButton(tr("interleaved, one step each in turn"), this);
    auto* in_turn = new QRadioButton(tr("one after another"), this);
    interleaved_->setChecked(true);
    auto* order = new QVBoxLayout;
    order->addWidget(interleaved_);
    order->addWidget(in_turn);
    form->addRow(tr("Order"), order);
    epochs_ = new QSpinBox(this);
    epochs_->setRange(1, 1000);
    epochs_->setValue(epochs);
    form->addRow(tr("Epochs"), epochs_);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start the race"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(presets_, &QListWidget::itemChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(this->presets().size() >= 2);
    });
    layout->addWidget(buttons);
    resize(640, 560);
}

QStringList RaceDialog::presets() const {
    QStringList names;
    for (int i = 0; i < presets_->count(); ++i)
        if (presets_->item(i)->checkState() == Qt::Checked)
            names << presets_->item(i)->data(Qt::UserRole).toString();
    return names;
}

RaceRunner::Order RaceDialog::order() const {
    return interleaved_->isChecked() ? RaceRunner::Order::Interleaved
                                     : RaceRunner::Order::OneAfterAnother;
}

int RaceDialog::epochs() const {
    return epochs_->value();
}

}  // namespace unroll
