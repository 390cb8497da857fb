#include "panels/config_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

#include "panels/corpus_preview.h"
#include "panels/layout_summary.h"
#include "text/engine_text.h"
#include "text/numbers.h"
#include "text/schema_text.h"
#include "unroll/architecture.h"
#include "unroll/device.h"

namespace unroll {

namespace {

const char* kKeyProperty = "settingKey";

// What the engine reads: a number typed in the window's form goes over in the C form.
std::string engineForm(const std::string& key, const QString& text) {
    const SettingSpec* spec = findSetting(key);
    if (spec && spec->type == SettingType::Float)
        if (const std::optional<double> number = parseNumber(text))
            return QLocale::c()
                .toString(*number, 'g', QLocale::FloatingPointShortest)
                .toStdString();
    // Not a number in any form: the engine says what is wrong with it, in its own words.
    return text.trimmed().toStdString();
}

QString keyOf(const SettingSpec& spec) {
    return QString::fromStdString(spec.key);
}

// Marks an editor whose value is refused, with the reason as its tooltip.
void markProblem(QWidget* editor, const QString& problem, const SettingSpec& spec) {
    editor->setProperty("problem", !problem.isEmpty());
    editor->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("background: #ffe0e0;"));
    editor->setToolTip(problem.isEmpty() ? settingTooltip(spec)
                                         : QStringLiteral("<p><b>%1</b></p>%2")
                                               .arg(problem.toHtmlEscaped(), settingTooltip(spec)));
}

}  // namespace

ConfigPanel::ConfigPanel(QWidget* parent) : QWidget(parent) {
    preview_ = new CorpusPreview(this);
    connect(preview_, &CorpusPreview::ready, this, &ConfigPanel::showSummary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildHeader());
    // One box per schema group, in schema order.
    std::vector<std::string> groups;
    for (const SettingSpec& spec : schema())
        if (std::find(groups.begin(), groups.end(), spec.group) == groups.end())
            groups.push_back(spec.group);
    for (const std::string& group : groups) {
        auto* box = new QGroupBox(groupTitle(group), this);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        forms_.insert(QString::fromStdString(group), form);
        for (const SettingSpec& spec : schema()) {
            if (spec.group != group || spec.key == "arch")
                continue;
            QWidget* editor = buildEditor(spec);
            auto* label = new QLabel(settingLabel(spec), box);
            label->setToolTip(settingTooltip(spec));
            label->setBuddy(editor);
            form->addRow(label, editor);
        }
        layout->addWidget(box);
    }
    problems_ = new QLabel(this);
    problems_->setObjectName(QStringLiteral("configProblems"));
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(problems_);
    layout->addStretch(1);
    setConfig(Config());
}

QWidget* ConfigPanel::buildHeader() {
    auto* box = new QGroupBox(tr("Architecture"), this);
    auto* layout = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    arch_ = new QComboBox(box);
    const SettingSpec& spec = *findSetting(settings::arch.name);
    arch_->setObjectName(QStringLiteral("setting_arch"));
    arch_->setProperty(kKeyProperty, keyOf(spec));
    for (const ArchitectureInfo& a : architectures())
        arch_->addItem(QCoreApplication::translate("schema", a.title.c_str()),
                       QString::fromStdString(a.name));
    arch_->setToolTip(settingTooltip(spec));
    editors_.insert(keyOf(spec), arch_);
    connect(arch_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!updating_ && index >= 0)
            edited("arch", arch_->itemData(index).toString(), true);
    });
    row->addWidget(arch_, 1);
    presets_ = new QPushButton(tr("Presets"), box);  // room for its menu's arrow
    presets_->setObjectName(QStringLiteral("presetsButton"));
    presets_->setToolTip(tr("Load the settings of one of the chapter's models"));
    auto* menu = new QMenu(presets_);
    for (const Preset& p : presets()) {
        const std::string name = p.name;
        QAction* action = menu->addAction(QStringLiteral("%1 — %2").arg(
            QString::fromStdString(p.name),
            QCoreApplication::translate("schema", p.description.c_str())));
        connect(action, &QAction::triggered, this, [this, name] { loadPreset(name); });
    }
    presets_->setMenu(menu);
    row->addWidget(presets_);
    layout->addLayout(row);
    arch_description_ = new QLabel(box);
    arch_description_->setWordWrap(true);
    layout->addWidget(arch_description_);
    layout_summary_ = new QLabel(box);
    layout_summary_->setObjectName(QStringLiteral("layoutSummary"));
    layout_summary_->setWordWrap(true);
    layout->addWidget(layout_summary_);
    return box;
}

