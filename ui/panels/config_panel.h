// The configuration form, built from the engine's schema: one editor per setting, grouped as the
// schema groups them, with the schema's range enforced and its help as tooltip. An architecture
// picker with each model's one-line description and a presets menu sit on top. While a run goes,
// only the settings the schema marks live stay editable, and committing one asks for it to be
// applied to the run.
#pragma once

#include <QMap>
#include <QWidget>

#include "unroll/config.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace unroll {

class CorpusPreview;

class ConfigPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConfigPanel(QWidget* parent = nullptr);

    // The values in the form (possibly invalid: see problems()).
    const Config& config() const { return config_; }
    void setConfig(const Config& config);
    void loadPreset(const std::string& name);
    // Everything wrong with the form's values; empty when a run can start.
    std::vector<ConfigIssue> problems() const;
    bool valid() const { return problems().empty(); }

    // Locks every setting that cannot change during a run.
    void setRunLocked(bool locked);
    bool runLocked() const { return locked_; }

    // The editor of one setting (named "setting_<key>"), for tests and the banner's actions.
    QWidget* editor(const std::string& key) const;
    // Sets one value as if typed; returns false when the text is not of the setting's type.
    bool setValueText(const std::string& key, const QString& text);
    // The paragraph under the form: the corpus, its layout and batches (read as soon as it is
    // chosen), or why the corpus cannot be used.
    QString summaryText() const;
    CorpusPreview* corpusPreview() const { return preview_; }

Q_SIGNALS:
    void changed();  // any edit; validity may have changed
    void validityChanged(bool valid);
    // A live setting was committed while the form is locked: apply it to the run.
    void liveEdited(const unroll::Config& config);

private:
    QWidget* buildEditor(const SettingSpec& spec);
    QWidget* buildHeader();
    void edited(const std::string& key, const QString& text, bool commit);
    void refreshEditors();
    void refreshRows();
    void showProblems();
    void showSummary();  // the corpus and its layout, or why the corpus cannot be used

    Config config_;
    bool locked_ = false;
    bool last_valid_ = true;
    bool updating_ = false;               // the form itself is setting the editors
    QMap<QString, QString> type_errors_;  // text that is not of its setting's type
    QMap<QString, QWidget*> editors_;
    QMap<QString, QFormLayout*> forms_;
    QComboBox* arch_ = nullptr;
    QLabel* arch_description_ = nullptr;
    QLabel* layout_summary_ = nullptr;
    QLabel* problems_ = nullptr;
    QPushButton* presets_ = nullptr;
    CorpusPreview* preview_ = nullptr;
    bool typing_corpus_ = false;  // a path half typed is not read
};

}  // namespace unroll
