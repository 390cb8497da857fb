<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Train recurrent language models and watch them learn.</source>
        <translation>Entraîner des modèles de langue récurrents et les regarder apprendre.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Enregistrer la fenêtre dans FICHIER (PNG) et quitter.</translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, fr) instead of the system&apos;s.</source>
        <translation>Utiliser LANGUE (en, de, fr) au lieu de celle du système.</translation>
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
        <translation>&lt;h2&gt;Unroll&lt;/h2&gt;Entraîner des modèles de langue récurrents à partir de zéro et les regarder apprendre.</translation>
    </message>
    <message>
        <source>Human Numbers is built in: no download needed.</source>
        <translation>Human Numbers est intégré : aucun téléchargement nécessaire.</translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Corpus : %1</translation>
    </message>
    <message>
        <source>%1 lines, %2 tokens, a vocabulary of %3 words in order of first appearance.</source>
        <translation>%1 lignes, %2 jetons, un vocabulaire de %3 mots dans l&apos;ordre de première apparition.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>What it trains</source>
        <translation>Ce qu&apos;il entraîne</translation>
    </message>
    <message>
        <source>%1 tokens predict the next</source>
        <translation>%1 jetons prédisent le suivant</translation>
    </message>
    <message>
        <source>%1 tokens predict %1 targets</source>
        <translation>%1 jetons prédisent %1 cibles</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2.&lt;br&gt;Layout: %3; %4 train / %5 valid samples%6; %7 batches of %8 per epoch.&lt;br&gt;Training: %9 epochs of one-cycle up to lr %10.&lt;br&gt;Run it headless: &lt;tt&gt;unroll-cli train --preset %11&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2.&lt;br&gt;Disposition : %3 ; %4 exemples d&apos;entraînement / %5 de validation%6 ; %7 lots de %8 par époque.&lt;br&gt;Entraînement : %9 époques de one-cycle jusqu&apos;à lr %10.&lt;br&gt;Sans fenêtre : &lt;tt&gt;unroll-cli train --preset %11&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>, laid out by group_chunks</source>
        <translation>, disposés par group_chunks</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
</context>
</TS>
