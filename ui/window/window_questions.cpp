#include "window/window_questions.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace unroll {

namespace {

const char* kDontAskUnsaved = "confirm/dropUnsavedModel";

QString checkpointFilter() {
    return WindowQuestions::tr("Checkpoints (*.safetensors);;All files (*)");
}

}  // namespace

WindowQuestions::Unsaved WindowQuestions::unsavedModel(QWidget* parent, const QString& action) {
    if (QSettings().value(kDontAskUnsaved, false).toBool())
        return Unsaved::Discard;
    QMessageBox box(QMessageBox::Question, tr("Unsaved training"),
                    tr("%1 drops the model, whose training since it was last saved is in no "
                       "checkpoint. Save it first?")
                        .arg(action),
                    QMessageBox::NoButton, parent);
    QPushButton* save = box.addButton(tr("Save…"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(save);
    auto* dont_ask = new QCheckBox(tr("Don't ask again"));
    box.setCheckBox(dont_ask);
    box.exec();
    if (box.clickedButton() == discard) {
        if (dont_ask->isChecked())
            QSettings().setValue(kDontAskUnsaved, true);
        return Unsaved::Discard;
    }
    return box.clickedButton() == save ? Unsaved::Save : Unsaved::Cancel;
}

QString WindowQuestions::checkpointToSave(QWidget* parent, const QString& suggested) {
    return QFileDialog::getSaveFileName(parent, tr("Save Checkpoint"), suggested,
                                        checkpointFilter());
}

QString WindowQuestions::checkpointToOpen(QWidget* parent) {
    return QFileDialog::getOpenFileName(parent, tr("Open Checkpoint"), QString(),
                                        checkpointFilter());
}

}  // namespace unroll