QWidget* ConfigPanel::buildEditor(const SettingSpec& spec) {
    const std::string key = spec.key;
    QWidget* editor = nullptr;
    switch (spec.type) {
        case SettingType::Bool: {
            auto* check = new QCheckBox(this);
            connect(check, &QCheckBox::toggled, this, [this, key](bool on) {
                if (!updating_)
                    edited(key, on ? QStringLiteral("true") : QStringLiteral("false"), true);
            });
            editor = check;
            break;
        }
        case SettingType::Choice: {
            auto* combo = new QComboBox(this);
            for (const std::string& c : spec.choices)
                combo->addItem(QString::fromStdString(c), QString::fromStdString(c));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, key, combo](int index) {
                if (!updating_ && index >= 0)
                    edited(key, combo->itemData(index).toString(), true);
            });
            editor = combo;
            break;
        }
        case SettingType::Int: {
            // The spin box itself enforces the schema's range.
            auto* spin = new QSpinBox(this);
            spin->setRange(static_cast<int>(std::max<double>(spec.min, INT_MIN)),
                           static_cast<int>(std::min<double>(spec.max, INT_MAX)));
            spin->setKeyboardTracking(false);
            spin->setSuffix(spec.unit.empty()
                                ? QString()
                                : QStringLiteral(" ") +
                                      QCoreApplication::translate("schema", spec.unit.c_str()));
            connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) {
                if (!updating_)
                    edited(key, QString::number(v), true);
            });
            editor = spin;
            break;
        }
        case SettingType::Float:
        case SettingType::Text: {
            // Reals span decades (1e-5 .. 10), which a spin box handles badly: free text, checked
            // against the schema on every keystroke and refused (marked, Start disabled) when
            // wrong.
            auto* line = new QLineEdit(this);
            connect(line, &QLineEdit::textEdited, this,
                    [this, key](const QString& text) { edited(key, text, false); });
            connect(line, &QLineEdit::editingFinished, this, [this, key, line] {
                if (!updating_)
                    edited(key, line->text(), true);
            });
            editor = line;
            if (spec.key == "corpus") {
                auto* holder = new QWidget(this);
                auto* row = new QHBoxLayout(holder);
                row->setContentsMargins(0, 0, 0, 0);
                row->addWidget(line, 1);
                auto* browse = new QToolButton(holder);
                browse->setText(QStringLiteral("…"));
                browse->setToolTip(tr("Train on a UTF-8 text file"));
                connect(browse, &QToolButton::clicked, this, [this, line] {
                    const QString file = QFileDialog::getOpenFileName(
                        this, tr("Corpus"), QString(), tr("Text files (*.txt);;All files (*)"));
                    if (!file.isEmpty())
                        setValueText("corpus", file);
                });
                row->addWidget(browse);
                line->setObjectName(QStringLiteral("setting_corpus"));
                line->setProperty(kKeyProperty, keyOf(spec));
                line->setToolTip(settingTooltip(spec));
                editors_.insert(keyOf(spec), line);
                return holder;
            }
            break;
        }
    }
    editor->setObjectName(QStringLiteral("setting_") + keyOf(spec));
    editor->setProperty(kKeyProperty, keyOf(spec));
    editor->setToolTip(settingTooltip(spec));
    editors_.insert(keyOf(spec), editor);
    return editor;
}

QWidget* ConfigPanel::editor(const std::string& key) const {
    return editors_.value(QString::fromStdString(key), nullptr);
}

void ConfigPanel::setConfig(const Config& config) {
    config_ = config;
    type_errors_.clear();
    refreshEditors();
    refreshRows();
    showProblems();
    Q_EMIT changed();
}

void ConfigPanel::loadPreset(const std::string& name) {
    setConfig(findPreset(name).config());
}

bool ConfigPanel::setValueText(const std::string& key, const QString& text) {
    const SettingSpec* spec = findSetting(key);
    QWidget* w = editor(key);
    if (!spec || !w)
        return false;
    if (auto* line = qobject_cast<QLineEdit*>(w)) {
        // A number shows in the window's form, whichever form it came in ("0.003" from code).
        const std::optional<double> number =
            spec->type == SettingType::Float ? parseNumber(text) : std::nullopt;
        line->setText(number ? significantNumber(*number) : text);
        edited(key, text, true);
        return !type_errors_.contains(QString::fromStdString(key));
    }
    if (auto* spin = qobject_cast<QSpinBox*>(w)) {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (ok)
            spin->setValue(v);  // clamped to the range, as typing would be
        return ok;
    }
    if (auto* check = qobject_cast<QCheckBox*>(w)) {
        if (text != "true" && text != "false")
            return false;
        check->setChecked(text == "true");
        return true;
    }
    if (auto* combo = qobject_cast<QComboBox*>(w)) {
        const int index = combo->findData(text);
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
        return true;
    }
    return false;
}

