// What the window asks the person: whether to drop a model with unsaved training, and which file
// a checkpoint goes to or comes from. One place, so that tests (and the model-based test of the
// life-cycle) answer instead of a person, and no dialog blocks them.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace unroll {

class WindowQuestions {
    Q_DECLARE_TR_FUNCTIONS(WindowQuestions)

public:
    enum class Unsaved { Save, Discard, Cancel };

    virtual ~WindowQuestions() = default;
    // `action`: what would drop the model ("Starting a new run", "Quitting", ...). Asks with a
    // "don't ask again" box; once ticked, answers Discard without asking.
    virtual Unsaved unsavedModel(QWidget* parent, const QString& action);
    // "" when the person cancels.
    virtual QString checkpointToSave(QWidget* parent, const QString& suggested);
    virtual QString checkpointToOpen(QWidget* parent);
};

}  // namespace unroll
