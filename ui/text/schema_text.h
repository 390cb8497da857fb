// The schema's words as the window shows them: labels, help and group titles are written in
// English in the engine (which has no Qt) and translated here, under the "schema" context.
#pragma once

#include <QString>

#include "unroll/config.h"

namespace unroll {

QString settingLabel(const SettingSpec& spec);
QString settingHelp(const SettingSpec& spec);
QString settingAllowed(const SettingSpec& spec);
QString groupTitle(const std::string& group);
// A full tooltip: label, key, help, allowed values and whether it may change during a run.
QString settingTooltip(const SettingSpec& spec);
// Every English string of the schema that the window shows, for the translation test.
QStringList schemaSourceTexts();

}  // namespace unroll