void ConfigPanel::edited(const std::string& key, const QString& text, bool commit) {
    const QString qkey = QString::fromStdString(key);
    try {
        config_.setFromText(key, engineForm(key, text));
        type_errors_.remove(qkey);
    } catch (const ConfigError& e) {
        type_errors_.insert(qkey, engineText(e.issues().front().message));
    }
    if (key == "arch") {
        // Settings the new model does not read go back to their defaults (a stale value there
        // would be refused), and the form shows only what the model reads.
        const std::string arch = config_.getText(settings::arch.name);  // may be unknown
        for (const SettingSpec& spec : schema())
            if (!spec.appliesTo(arch))
                config_.set(spec.key, spec.default_value);
        refreshEditors();
        refreshRows();
    }
    // Settings read only with this one's value (subword pieces with tokenizer = subword).
    for (const SettingSpec& spec : schema())
        if (spec.only_with_key == key) {
            refreshRows();
            break;
        }
    typing_corpus_ = key == settings::corpus.name && !commit;
    showProblems();
    typing_corpus_ = false;
    Q_EMIT changed();
    const SettingSpec* spec = findSetting(key);
    if (commit && locked_ && spec && spec->live && valid())
        Q_EMIT liveEdited(config_);
}

std::vector<ConfigIssue> ConfigPanel::problems() const {
    std::vector<ConfigIssue> issues;
    for (auto it = type_errors_.begin(); it != type_errors_.end(); ++it)
        issues.push_back({it.key().toStdString(), "", Message::verbatim(it.value().toStdString())});
    for (const ConfigIssue& issue : config_.problems())
        if (!type_errors_.contains(QString::fromStdString(issue.key)))
            issues.push_back(issue);
    return issues;
}

void ConfigPanel::setRunLocked(bool locked) {
    locked_ = locked;
    for (const SettingSpec& spec : schema())
        if (QWidget* w = editor(spec.key))
            w->setEnabled(!locked || spec.live);
    presets_->setEnabled(!locked);
}

void ConfigPanel::refreshEditors() {
    updating_ = true;
    for (const SettingSpec& spec : schema()) {
        QWidget* w = editor(spec.key);
        const QString key = keyOf(spec);
        if (type_errors_.contains(key))
            continue;  // keep what the person typed
        const Value& v = config_.get(spec.key);
        if (auto* line = qobject_cast<QLineEdit*>(w)) {
            const QString text = spec.type == SettingType::Float
                                     ? significantNumber(std::get<double>(v))
                                     : QString::fromStdString(formatValue(v));
            if (line->text() != text)
                line->setText(text);
        } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
            spin->setValue(static_cast<int>(std::get<std::int64_t>(v)));
        } else if (auto* check = qobject_cast<QCheckBox*>(w)) {
            check->setChecked(std::get<bool>(v));
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            combo->setCurrentIndex(
                combo->findData(QString::fromStdString(std::get<std::string>(v))));
        }
    }
    updating_ = false;
    const ArchitectureInfo& a = architecture(config_.get(settings::arch));
    arch_description_->setText(QCoreApplication::translate("schema", a.description.c_str()));
}

void ConfigPanel::refreshRows() {
    // The device, and determinism on it, are choices only where libtorch has CUDA and a GPU
    // answers (or a configuration already names them).
    static const bool one_device = availableDevices().size() == 1;
    for (const SettingSpec& spec : schema()) {
        QFormLayout* form = forms_.value(QString::fromStdString(spec.group), nullptr);
        QWidget* w = editor(spec.key);
        if (!form || !w || spec.key == "arch")
            continue;
        QWidget* field = spec.key == "corpus" ? w->parentWidget() : w;
        const bool offered = !(
            one_device &&
            ((spec.key == settings::device.name && config_.get(settings::device) == "cpu") ||
             (spec.key == settings::deterministic.name && !config_.get(settings::deterministic))));
        form->setRowVisible(field, spec.readBy(config_) && offered);
    }
}

QString ConfigPanel::summaryText() const {
    return layout_summary_->text();
}

void ConfigPanel::showSummary() {
    if (typing_corpus_)
        return;  // read when the path is committed (Enter, leaving the field, Browse)
    if (!problems_->isHidden()) {
        layout_summary_->clear();  // the problems above say what to fix first
        return;
    }
    const LayoutSummaryText summary = layoutSummary(config_, *preview_);
    layout_summary_->setText(summary.text);
    layout_summary_->setStyleSheet(summary.problem ? QStringLiteral("color: #b00020;")
                                                   : QStringLiteral("color: palette(mid);"));
}

void ConfigPanel::showProblems() {
    const std::vector<ConfigIssue> issues = problems();
    for (const SettingSpec& spec : schema()) {
        QString problem;
        for (const ConfigIssue& issue : issues)
            if (issue.key == spec.key)
                problem = engineText(issue.message);
        if (QWidget* w = editor(spec.key))
            markProblem(w, problem, spec);
    }
    QStringList lines;
    for (const ConfigIssue& issue : issues)
        lines << engineText(issue.message);
    problems_->setText(lines.join('\n'));
    problems_->setVisible(!lines.isEmpty());
    showSummary();
    const bool now_valid = issues.empty();
    if (now_valid != last_valid_) {
        last_valid_ = now_valid;
        Q_EMIT validityChanged(now_valid);
    }
}

}  // namespace unroll
