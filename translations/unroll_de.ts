<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Train recurrent language models and watch them learn.</source>
        <translation>Rekurrente Sprachmodelle trainieren und ihnen beim Lernen zusehen.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Das Fenster als PNG in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, fr) instead of the system&apos;s.</source>
        <translation>SPRACHE (en, de, fr) statt der Systemsprache verwenden.</translation>
    </message>
</context>
<context>
    <name>unroll::MainWindow</name>
    <message>
        <source>Unroll</source>
        <translation>Unroll</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unroll&lt;/h2&gt;Train recurrent language models from scratch and watch them learn.</source>
        <translation>&lt;h2&gt;Unroll&lt;/h2&gt;Rekurrente Sprachmodelle von Grund auf trainieren und ihnen beim Lernen zusehen.</translation>
    </message>
    <message>
        <source>Human Numbers is built in: no download needed.</source>
        <translation>Human Numbers ist eingebaut: kein Download nötig.</translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Korpus: %1</translation>
    </message>
    <message>
        <source>%1 lines, %2 tokens, a vocabulary of %3 words in order of first appearance.</source>
        <translation>%1 Zeilen, %2 Tokens, ein Vokabular von %3 Wörtern in der Reihenfolge ihres ersten Auftretens.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>What it trains</source>
        <translation>Was sie trainiert</translation>
    </message>
    <message>
        <source>%1 tokens predict the next</source>
        <translation>%1 Tokens sagen das nächste voraus</translation>
    </message>
    <message>
        <source>%1 tokens predict %1 targets</source>
        <translation>%1 Tokens sagen %1 Ziele voraus</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2.&lt;br&gt;Layout: %3; %4 train / %5 valid samples%6; %7 batches of %8 per epoch.&lt;br&gt;Training: %9 epochs of one-cycle up to lr %10.&lt;br&gt;Run it headless: &lt;tt&gt;unroll-cli train --preset %11&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2.&lt;br&gt;Aufteilung: %3; %4 Trainings- / %5 Validierungsbeispiele%6; %7 Batches zu %8 pro Epoche.&lt;br&gt;Training: %9 Epochen One-Cycle bis lr %10.&lt;br&gt;Ohne Fenster: &lt;tt&gt;unroll-cli train --preset %11&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>, laid out by group_chunks</source>
        <translation>, angeordnet mit group_chunks</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
</TS>
