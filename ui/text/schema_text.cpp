#include "text/schema_text.h"

#include <QCoreApplication>

#include "text/numbers.h"
#include "text/schema_strings.h"

namespace unroll {

namespace {

QString schemaText(const std::string& english) {
    if (english.empty())
        return QString();
    return QCoreApplication::translate("schema", english.c_str());
}

}  // namespace

QString settingLabel(const SettingSpec& spec) {
    return schemaText(spec.label);
}

QString settingHelp(const SettingSpec& spec) {
    return schemaText(spec.help);
}

QString settingAllowed(const SettingSpec& spec) {
    const QString unit = schemaText(spec.unit);
    QString range;
    switch (spec.type) {
        case SettingType::Bool:
            return QCoreApplication::translate("schema", "on or off");
        case SettingType::Text:
            return QCoreApplication::translate("schema", "any text");
        case SettingType::Choice: {
            QStringList choices;
            for (const std::string& c : spec.choices)
                choices << QString::fromStdString(c);
            return QCoreApplication::translate("schema", "one of: %1").arg(choices.join(", "));
        }
        case SettingType::Int:
            range = QCoreApplication::translate("schema", "a whole number from %1 to %2")
                        .arg(static_cast<qint64>(spec.min))
                        .arg(static_cast<qint64>(spec.max));
            break;
        case SettingType::Float:
            range = spec.min_exclusive
                        ? QCoreApplication::translate("schema", "greater than %1 up to %2")
                              .arg(significantNumber(spec.min, 6), significantNumber(spec.max, 6))
                        : QCoreApplication::translate("schema", "%1 to %2")
                              .arg(significantNumber(spec.min, 6), significantNumber(spec.max, 6));
            break;
    }
    return unit.isEmpty() ? range : range + ' ' + unit;
}

QString groupTitle(const std::string& group) {
    return schemaText(
        group.empty() ? group : std::string(1, char(std::toupper(group[0]))) + group.substr(1));
}

QString settingTooltip(const SettingSpec& spec) {
    const QString when =
        spec.live
            ? QCoreApplication::translate("schema", "Can change during a run.")
            : QCoreApplication::translate("schema", "Fixed for a run: reset the run to change it.");
    return QStringLiteral("<p><b>%1</b> <tt>%2</tt></p><p>%3</p><p>%4: %5. %6</p>")
        .arg(settingLabel(spec).toHtmlEscaped(), QString::fromStdString(spec.key),
             settingHelp(spec).toHtmlEscaped(), QCoreApplication::translate("schema", "Allowed"),
             settingAllowed(spec).toHtmlEscaped(), when);
}

QStringList schemaSourceTexts() {
    QStringList texts;
    for (const char* t : kSchemaStrings)
        texts << QString::fromUtf8(t);
    return texts;
}

}  // namespace unroll
