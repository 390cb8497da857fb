<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LayoutSummary</name>
    <message>
        <source>Corpus: %1, read when the run starts.</source>
        <translation>Korpus: %1, wird beim Start des Laufs gelesen.</translation>
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
        <source>, laid out by group_chunks</source>
        <translation>, angeordnet mit group_chunks</translation>
    </message>
    <message>
        <source>Human Numbers as %1 tokens, counted when the run starts.</source>
        <translation>Human Numbers als %1-Tokens, gezählt beim Start des Laufs.</translation>
    </message>
    <message>
        <source>Line breaks read as &apos; . &apos;.</source>
        <translation>Zeilenumbrüche als &apos; . &apos; gelesen.</translation>
    </message>
    <message>
        <source>Line breaks kept as characters.</source>
        <translation>Zeilenumbrüche als Zeichen behalten.</translation>
    </message>
    <message>
        <source>Line breaks read as the token ⏎.</source>
        <translation>Zeilenumbrüche als Token ⏎ gelesen.</translation>
    </message>
    <message>
        <source>Line breaks read as spaces.</source>
        <translation>Zeilenumbrüche als Leerzeichen gelesen.</translation>
    </message>
    <message>
        <source>%1: %2 tokens, a vocabulary of %3. %4; %5 train / %6 valid samples%7; %8 batches of %9 per epoch.</source>
        <translation>%1: %2 Tokens, ein Vokabular von %3. %4; %5 Trainings- / %6 Validierungsbeispiele%7; %8 Batches zu je %9 pro Epoche.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>QMenu</name>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>WindowQuestions</name>
    <message>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>Checkpoints (*.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved training</source>
        <translation>Nicht gespeichertes Training</translation>
    </message>
    <message>
        <source>%1 drops the model, whose training since it was last saved is in no checkpoint. Save it first?</source>
        <translation>%1 verwirft das Modell, dessen Training seit dem letzten Speichern in keinem Checkpoint steht. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Save Checkpoint</source>
        <translation>Checkpoint speichern</translation>
    </message>
    <message>
        <source>Open Checkpoint</source>
        <translation>Checkpoint öffnen</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>&apos;%1&apos; is not a choice of %2</source>
        <translation>&apos;%1&apos; ist kein zulässiger Wert für %2</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>this run cannot be rewound</source>
        <translation>dieser Lauf kann nicht zurückgespult werden</translation>
    </message>
    <message>
        <source>this run cannot be continued</source>
        <translation>dieser Lauf kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>unknown architecture &apos;%1&apos;; available: %2</source>
        <translation>unbekannte Architektur &apos;%1&apos;; verfügbar: %2</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; `unroll-cli train --help` lists every setting</source>
        <translation>unbekannte Einstellung &apos;%1&apos;; `unroll-cli train --help` listet alle Einstellungen auf</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Einstellung &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; cannot be &apos;%2&apos;: allowed %3</source>
        <translation>Einstellung &apos;%1&apos; kann nicht &apos;%2&apos; sein: zulässig ist %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form key=value (for example lr=0.003)</source>
        <translation>&apos;%1&apos; hat nicht die Form key=value (zum Beispiel lr=0.003)</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range: allowed %3</source>
        <translation>%1 = %2 liegt außerhalb des Bereichs: zulässig ist %3</translation>
    </message>
    <message>
        <source>%1 = %2 is not allowed: %3</source>
        <translation>%1 = %2 ist nicht erlaubt: zulässig ist %3</translation>
    </message>
    <message>
        <source>seq_len = %1 does not fit arch %2, which is unrolled by hand over exactly %3 tokens: set seq_len=%3 or pick another arch</source>
        <translation>seq_len = %1 passt nicht zu arch %2, die von Hand über genau %3 Tokens ausgerollt ist: seq_len=%3 setzen oder eine andere arch wählen</translation>
    </message>
    <message>
        <source>cell = refactored is the LSTM&apos;s refactored cell; arch %1 has fused, libtorch and scratch only</source>
        <translation>cell = refactored ist die refaktorisierte Zelle des LSTM; arch %1 hat nur fused, libtorch und scratch</translation>
    </message>
    <message>
        <source>cell = refactored is the LSTM&apos;s refactored cell; arch %1 has fused and scratch only</source>
        <translation>cell = refactored ist die refaktorisierte Zelle des LSTM; arch %1 hat nur fused und scratch</translation>
    </message>
    <message>
        <source>cell = libtorch is libtorch&apos;s LSTM or GRU; arch %1 has fused and scratch only</source>
        <translation>cell = libtorch ist das LSTM oder GRU von libtorch; arch %1 hat nur fused und scratch</translation>
    </message>
    <message>
        <source>%1 = %2 has no effect on arch %3: it is used by %4</source>
        <translation>%1 = %2 hat bei arch %3 keine Wirkung: verwendet wird es von %4</translation>
    </message>
    <message>
        <source>corpus is empty: give builtin:human-numbers or the path of a UTF-8 text file</source>
        <translation>Korpus fehlt: builtin:human-numbers oder den Pfad einer UTF-8-Textdatei angeben</translation>
    </message>
    <message>
        <source>%1: a NUL byte at offset %2 — a configuration is a JSON text file</source>
        <translation>%1: ein NUL-Byte bei Offset %2 — eine Konfiguration ist eine JSON-Textdatei</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; appears twice — keep one</source>
        <translation>%1: Einstellung &apos;%2&apos; kommt zweimal vor — nur eine behalten</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>%1: expected a JSON object of settings, like {&quot;lr&quot;: 0.003}</source>
        <translation>%1: JSON-Objekt mit Einstellungen erwartet, etwa {&quot;lr&quot;: 0.003}</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; cannot be %3: allowed %4</source>
        <translation>%1: Einstellung &apos;%2&apos; kann nicht %3 sein: zulässig ist %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 (weights %2, gradients, optimizer and snapshots %3, one step&apos;s activations %4, data %5)</source>
        <translation>%1 (Gewichte %2, Gradienten, Optimierer und Schnappschüsse %3, Aktivierungen eines Schritts %4, Daten %5)</translation>
    </message>
    <message>
        <source>max_memory_mb = %1</source>
        <translation>max_memory_mb = %1</translation>
    </message>
    <message>
        <source>%1 available on this machine</source>
        <translation>die auf dieser Maschine verfügbaren %1</translation>
    </message>
    <message>
        <source>lower batch_size, seq_len or hidden</source>
        <translation>batch_size, seq_len oder hidden senken</translation>
    </message>
    <message>
        <source>lower hidden or layers</source>
        <translation>hidden oder layers senken</translation>
    </message>
    <message>
        <source>this run needs about %1, more than the %2 — %3, or set max_memory_mb to the memory it may use if the estimate is wrong</source>
        <translation>dieser Lauf braucht etwa %1, mehr als %2 — %3 oder max_memory_mb auf den Speicher setzen, den er nutzen darf, falls die Schätzung falsch ist</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; available: %2</source>
        <translation>unbekannte Voreinstellung &apos;%1&apos;; verfügbar: %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>einer der Werte: %1</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>beliebiger Text</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>greater than %1 up to %2</source>
        <translation>größer als %1 bis %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>corpus &apos;%1&apos; is too short: %2 tokens, but %3 with batch_size %4 and seq_len %5 needs at least %6 for one training and one validation batch — use a longer text or a smaller batch_size or seq_len</source>
        <translation>Korpus &apos;%1&apos; ist zu kurz: %2 Tokens, aber %3 mit batch_size %4 und seq_len %5 braucht mindestens %6 für einen Trainings- und einen Validierungsbatch — einen längeren Text oder ein kleineres batch_size oder seq_len verwenden</translation>
    </message>
    <message>
        <source>subword helper output</source>
        <translation>Ausgabe des Subwort-Hilfsprogramms</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>raise max_corpus_mb (now %1) if the machine has the memory, or use part of the file</source>
        <translation>max_corpus_mb erhöhen (derzeit %1), falls die Maschine genug Speicher hat, oder einen Teil der Datei verwenden</translation>
    </message>
    <message>
        <source>loading corpus &apos;%1&apos; was cancelled</source>
        <translation>Laden des Korpus &apos;%1&apos; wurde abgebrochen</translation>
    </message>
    <message>
        <source>corpus &apos;%1&apos; is empty (0 bytes) — choose a text file with enough words for a training and a validation batch</source>
        <translation>Korpus &apos;%1&apos; ist leer (0 Byte) — eine Textdatei mit genug Wörtern für einen Trainings- und einen Validierungsbatch wählen</translation>
    </message>
    <message>
        <source>corpus &apos;%1&apos; looks binary: NUL byte at offset %2 (line %3) — Unroll reads plain UTF-8 text</source>
        <translation>Korpus &apos;%1&apos; sieht binär aus: NUL-Byte bei Offset %2 (Zeile %3) — Unroll liest reinen UTF-8-Text</translation>
    </message>
    <message>
        <source>corpus &apos;%1&apos; is not valid UTF-8: byte %2 at offset %3 (line %4, column %5) — re-save it as UTF-8, e.g. iconv -f latin1 -t utf-8</source>
        <translation>Korpus &apos;%1&apos; ist kein gültiges UTF-8: Byte %2 bei Offset %3 (Zeile %4, Spalte %5) — als UTF-8 neu speichern, z. B. mit iconv -f latin1 -t utf-8</translation>
    </message>
    <message>
        <source>corpus &apos;%1&apos; holds only whitespace — it has no words to train on</source>
        <translation>Korpus &apos;%1&apos; enthält nur Leerraum — es gibt keine Wörter zum Trainieren</translation>
    </message>
    <message>
        <source>unknown built-in corpus &apos;%1&apos;; the built-in one is %2</source>
        <translation>Korpus &apos;%1&apos; ist nicht eingebaut; eingebaut ist nur %2</translation>
    </message>
    <message>
        <source>the prompt has characters the model never saw: %1. Its vocabulary has %2 characters: %3</source>
        <translation>der Prompt enthält Zeichen, die das Modell nie gesehen hat: %1. Sein Vokabular hat %2 Zeichen: %3</translation>
    </message>
    <message>
        <source>the prompt has words the model never saw: %1. Its vocabulary has %2 words: %3</source>
        <translation>der Prompt enthält Wörter, die das Modell nie gesehen hat: %1. Sein Vokabular hat %2 Wörter: %3</translation>
    </message>
    <message>
        <source>the prompt is not valid UTF-8</source>
        <translation>der Prompt ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the prompt is empty: give at least one character</source>
        <translation>der Prompt ist leer: mindestens ein Zeichen eingeben</translation>
    </message>
    <message>
        <source>the prompt is empty: give at least one word</source>
        <translation>der Prompt ist leer: mindestens ein Wort eingeben</translation>
    </message>
    <message>
        <source>unknown sampling option &apos;%1&apos;; the options are %2</source>
        <translation>unbekannte Sampling-Option &apos;%1&apos;; die Optionen sind %2</translation>
    </message>
    <message>
        <source>%1 cannot be &apos;%2&apos;: allowed %3</source>
        <translation>%1 kann nicht &apos;%2&apos; sein: zulässig ist %3</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (Named Pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the disk is full (%1) — free some space or choose another folder</source>
        <translation>der Datenträger ist voll (%1) — Platz freigeben oder einen anderen Ordner wählen</translation>
    </message>
    <message>
        <source>%1 — the file system cannot hold a file this large; choose another folder</source>
        <translation>%1 — das Dateisystem kann keine so große Datei aufnehmen; einen anderen Ordner wählen</translation>
    </message>
    <message>
        <source>the device failed (%1) — check the disk</source>
        <translation>das Gerät meldet einen Fehler (%1) — den Datenträger prüfen</translation>
    </message>
    <message>
        <source>%1 — choose a folder on a writable disk</source>
        <translation>%1 — einen Ordner auf einem beschreibbaren Datenträger wählen</translation>
    </message>
    <message>
        <source>%1 — check the permissions</source>
        <translation>%1 — die Berechtigungen prüfen</translation>
    </message>
    <message>
        <source>too many levels of symbolic links (a link that points to itself?)</source>
        <translation>zu viele Ebenen symbolischer Links (ein Link, der auf sich selbst zeigt?)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>no %1 given — name a file</source>
        <translation>%1: kein Pfad angegeben — eine Datei nennen</translation>
    </message>
    <message>
        <source>reading %1 &apos;%2&apos; was cancelled</source>
        <translation>%1 &apos;%2&apos;: Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 — check the path</source>
        <translation>%1 — den Pfad prüfen</translation>
    </message>
    <message>
        <source>cannot read %1 &apos;%2&apos;: %3</source>
        <translation>%1 &apos;%2&apos; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>cannot read %1 &apos;%2&apos;: it is %3, not a regular file — choose a file inside it</source>
        <translation>%1 &apos;%2&apos; kann nicht gelesen werden: es ist %3, keine reguläre Datei — eine Datei darin wählen</translation>
    </message>
    <message>
        <source>cannot read %1 &apos;%2&apos;: it is %3, not a regular file — choose a file</source>
        <translation>%1 &apos;%2&apos; kann nicht gelesen werden: es ist %3, keine reguläre Datei — eine Datei wählen</translation>
    </message>
    <message>
        <source>cannot read %1 &apos;%2&apos;: it is %3, more than the limit of %4</source>
        <translation>%1 &apos;%2&apos; kann nicht gelesen werden: die Datei ist %3 groß, mehr als die Grenze von %4</translation>
    </message>
    <message>
        <source>no path given — name a file</source>
        <translation>kein Pfad angegeben — eine Datei nennen</translation>
    </message>
    <message>
        <source>it names a folder, not a file — add a file name</source>
        <translation>der Pfad bezeichnet einen Ordner, keine Datei — einen Dateinamen anfügen</translation>
    </message>
    <message>
        <source>it is %1, not a regular file; nothing was written — choose a file path</source>
        <translation>es ist %1, keine reguläre Datei; es wurde nichts geschrieben — einen Dateipfad wählen</translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;</source>
        <translation>&apos;%1&apos; kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>its folder %1: %2</source>
        <translation>der Ordner %1: %2</translation>
    </message>
    <message>
        <source>%1; the previous file is unchanged</source>
        <translation>%1; die bisherige Datei ist unverändert</translation>
    </message>
    <message>
        <source>helper log</source>
        <translation>Hilfsprogramm-Log</translation>
    </message>
    <message>
        <source>cannot write %1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos; kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>it is %1, not a regular file — choose a file path</source>
        <translation>es ist %1, keine reguläre Datei — einen Dateipfad wählen</translation>
    </message>
    <message>
        <source>another process is writing it — give each run its own %1</source>
        <translation>ein anderer Prozess schreibt gerade hinein — jedem Lauf ein eigenes %1 geben</translation>
    </message>
    <message>
        <source>run log</source>
        <translation>Lauf-Log</translation>
    </message>
    <message>
        <source>run summary</source>
        <translation>Laufzusammenfassung</translation>
    </message>
    <message>
        <source>the logits</source>
        <translation>den Logits</translation>
    </message>
    <message>
        <source>the embedding output</source>
        <translation>der Ausgabe des Embeddings</translation>
    </message>
    <message>
        <source>the hidden state</source>
        <translation>dem verborgenen Zustand</translation>
    </message>
    <message>
        <source>the %1 hidden state</source>
        <translation>dem verborgenen Zustand von %1</translation>
    </message>
    <message>
        <source>lower the learning rate (lr is %1), clip gradients (clip=1), or use an LSTM (arch lm6) instead of a plain RNN</source>
        <translation>die Lernrate senken (lr ist %1), Gradienten begrenzen (clip=1) oder ein LSTM (arch lm6) statt eines einfachen RNN verwenden</translation>
    </message>
    <message>
        <source>lower the learning rate (lr is %1), clip gradients (clip=1)</source>
        <translation>die Lernrate senken (lr ist %1), Gradienten begrenzen (clip=1)</translation>
    </message>
    <message>
        <source>lower the learning rate (lr is %1), or use an LSTM (arch lm6) instead of a plain RNN</source>
        <translation>die Lernrate senken (lr ist %1) oder ein LSTM (arch lm6) statt eines einfachen RNN verwenden</translation>
    </message>
    <message>
        <source>lower the learning rate (lr is %1)</source>
        <translation>die Lernrate senken (lr ist %1)</translation>
    </message>
    <message>
        <source>The run is paused; resuming retries this batch.</source>
        <translation>Der Lauf ist pausiert; beim Fortsetzen wird dieser Batch wiederholt.</translation>
    </message>
    <message>
        <source>This batch&apos;s update was skipped.</source>
        <translation>Das Update dieses Batches wurde übersprungen.</translation>
    </message>
    <message>
        <source>The run rewinds to its last snapshot.</source>
        <translation>Der Lauf spult zu seinem letzten Schnappschuss zurück.</translation>
    </message>
    <message>
        <source>The run stopped.</source>
        <translation>Der Lauf wurde gestoppt.</translation>
    </message>
    <message>
        <source>step %1 (epoch %2, batch %3): %4; the weights were not updated. %5 Try: %6.</source>
        <translation>Schritt %1 (Epoche %2, Batch %3): %4; die Gewichte wurden nicht aktualisiert. %5 Vorschlag: %6.</translation>
    </message>
    <message>
        <source>%1 became non-finite (inf or NaN) at time step %2 of %3</source>
        <translation>in %1 trat bei Zeitschritt %2 von %3 ein nicht endlicher Wert (inf oder NaN) auf</translation>
    </message>
    <message>
        <source>%1 became non-finite (inf or NaN)</source>
        <translation>in %1 trat ein nicht endlicher Wert (inf oder NaN) auf</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <source>%1 activation</source>
        <translation>Aktivierung von %1</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>the loss became %1</source>
        <translation>der Verlust wurde %1</translation>
    </message>
    <message>
        <source>AR term</source>
        <translation>AR-Term</translation>
    </message>
    <message>
        <source>the activation regularization term became %1</source>
        <translation>der Term der Aktivierungsregularisierung wurde %1</translation>
    </message>
    <message>
        <source>TAR term</source>
        <translation>TAR-Term</translation>
    </message>
    <message>
        <source>the temporal activation regularization term became %1</source>
        <translation>der Term der zeitlichen Aktivierungsregularisierung wurde %1</translation>
    </message>
    <message>
        <source>gradient of %1</source>
        <translation>Gradient von %1</translation>
    </message>
    <message>
        <source>the gradient of %1 became non-finite (inf or NaN)</source>
        <translation>der Gradient von %1 wurde nicht endlich (inf oder NaN)</translation>
    </message>
    <message>
        <source>the loss %1 passed loss_limit %2 x the first loss %3</source>
        <translation>der Verlust %1 überschritt loss_limit %2 × den ersten Verlust %3</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>the update made a weight non-finite</source>
        <translation>das Update machte ein Gewicht nicht endlich</translation>
    </message>
    <message>
        <source>%1 Rewound to step %2 (rewind %3 of %4): lr %5 -&gt; %6, gradient clipping at 1.</source>
        <translation>%1 Zurückgespult auf Schritt %2 (Rückspulung %3 von %4): lr %5 -&gt; %6, Gradienten-Clipping bei 1.</translation>
    </message>
    <message>
        <source>%1 Rewound to step %2 (rewind %3 of %4): lr %5 -&gt; %6.</source>
        <translation>%1 Zurückgespult auf Schritt %2 (Rückspulung %3 von %4): lr %5 -&gt; %6.</translation>
    </message>
    <message>
        <source>%1 No rewind was left (max_rewinds %2), so the run stopped instead.</source>
        <translation>%1 Es war keine Rückspulung mehr übrig (max_rewinds %2), daher wurde der Lauf stattdessen gestoppt.</translation>
    </message>
    <message>
        <source>%1 cannot change during a run (it is %2); stop and reset the run to change it</source>
        <translation>%1 kann während eines Laufs nicht geändert werden (der Wert ist %2); zum Ändern den Lauf stoppen und zurücksetzen</translation>
    </message>
    <message>
        <source>%1 cannot change when resuming: the checkpoint was trained with %1 = %2</source>
        <translation>%1 kann beim Fortsetzen nicht geändert werden: der Checkpoint wurde mit %1 = %2 trainiert</translation>
    </message>
    <message>
        <source>epochs = %1 is fewer than the %2 the checkpoint has already begun</source>
        <translation>epochs = %1 ist weniger als die %2 Epochen, die der Checkpoint bereits begonnen hat</translation>
    </message>
    <message>
        <source>%1 reads %2 tokens at a time: give a prompt of at least %2 tokens</source>
        <translation>%1 liest jeweils %2 Tokens: einen Prompt mit mindestens %2 Tokens eingeben</translation>
    </message>
    <message>
        <source>batch %1 of epoch %2 is skipped, without an update</source>
        <translation>Batch %1 von Epoche %2 wird übersprungen, ohne Update</translation>
    </message>
    <message>
        <source>Step %1: %2.</source>
        <translation>Schritt %1: %2.</translation>
    </message>
    <message>
        <source>a rewind lowers the learning rate (a factor of 1 or more) and clips at a positive norm</source>
        <translation>ein Zurückspulen senkt die Lernrate (um einen Faktor von 1 oder mehr) und begrenzt auf eine positive Norm</translation>
    </message>
    <message>
        <source>no snapshot before step %1 is kept to rewind to (snapshots are taken at the start of each epoch and every snapshot_every steps, and a rewind never goes back over a validation)</source>
        <translation>vor Schritt %1 ist kein Schnappschuss zum Zurückspulen vorhanden (Schnappschüsse werden zu Beginn jeder Epoche und alle snapshot_every Schritte angelegt, und ein Zurückspulen geht nie über eine Validierung hinweg zurück)</translation>
    </message>
    <message>
        <source>the learning rate %1 cannot be divided by %2 (it would fall below the lowest allowed)</source>
        <translation>die Lernrate %1 kann nicht durch %2 geteilt werden (sie fiele unter den kleinsten zulässigen Wert)</translation>
    </message>
    <message>
        <source>rewound to step %1 with learning rate %2 -&gt; %3, gradient clipping at %4</source>
        <translation>auf Schritt %1 zurückgespult, Lernrate %2 -&gt; %3, Gradienten-Clipping bei %4</translation>
    </message>
    <message>
        <source>rewound to step %1 with learning rate %2 -&gt; %3</source>
        <translation>auf Schritt %1 zurückgespult, Lernrate %2 -&gt; %3</translation>
    </message>
    <message>
        <source>rewound to step %1 with gradient clipping at %2</source>
        <translation>auf Schritt %1 zurückgespult, Gradienten-Clipping bei %2</translation>
    </message>
    <message>
        <source>rewound to step %1</source>
        <translation>auf Schritt %1 zurückgespult</translation>
    </message>
    <message>
        <source>Step %1: %2; the steps after %3 are abandoned.</source>
        <translation>Schritt %1: %2; die Schritte nach %3 werden verworfen.</translation>
    </message>
    <message>
        <source>%1 cannot change when a run continues (it is %2); start a new run to change it</source>
        <translation>%1 kann beim Fortsetzen eines Laufs nicht geändert werden (der Wert ist %2); zum Ändern einen neuen Lauf starten</translation>
    </message>
    <message>
        <source>to continue, raise epochs above the run&apos;s %1</source>
        <translation>zum Fortsetzen epochs über die %1 des Laufs hinaus erhöhen</translation>
    </message>
    <message>
        <source>config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>a configuration is a small JSON object of settings</source>
        <translation>eine Konfiguration ist ein kleines JSON-Objekt mit Einstellungen</translation>
    </message>
    <message>
        <source>a racer diverged: %1 — its log names the step; lower its learning rate</source>
        <translation>ein Teilnehmer ist divergiert: %1 — sein Log nennt den Schritt; seine Lernrate senken</translation>
    </message>
    <message>
        <source>run settings</source>
        <translation>Laufeinstellungen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>this checkpoint has no checksum (saved by an older Unroll): it loads, but damage to it cannot be detected — save it again to add one</source>
        <translation>dieser Checkpoint hat keine Prüfsumme (von einer älteren Unroll-Version gespeichert): er lässt sich laden, aber Schäden daran sind nicht erkennbar — erneut speichern, um eine hinzuzufügen</translation>
    </message>
    <message>
        <source>subword tokens need the program %1, which is neither beside this program nor at %2 — build it (cmake --build … --target unroll-subword) or set UNROLL_SUBWORD to its path</source>
        <translation>Subwort-Tokens brauchen das Programm %1, das weder neben diesem Programm noch unter %2 liegt — es bauen (cmake --build … --target unroll-subword) oder UNROLL_SUBWORD auf seinen Pfad setzen</translation>
    </message>
    <message>
        <source>it stopped with status %1: %2</source>
        <translation>es wurde mit Status %1 beendet: %2</translation>
    </message>
    <message>
        <source>%1 — subword tokens need this program: build the target unroll-subword, or set UNROLL_SUBWORD to where it is</source>
        <translation>%1 — Subwort-Tokens brauchen dieses Programm: das Ziel unroll-subword bauen oder UNROLL_SUBWORD auf seinen Pfad setzen</translation>
    </message>
    <message>
        <source>loading the subword corpus was cancelled</source>
        <translation>Laden des Subwort-Korpus wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot hand the text to the subword helper: %1</source>
        <translation>der Text kann nicht an das Subwort-Hilfsprogramm übergeben werden: %1</translation>
    </message>
    <message>
        <source>the subword helper&apos;s output is missing: %1</source>
        <translation>die Ausgabe des Subwort-Hilfsprogramms fehlt: %1</translation>
    </message>
    <message>
        <source>the subword helper returned piece id %1 of a model with %2 pieces — the model is damaged</source>
        <translation>das Subwort-Hilfsprogramm lieferte die Teil-ID %1 für ein Modell mit %2 Teilen — das Modell ist beschädigt</translation>
    </message>
    <message>
        <source>the subword helper wrote no model</source>
        <translation>das Subwort-Hilfsprogramm hat kein Modell geschrieben</translation>
    </message>
    <message>
        <source>not a valid safetensors file: %1</source>
        <translation>keine gültige safetensors-Datei: %1</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing</source>
        <translation>Tensor &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2, expected %3</source>
        <translation>Tensor &apos;%1&apos; hat den Typ %2, erwartet wird %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape [%2], this model needs [%3]</source>
        <translation>Tensor &apos;%1&apos; hat die Form [%2], dieses Modell braucht [%3]</translation>
    </message>
    <message>
        <source>its contents do not match its checksum (%1, now %2): the file was damaged after it was saved (a flipped bit, a bad disk or copy) — use another copy or an earlier checkpoint</source>
        <translation>sein Inhalt passt nicht zu seiner Prüfsumme (%1, jetzt %2): die Datei wurde nach dem Speichern beschädigt (ein gekipptes Bit, ein defekter Datenträger oder eine fehlerhafte Kopie) — eine andere Kopie oder einen früheren Checkpoint verwenden</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds inf or NaN values</source>
        <translation>Tensor &apos;%1&apos; enthält inf- oder NaN-Werte</translation>
    </message>
    <message>
        <source>its metadata has no &quot;%1&quot;</source>
        <translation>in seinen Metadaten fehlt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is not valid JSON (%2)</source>
        <translation>Metadateneintrag &quot;%1&quot; ist kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; lacks a valid &quot;%2&quot;</source>
        <translation>Metadateneintrag &quot;%1&quot; hat kein gültiges &quot;%2&quot;</translation>
    </message>
    <message>
        <source>checkpoint &apos;%1&apos;: %2</source>
        <translation>Checkpoint &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>not an Unroll checkpoint: its metadata has no &quot;format&quot; (a safetensors file from another program?)</source>
        <translation>kein Unroll-Checkpoint: in seinen Metadaten fehlt &quot;format&quot; (eine safetensors-Datei eines anderen Programms?)</translation>
    </message>
    <message>
        <source>not an Unroll checkpoint: its format is &quot;%1&quot;</source>
        <translation>kein Unroll-Checkpoint: sein Format ist &quot;%1&quot;</translation>
    </message>
    <message>
        <source>written in checkpoint format %1; this Unroll reads format %2 — open it with the Unroll that wrote it</source>
        <translation>im Checkpoint-Format %1 geschrieben; diese Unroll-Version liest Format %2 — mit der Unroll-Version öffnen, die ihn geschrieben hat</translation>
    </message>
    <message>
        <source>its configuration is not valid here: %1</source>
        <translation>seine Konfiguration ist hier nicht gültig: %1</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is not a non-empty list</source>
        <translation>Metadateneintrag &quot;%1&quot; ist keine Liste oder ist leer</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; holds a non-string</source>
        <translation>Metadateneintrag &quot;%1&quot; enthält einen Wert, der kein String ist</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; lists &quot;%2&quot; twice</source>
        <translation>Metadateneintrag &quot;%1&quot; führt &quot;%2&quot; zweimal auf</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; has a subword_model that is not base64</source>
        <translation>Metadateneintrag &quot;%1&quot; hat ein subword_model, das kein base64 ist</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; holds a negative count (or a cycle start past its step)</source>
        <translation>Metadateneintrag &quot;%1&quot; enthält einen negativen Zähler (oder einen Zyklusbeginn nach seinem Schritt)</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is at epoch %2 of a %3-epoch run</source>
        <translation>Metadateneintrag &quot;%1&quot; steht bei Epoche %2 eines Laufs mit %3 Epochen</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; has a negative step count</source>
        <translation>Metadateneintrag &quot;%1&quot; hat eine negative Schrittzahl</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is not a list</source>
        <translation>Metadateneintrag &quot;%1&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; holds a non-boolean</source>
        <translation>Metadateneintrag &quot;%1&quot; enthält einen nicht booleschen Wert</translation>
    </message>
    <message>
        <source>cannot make a temporary folder in %1: %2 — check TMPDIR</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden: %2 — TMPDIR prüfen</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>lost track of %1: %2</source>
        <translation>%1 kann nicht mehr überwacht werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run of %2</source>
        <translation>&apos;%1&apos; ist kein Lauf in %2</translation>
    </message>
    <message>
        <source>there is no run &apos;%1&apos; in %2 — it may have been deleted; refresh the list</source>
        <translation>in %2 gibt es keinen Lauf &apos;%1&apos; — vielleicht wurde er gelöscht; die Liste aktualisieren</translation>
    </message>
    <message>
        <source>cannot make the run folder %1: %2 — check that the runs folder (UNROLL_RUNS) is writable</source>
        <translation>der Ordner des Laufs %1 kann nicht angelegt werden: %2 — prüfen, ob der Ordner für Läufe (UNROLL_RUNS) beschreibbar ist</translation>
    </message>
    <message>
        <source>cannot record the run: %1</source>
        <translation>der Lauf kann nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>run.json cannot be read (%1); what is shown comes from the log</source>
        <translation>run.json kann nicht gelesen werden (%1); die Anzeige stammt aus dem Log</translation>
    </message>
    <message>
        <source>run.json is missing; what is shown comes from the log</source>
        <translation>run.json fehlt; die Anzeige stammt aus dem Log</translation>
    </message>
    <message>
        <source>the run&apos;s folder cannot be read: %1</source>
        <translation>der Ordner des Laufs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a run&apos;s name cannot be empty</source>
        <translation>der Name eines Laufs darf nicht leer sein</translation>
    </message>
    <message>
        <source>cannot rename the run: %1</source>
        <translation>der Lauf kann nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>it was trained on &apos;%1&apos; (%2 tokens, %3 words), but &apos;%4&apos; is different (%5 tokens, %6 words) — give the same corpus (--corpus FILE) to continue</source>
        <translation>er wurde auf &apos;%1&apos; trainiert (%2 Tokens, %3 Wörter), aber &apos;%4&apos; ist anders (%5 Tokens, %6 Wörter) — zum Fortsetzen dasselbe Korpus (--corpus FILE) angeben</translation>
    </message>
    <message>
        <source>its position (step %1, epoch %2, batch %3) does not fit %4 batches per epoch</source>
        <translation>seine Position (Schritt %1, Epoche %2, Batch %3) passt nicht zu %4 Batches pro Epoche</translation>
    </message>
    <message>
        <source>unexpected tensor &apos;%1&apos; (not part of this model)</source>
        <translation>unerwarteter Tensor &apos;%1&apos; (gehört nicht zu diesem Modell)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds negative values</source>
        <translation>Tensor &apos;%1&apos; enthält negative Werte</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not a random generator state</source>
        <translation>Tensor &apos;%1&apos; ist kein Zustand eines Zufallsgenerators</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not a hidden state of width %2</source>
        <translation>Tensor &apos;%1&apos; ist kein verborgener Zustand der Breite %2</translation>
    </message>
    <message>
        <source>device = %1 is not a device: write cpu, cuda or cuda:N</source>
        <translation>device = %1 ist kein Gerät: schreiben Sie cpu, cuda oder cuda:N</translation>
    </message>
    <message>
        <source>device = %1: this build of libtorch has no CUDA (it has: %2); build Unroll against a CUDA libtorch to train on a GPU, or set device=cpu</source>
        <translation>device = %1: dieses libtorch wurde ohne CUDA gebaut (es hat: %2); bauen Sie Unroll gegen ein libtorch mit CUDA, um auf einer GPU zu trainieren, oder setzen Sie device=cpu</translation>
    </message>
    <message>
        <source>device = %1: this machine has no such GPU (it has: %2)</source>
        <translation>device = %1: diese Maschine hat keine solche GPU (sie hat: %2)</translation>
    </message>
    <message>
        <source>the worker group broke (this is worker %1 of %2): %3. A worker died, hung for more than %4 s or could not be reached; the run stops, and the last checkpoint rank 0 saved is intact</source>
        <translation>die Worker-Gruppe ist zerbrochen (dies ist Worker %1 von %2): %3. Ein Worker ist beendet, hing länger als %4 s oder war nicht erreichbar; der Lauf hält an, und der letzte Checkpoint, den Rang 0 gespeichert hat, ist unversehrt</translation>
    </message>
    <message>
        <source>%1 = %2 is not a whole number from %3 to %4; set it as PyTorch&apos;s launcher does (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT)</source>
        <translation>%1 = %2 ist keine ganze Zahl von %3 bis %4; setzen Sie sie wie der Launcher von PyTorch (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT)</translation>
    </message>
    <message>
        <source>RANK is set but not all of WORLD_SIZE, MASTER_ADDR and MASTER_PORT are: set the four together, as PyTorch&apos;s launcher does</source>
        <translation>RANK ist gesetzt, aber nicht alle von WORLD_SIZE, MASTER_ADDR und MASTER_PORT: setzen Sie die vier zusammen, wie der Launcher von PyTorch</translation>
    </message>
    <message>
        <source>worker %1 of %2 cannot reach rank 0 at %3:%4: %5</source>
        <translation>Worker %1 von %2 erreicht Rang 0 unter %3:%4 nicht: %5</translation>
    </message>
    <message>
        <source>the worker group did not form within %1 s (this is worker %2 of %3): %4</source>
        <translation>die Worker-Gruppe hat sich nicht innerhalb von %1 s gebildet (dies ist Worker %2 von %3): %4</translation>
    </message>
    <message>
        <source>training batch %1 has fewer rows than there are workers (%2); use fewer workers or a larger batch_size</source>
        <translation>Trainings-Batch %1 hat weniger Zeilen als es Worker gibt (%2); nehmen Sie weniger Worker oder eine größere batch_size</translation>
    </message>
    <message>
        <source>after epoch %1 the workers&apos; weights differ (sums of the weights from %2 to %3): their updates were not the same; the run stops</source>
        <translation>nach Epoche %1 unterscheiden sich die Gewichte der Worker (Summen der Gewichte von %2 bis %3): ihre Updates waren nicht gleich; der Lauf hält an</translation>
    </message>
    <message>
        <source>another worker</source>
        <translation>ein anderer Worker</translation>
    </message>
    <message>
        <source>another worker&apos;s rows diverged in this step</source>
        <translation>die Zeilen eines anderen Workers sind in diesem Schritt divergiert</translation>
    </message>
    <message>
        <source>workers = %1 is more than batch_size = %2: each worker needs at least one row of every batch; use at most %2 workers or a larger batch_size</source>
        <translation>workers = %1 ist mehr als batch_size = %2: jeder Worker braucht mindestens eine Zeile jedes Batches; nehmen Sie höchstens %2 Worker oder eine größere batch_size</translation>
    </message>
    <message>
        <source>worker %1 of %2 found no network interface to talk to the others on: %3; name one with GLOO_SOCKET_IFNAME</source>
        <translation>Worker %1 von %2 fand keine Netzwerkschnittstelle, um mit den anderen zu sprechen: %3; nennen Sie eine mit GLOO_SOCKET_IFNAME</translation>
    </message>
    <message>
        <source>rank 0 of %1 cannot listen at %2:%3: %4; pick another port (or 0 on one machine)</source>
        <translation>Rang 0 von %1 kann nicht unter %2:%3 lauschen: %4; wählen Sie einen anderen Port (oder 0 auf einem Rechner)</translation>
    </message>
    <message>
        <source>rank 0 sent a command this worker does not know (%1): run the same version of Unroll on every machine</source>
        <translation>Rang 0 hat einen Befehl gesendet, den dieser Worker nicht kennt (%1): verwenden Sie auf jedem Rechner dieselbe Version von Unroll</translation>
    </message>
    <message>
        <source>the worker group broke earlier; start the run again</source>
        <translation>die Worker-Gruppe ist bereits zerbrochen; starten Sie den Lauf neu</translation>
    </message>
    <message>
        <source>worker %1 of %2 lost rank 0 (%3); the run has ended</source>
        <translation>Worker %1 von %2 hat Rang 0 verloren (%3); der Lauf ist beendet</translation>
    </message>
    <message>
        <source>cannot start worker %1: %2; use fewer workers</source>
        <translation>Worker %1 kann nicht gestartet werden: %2; verwenden Sie weniger Worker</translation>
    </message>
    <message>
        <source>this run was trained by %1 workers; it goes on in one process (a checkpoint cannot resume several yet)</source>
        <translation>dieser Lauf wurde von %1 Workern trainiert; er geht in einem Prozess weiter (ein Checkpoint kann noch nicht mit mehreren fortgesetzt werden)</translation>
    </message>
    <message>
        <source>--group-worker is for the workers rank 0 starts: RANK (1 or more), WORLD_SIZE, and UNROLL_GROUP_FILE or MASTER_ADDR and MASTER_PORT must describe the group</source>
        <translation>--group-worker ist für die Worker, die Rang 0 startet: RANK (1 oder mehr), WORLD_SIZE und UNROLL_GROUP_FILE oder MASTER_ADDR und MASTER_PORT müssen die Gruppe beschreiben</translation>
    </message>
    <message>
        <source>worker %1 of %2 cannot open the group&apos;s file %3: %4</source>
        <translation>Worker %1 von %2 kann die Datei der Gruppe %3 nicht öffnen: %4</translation>
    </message>
    <message>
        <source>cannot make the workers&apos; rendezvous folder %1: %2 — check TMPDIR</source>
        <translation>der Treffpunkt-Ordner der Worker %1 kann nicht angelegt werden: %2 — prüfen Sie TMPDIR</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train recurrent language models and watch them learn.</source>
        <translation>Rekurrente Sprachmodelle trainieren und ihnen beim Lernen zusehen.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Das Fenster als PNG in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, fr) instead of the system&apos;s.</source>
        <translation>LANGUAGE (en, de, fr) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>Start with the preset P.</source>
        <translation>Mit der Voreinstellung P starten.</translation>
    </message>
    <message>
        <source>Set a setting, as KEY=VALUE (repeatable).</source>
        <translation>Eine Einstellung als KEY=VALUE setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>With --screenshot: train N steps first.</source>
        <translation>Mit --screenshot: zuerst N Schritte trainieren.</translation>
    </message>
    <message>
        <source>With --screenshot: show tab N (0: training).</source>
        <translation>Mit --screenshot: Tab N anzeigen (0: Training).</translation>
    </message>
    <message>
        <source>Train to the end, write throughput and event-loop lag to FILE, and exit.</source>
        <translation>Bis zum Ende trainieren, Durchsatz und Verzögerung der Ereignisschleife in FILE schreiben und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: open the diagram&apos;s cell.</source>
        <translation>Mit --screenshot: die Zelle im Diagramm öffnen.</translation>
    </message>
    <message>
        <source>With --screenshot: draw the diagram rolled.</source>
        <translation>Mit --screenshot: das Diagramm eingerollt zeichnen.</translation>
    </message>
    <message>
        <source>With --screenshot: generate from TEXT first.</source>
        <translation>Mit --screenshot: zuerst aus TEXT generieren.</translation>
    </message>
    <message>
        <source>Train on the UTF-8 text file FILE.</source>
        <translation>Mit der UTF-8-Textdatei FILE trainieren.</translation>
    </message>
    <message>
        <source>With --screenshot: race the comma-separated PRESETS first.</source>
        <translation>Mit --screenshot: zuerst die kommagetrennten PRESETS gegeneinander trainieren.</translation>
    </message>
    <message>
        <source>With --bench-report: train N runs in turn; the report has the memory after each.</source>
        <translation>Mit --bench-report: N Läufe nacheinander trainieren; der Bericht enthält den Speicher nach jedem.</translation>
    </message>
    <message>
        <source>Follow the run log FILE live in the Runs tab (with --screenshot: render once the run has ended).</source>
        <translation>Das Lauf-Log FILE live im Tab Läufe verfolgen (mit --screenshot: rendern, sobald der Lauf beendet ist).</translation>
    </message>
    <message>
        <source>With --screenshot or --bench-report: record the runs in the Runs list, as a person&apos;s runs are (otherwise they are not).</source>
        <translation>Mit --screenshot oder --bench-report: die Läufe in der Liste der Läufe aufzeichnen, wie die einer Person (sonst nicht).</translation>
    </message>
    <message>
        <source>Open the window WIDTHxHEIGHT pixels large (1280x720).</source>
        <translation>Das Fenster BREITExHÖHE Pixel groß öffnen (1280x720).</translation>
    </message>
    <message>
        <source>A checkpoint (.safetensors) to open, or a text file to train on (as --corpus FILE)</source>
        <translation>Ein Checkpoint (.safetensors) zum Öffnen oder eine Textdatei zum Trainieren (wie --corpus FILE)</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>Observe</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Which model to train: lm1 hand-unrolled, lm2 a loop, lm3 stateful, lm4 predicting after every token, lm5 a stacked RNN, lm6 an LSTM, lm7 AWD-LSTM, gru a GRU.</source>
        <translation>Welches Modell trainiert wird: lm1 von Hand ausgerollt, lm2 eine Schleife, lm3 zustandsbehaftet, lm4 mit einer Vorhersage nach jedem Token, lm5 ein gestapeltes RNN, lm6 ein LSTM, lm7 AWD-LSTM, gru ein GRU.</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Rekurrenz</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Größe des verborgenen Zustands</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Width of the hidden state (and of the embedding).</source>
        <translation>Breite des verborgenen Zustands (und des Embeddings).</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Recurrent layers stacked on each other.</source>
        <translation>Übereinander gestapelte rekurrente Schichten.</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>builtin:human-numbers (the numbers 1..9999 in words, generated) or the path of a UTF-8 text file.</source>
        <translation>builtin:human-numbers (die Zahlen 1..9999 in Worten, generiert) oder der Pfad einer UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>Line breaks</source>
        <translation>Zeilenumbrüche</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Sequenzlänge</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens per sample. lm1 is unrolled by hand over exactly 3.</source>
        <translation>Tokens pro Beispiel. lm1 ist von Hand über genau 3 ausgerollt.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Sequences per batch; for stateful models also the number of parallel text streams.</source>
        <translation>Sequenzen pro Batch; bei zustandsbehafteten Modellen auch die Anzahl paralleler Textströme.</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>Share of the samples held out for validation, cut from the end of the text in order (the chapter cuts 80/20).</source>
        <translation>Anteil der Beispiele, der für die Validierung zurückgehalten wird, der Reihe nach vom Ende des Textes abgeschnitten (das Kapitel teilt 80/20).</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Passes over the training set.</source>
        <translation>Durchläufe über die Trainingsdaten.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lernratenplan</translation>
    </message>
    <message>
        <source>one_cycle: fastai&apos;s fit_one_cycle (cosine warm-up to lr, then cosine annealing, momentum the other way). constant: fastai&apos;s fit at a fixed lr and beta1.</source>
        <translation>one_cycle: fit_one_cycle von fastai (Kosinus-Aufwärmphase bis lr, dann Kosinus-Annealing, das Momentum jeweils umgekehrt). constant: fit von fastai mit festem lr und beta1.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Peak learning rate of the one-cycle schedule, or the fixed rate of the constant schedule.</source>
        <translation>Höchste Lernrate des One-Cycle-Plans oder die feste Rate des konstanten Plans.</translation>
    </message>
    <message>
        <source>Warm-up share</source>
        <translation>Aufwärmanteil</translation>
    </message>
    <message>
        <source>Share of the one-cycle steps spent rising to the peak rate (one_cycle only).</source>
        <translation>Anteil der One-Cycle-Schritte, in denen die Rate auf ihr Maximum steigt (nur one_cycle).</translation>
    </message>
    <message>
        <source>Start divisor</source>
        <translation>Startdivisor</translation>
    </message>
    <message>
        <source>One-cycle starts at lr / div (one_cycle only).</source>
        <translation>One-Cycle beginnt bei lr / div (nur one_cycle).</translation>
    </message>
    <message>
        <source>Final divisor</source>
        <translation>Enddivisor</translation>
    </message>
    <message>
        <source>One-cycle ends at lr / div_final (one_cycle only).</source>
        <translation>One-Cycle endet bei lr / div_final (nur one_cycle).</translation>
    </message>
    <message>
        <source>Momentum high</source>
        <translation>Momentum hoch</translation>
    </message>
    <message>
        <source>One-cycle momentum (Adam&apos;s beta1) at the start and the end (one_cycle only).</source>
        <translation>One-Cycle-Momentum (beta1 von Adam) am Anfang und am Ende (nur one_cycle).</translation>
    </message>
    <message>
        <source>Momentum low</source>
        <translation>Momentum niedrig</translation>
    </message>
    <message>
        <source>One-cycle momentum at the peak learning rate (one_cycle only).</source>
        <translation>One-Cycle-Momentum bei der höchsten Lernrate (nur one_cycle).</translation>
    </message>
    <message>
        <source>Momentum (constant)</source>
        <translation>Momentum (konstant)</translation>
    </message>
    <message>
        <source>Adam&apos;s beta1 under the constant schedule (fastai&apos;s default 0.9; constant only).</source>
        <translation>beta1 von Adam beim konstanten Plan (Standardwert von fastai: 0,9; nur constant).</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Gewichtsabnahme</translation>
    </message>
    <message>
        <source>Decoupled weight decay (p &lt;- p * (1 - lr * wd)) as fastai&apos;s Adam applies it.</source>
        <translation>Entkoppelte Gewichtsabnahme (p &lt;- p * (1 - lr * wd)), wie Adam in fastai sie anwendet.</translation>
    </message>
    <message>
        <source>Decay biases</source>
        <translation>Gewichtsabnahme für Biases</translation>
    </message>
    <message>
        <source>Also decay the biases of Linear layers (fastai&apos;s wd_bn_bias; off in the chapter).</source>
        <translation>Die Gewichtsabnahme auch auf die Biases der Linear-Schichten anwenden (wd_bn_bias von fastai; im Kapitel aus).</translation>
    </message>
    <message>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s squared-gradient average (fastai&apos;s sqr_mom).</source>
        <translation>Abklingfaktor des Mittels der quadrierten Gradienten in Adam (sqr_mom von fastai).</translation>
    </message>
    <message>
        <source>Adam epsilon</source>
        <translation>Adam-Epsilon</translation>
    </message>
    <message>
        <source>Added to Adam&apos;s denominator.</source>
        <translation>Wird zum Nenner von Adam addiert.</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>Gradienten-Clipping</translation>
    </message>
    <message>
        <source>Rescale the gradients when their global norm exceeds this (0 = off), as torch.nn.utils.clip_grad_norm_ does.</source>
        <translation>Skaliert die Gradienten herunter, wenn ihre globale Norm diesen Wert überschreitet (0 = aus), wie es torch.nn.utils.clip_grad_norm_ tut.</translation>
    </message>
    <message>
        <source>Output dropout</source>
        <translation>Ausgabe-Dropout</translation>
    </message>
    <message>
        <source>Dropout on the last layer&apos;s output before the decoder (the chapter&apos;s LM7 uses 0.4).</source>
        <translation>Dropout auf der Ausgabe der letzten Schicht vor dem Decoder (LM7 im Kapitel verwendet 0,4).</translation>
    </message>
    <message>
        <source>Locked output dropout</source>
        <translation>Ausgabe-Dropout mit fester Maske</translation>
    </message>
    <message>
        <source>One output-dropout mask per sequence, the same at every time step (fastai&apos;s RNNDropout), instead of one per element.</source>
        <translation>Eine Ausgabe-Dropout-Maske pro Sequenz, in jedem Zeitschritt dieselbe (RNNDropout von fastai), statt einer pro Element.</translation>
    </message>
    <message>
        <source>Input dropout</source>
        <translation>Eingabe-Dropout</translation>
    </message>
    <message>
        <source>Locked dropout on the embedding output (fastai&apos;s input_p).</source>
        <translation>Dropout mit fester Maske auf der Ausgabe des Embeddings (input_p von fastai).</translation>
    </message>
    <message>
        <source>Between-layer dropout</source>
        <translation>Dropout zwischen Schichten</translation>
    </message>
    <message>
        <source>Locked dropout between stacked layers (fastai&apos;s hidden_p).</source>
        <translation>Dropout mit fester Maske zwischen gestapelten Schichten (hidden_p von fastai).</translation>
    </message>
    <message>
        <source>Embedding dropout</source>
        <translation>Embedding-Dropout</translation>
    </message>
    <message>
        <source>Drops whole words: rows of the embedding matrix (fastai&apos;s embed_p).</source>
        <translation>Verwirft ganze Wörter: Zeilen der Embedding-Matrix (embed_p von fastai).</translation>
    </message>
    <message>
        <source>Weight dropout</source>
        <translation>Gewichts-Dropout</translation>
    </message>
    <message>
        <source>DropConnect on each layer&apos;s hidden-to-hidden matrix (fastai&apos;s weight_p).</source>
        <translation>DropConnect auf der Hidden-to-Hidden-Matrix jeder Schicht (weight_p von fastai).</translation>
    </message>
    <message>
        <source>Tie weights</source>
        <translation>Gewichte koppeln</translation>
    </message>
    <message>
        <source>The decoder&apos;s weight is the embedding matrix: one tensor, one gradient with both contributions.</source>
        <translation>Das Gewicht des Decoders ist die Embedding-Matrix: ein Tensor, ein Gradient mit beiden Beiträgen.</translation>
    </message>
    <message>
        <source>AR (alpha)</source>
        <translation>AR (alpha)</translation>
    </message>
    <message>
        <source>Activation regularization: adds alpha * mean(output²) of the dropped-out output to the loss that is back-propagated (fastai&apos;s alpha; the chapter uses 2).</source>
        <translation>Aktivierungsregularisierung: addiert alpha * mean(output²) der Ausgabe nach dem Dropout zum Verlust, der rückpropagiert wird (alpha von fastai; das Kapitel verwendet 2).</translation>
    </message>
    <message>
        <source>TAR (beta)</source>
        <translation>TAR (beta)</translation>
    </message>
    <message>
        <source>Temporal activation regularization: adds beta * mean((h_t+1 - h_t)²) of the raw output over consecutive time steps (fastai&apos;s beta; the chapter uses 1).</source>
        <translation>Zeitliche Aktivierungsregularisierung: addiert beta * mean((h_t+1 - h_t)²) der Rohausgabe über aufeinanderfolgende Zeitschritte (beta von fastai; das Kapitel verwendet 1).</translation>
    </message>
    <message>
        <source>Per-step statistics</source>
        <translation>Statistik je Schritt</translation>
    </message>
    <message>
        <source>Every step, measure each parameter&apos;s gradient norm and update-to-weight ratio and each layer&apos;s activation RMS and max |x| (the guard then also checks activations). Off only to measure what observing costs.</source>
        <translation>Misst in jedem Schritt die Gradientennorm und das Verhältnis von Update zu Gewicht jedes Parameters sowie RMS und max |x| der Aktivierungen jeder Schicht (der Wächter prüft dann auch die Aktivierungen). Nur ausschalten, um zu messen, was das Beobachten kostet.</translation>
    </message>
    <message>
        <source>Probe every</source>
        <translation>Sonde alle</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Every N training steps, replay one batch through the from-scratch unroll with the current weights to measure the gradient flowing back through time, hidden-state magnitudes, gate saturation and weight/gradient histograms (0 = never).</source>
        <translation>Alle N Trainingsschritte einen Batch mit den aktuellen Gewichten erneut durch die von Grund auf geschriebene Ausrollung schicken, um den Gradientenfluss rückwärts durch die Zeit, die Beträge des verborgenen Zustands, die Gate-Sättigung und Gewichts-/Gradientenhistogramme zu messen (0 = nie).</translation>
    </message>
    <message>
        <source>When training diverges</source>
        <translation>Bei Divergenz des Trainings</translation>
    </message>
    <message>
        <source>Loss limit</source>
        <translation>Verlustgrenze</translation>
    </message>
    <message>
        <source>x first loss</source>
        <translation>x Anfangsverlust</translation>
    </message>
    <message>
        <source>The guard also fires when a batch&apos;s loss exceeds this multiple of the run&apos;s first loss (0 = off).</source>
        <translation>Der Wächter greift auch, wenn der Verlust eines Batches dieses Vielfache des ersten Verlusts des Laufs überschreitet (0 = aus).</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Seeds the weight initialisation; with 1 thread a run is exactly repeatable.</source>
        <translation>Seed für die Initialisierung der Gewichte; mit 1 Thread ist ein Lauf exakt reproduzierbar.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Intra-op threads of the training thread. 1 is fastest at the chapter&apos;s sizes and leaves a core for the window.</source>
        <translation>Intra-Op-Threads des Trainings-Threads. 1 ist bei den Größen des Kapitels am schnellsten und lässt einen Kern für das Fenster frei.</translation>
    </message>
    <message>
        <source>Loss smoothing</source>
        <translation>Verlustglättung</translation>
    </message>
    <message>
        <source>Beta of the debiased moving average printed as train_loss (fastai&apos;s 0.98).</source>
        <translation>Beta des biaskorrigierten gleitenden Mittels, das als train_loss ausgegeben wird (bei fastai 0,98).</translation>
    </message>
    <message>
        <source>LM1 — hand-unrolled</source>
        <translation>LM1 — von Hand ausgerollt</translation>
    </message>
    <message>
        <source>3 tokens predict the 4th; one hidden layer applied once per token, written out by hand</source>
        <translation>3 Tokens sagen das 4. voraus; eine verborgene Schicht, einmal pro Token angewendet, von Hand ausgeschrieben</translation>
    </message>
    <message>
        <source>LM2 — a loop (RNN)</source>
        <translation>LM2 — eine Schleife (RNN)</translation>
    </message>
    <message>
        <source>LM1&apos;s maths as a loop over the tokens: the first recurrent network</source>
        <translation>Die Mathematik von LM1 als Schleife über die Tokens: das erste rekurrente Netz</translation>
    </message>
    <message>
        <source>LM3 — stateful RNN</source>
        <translation>LM3 — zustandsbehaftetes RNN</translation>
    </message>
    <message>
        <source>the hidden state carries across batches, detached each batch (truncated BPTT)</source>
        <translation>der verborgene Zustand wird über Batches hinweg weitergegeben und bei jedem Batch abgetrennt (truncated BPTT)</translation>
    </message>
    <message>
        <source>LM4 — every token</source>
        <translation>LM4 — jedes Token</translation>
    </message>
    <message>
        <source>predicts after every token of the sequence; the loss covers all of them</source>
        <translation>sagt nach jedem Token der Sequenz voraus; der Verlust umfasst alle</translation>
    </message>
    <message>
        <source>LM5 — stacked RNN</source>
        <translation>LM5 — gestapeltes RNN</translation>
    </message>
    <message>
        <source>two tanh RNN layers stacked; hidden state (layers, batch, hidden) carried and detached</source>
        <translation>zwei gestapelte tanh-RNN-Schichten; verborgener Zustand (layers, batch, hidden) weitergegeben und abgetrennt</translation>
    </message>
    <message>
        <source>LM6 — LSTM</source>
        <translation>LM6 — LSTM</translation>
    </message>
    <message>
        <source>a 2-layer LSTM: four gates and a cell state let gradients survive many steps</source>
        <translation>ein LSTM mit 2 Schichten: vier Gates und ein Zellzustand lassen Gradienten viele Schritte überleben</translation>
    </message>
    <message>
        <source>LM7 — AWD-LSTM</source>
        <translation>LM7 — AWD-LSTM</translation>
    </message>
    <message>
        <source>the LSTM regularized: dropout, activation regularization (AR, TAR), weight tying</source>
        <translation>das regularisierte LSTM: Dropout, Aktivierungsregularisierung (AR, TAR), Gewichtskopplung</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>a 2-layer gated recurrent unit: reset and update gates, no separate cell state</source>
        <translation>eine Gated Recurrent Unit mit 2 Schichten: Reset- und Update-Gate, kein separater Zellzustand</translation>
    </message>
    <message>
        <source>LMModel1: 3 words predict the 4th through one hidden layer used 3 times, unrolled by hand (book: 0.494)</source>
        <translation>LMModel1: 3 Wörter sagen das 4. voraus, über eine verborgene Schicht, die 3-mal verwendet wird, von Hand ausgerollt (Buch: 0,494)</translation>
    </message>
    <message>
        <source>LMModel2: LMModel1 as a loop over the tokens, the first RNN (book: 0.470)</source>
        <translation>LMModel2: LMModel1 als Schleife über die Tokens, das erste RNN (Buch: 0,470)</translation>
    </message>
    <message>
        <source>LMModel3: hidden state kept across batches and detached after each, truncated BPTT (book: 0.589)</source>
        <translation>LMModel3: verborgener Zustand bleibt über Batches hinweg erhalten und wird nach jedem abgetrennt, truncated BPTT (Buch: 0,589)</translation>
    </message>
    <message>
        <source>LMModel4: predicts after every one of 16 tokens, loss over all of them (book: 0.640)</source>
        <translation>LMModel4: Vorhersage nach jedem der 16 Tokens, Verlust über alle (Buch: 0,640)</translation>
    </message>
    <message>
        <source>LMModel5: two stacked tanh RNN layers; deeper, yet worse: gradients explode and vanish (book: 0.488)</source>
        <translation>LMModel5: zwei gestapelte tanh-RNN-Schichten; tiefer und doch schlechter: Gradienten explodieren und verschwinden (Buch: 0,488)</translation>
    </message>
    <message>
        <source>LMModel6: a 2-layer LSTM, whose gates keep gradients alive over the sequence (book: 0.758)</source>
        <translation>LMModel6: ein LSTM mit 2 Schichten, dessen Gates die Gradienten über die Sequenz am Leben halten (Buch: 0,758)</translation>
    </message>
    <message>
        <source>LMModel7: AWD-LSTM as the chapter trains it: dropout 0.4, AR 2, TAR 1, weight tying, wd 0.1 (book: 0.869)</source>
        <translation>LMModel7: AWD-LSTM, wie das Kapitel es trainiert: Dropout 0,4, AR 2, TAR 1, Gewichtskopplung, wd 0,1 (Buch: 0,869)</translation>
    </message>
    <message>
        <source>GRU: LMModel6 with a 2-layer GRU in place of the LSTM (not in the book)</source>
        <translation>GRU: LMModel6 mit einem GRU mit 2 Schichten anstelle des LSTM (nicht im Buch)</translation>
    </message>
    <message>
        <source>AWD-LSTM with all of fastai&apos;s dropouts (locked input/hidden/output, embedding, weight), LM defaults x0.25</source>
        <translation>AWD-LSTM mit allen Dropouts von fastai (Eingabe/verborgen/Ausgabe mit fester Maske, Embedding, Gewichte), LM-Standardwerte x0,25</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>an oder aus</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>beliebiger Text</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>einer der Werte: %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>greater than %1 up to %2</source>
        <translation>größer als %1 bis %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Can change during a run.</source>
        <translation>Kann während eines Laufs geändert werden.</translation>
    </message>
    <message>
        <source>Fixed for a run: reset the run to change it.</source>
        <translation>Während eines Laufs fest: Setzen Sie den Lauf zurück, um den Wert zu ändern.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Corpus size limit</source>
        <translation>Größenlimit des Korpus</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>A corpus file larger than this is refused before it is read, so a wrong file cannot exhaust the memory.</source>
        <translation>Eine größere Korpusdatei wird abgelehnt, bevor sie gelesen wird, damit eine falsche Datei nicht den Speicher erschöpfen kann.</translation>
    </message>
    <message>
        <source>What a token is: word splits the text on whitespace (the chapter&apos;s choice); char makes every Unicode character a token, spaces and line breaks included; subword trains a SentencePiece model on the text (see subword_vocab) and keeps it in checkpoints.</source>
        <translation>Was ein Token ist: word trennt den Text an Leerraum (die Wahl des Kapitels); char macht jedes Unicode-Zeichen zu einem Token, Leerzeichen und Zeilenumbrüche eingeschlossen; subword trainiert ein SentencePiece-Modell auf dem Text (siehe subword_vocab) und speichert es in Checkpoints.</translation>
    </message>
    <message>
        <source>Subword pieces</source>
        <translation>Subwort-Teile</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>How many pieces the subword model has (at most: a short text may give fewer). Only for tokenizer = subword.</source>
        <translation>Wie viele Teile das Subwort-Modell hat (höchstens: ein kurzer Text kann weniger ergeben). Nur für tokenizer = subword.</translation>
    </message>
    <message>
        <source>Subword model</source>
        <translation>Subwort-Modell</translation>
    </message>
    <message>
        <source>SentencePiece&apos;s algorithm: bpe (byte-pair encoding: merges the most frequent pairs, whole words first on a small text) or unigram (SentencePiece&apos;s own default, which may stop short of the size asked for). Only for tokenizer = subword.</source>
        <translation>Der Algorithmus von SentencePiece: bpe (Byte-Pair-Encoding: verbindet die häufigsten Paare, bei kleinem Text zuerst ganze Wörter) oder unigram (SentencePieces eigene Voreinstellung, die unter der gewünschten Größe bleiben kann). Nur für tokenizer = subword.</translation>
    </message>
    <message>
        <source>What the divergence guard does when an activation, the loss or a gradient stops being a finite number, or the loss passes loss_limit: stop the run, pause it (the batch is retried on resume), skip that batch&apos;s update and go on, or rewind to the last snapshot with a lower learning rate and clipping on. The weights are never updated from a non-finite step.</source>
        <translation>Was der Divergenzwächter tut, wenn eine Aktivierung, der Verlust oder ein Gradient keine endliche Zahl mehr ist oder der Verlust loss_limit überschreitet: den Lauf stoppen, ihn pausieren (der Batch wird beim Fortsetzen wiederholt), das Update dieses Batches überspringen und weitermachen oder zum letzten Schnappschuss zurückspulen, mit kleinerer Lernrate und eingeschaltetem Clipping. Die Gewichte werden nie aus einem nicht endlichen Schritt aktualisiert.</translation>
    </message>
    <message>
        <source>Snapshot every</source>
        <translation>Schnappschuss alle</translation>
    </message>
    <message>
        <source>Keep an in-memory snapshot of the run (weights, optimizer, schedule position, carried state, random generator) every N steps and at the start of every epoch, the last three, so that a diverged run can rewind (0 = at epoch starts only).</source>
        <translation>Alle N Schritte und zu Beginn jeder Epoche einen Schnappschuss des Laufs im Speicher halten (Gewichte, Optimierer, Position im Zeitplan, mitgeführter Zustand, Zufallsgenerator), die letzten drei, damit ein divergierter Lauf zurückspulen kann (0 = nur zu Epochenbeginn).</translation>
    </message>
    <message>
        <source>Rewind divides lr by</source>
        <translation>Zurückspulen teilt lr durch</translation>
    </message>
    <message>
        <source>With on_nonfinite=rewind: each rewind divides the learning rate by this (and turns gradient clipping on at 1 if it was off).</source>
        <translation>Mit on_nonfinite=rewind: jedes Zurückspulen teilt die Lernrate durch diesen Wert (und schaltet Gradient-Clipping bei 1 ein, wenn es aus war).</translation>
    </message>
    <message>
        <source>Rewinds at most</source>
        <translation>Höchstens so oft zurückspulen</translation>
    </message>
    <message>
        <source>With on_nonfinite=rewind: after this many rewinds the next divergence stops the run.</source>
        <translation>Mit on_nonfinite=rewind: nach so vielen Rückspulungen stoppt die nächste Divergenz den Lauf.</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speichergrenze</translation>
    </message>
    <message>
        <source>A run whose estimated memory (weights, optimizer state, one step&apos;s activations, the data) is above this is refused before it starts. 0: the memory the machine has available.</source>
        <translation>Ein Lauf, dessen geschätzter Speicherbedarf (Gewichte, Optimiererzustand, Aktivierungen eines Schritts, die Daten) darüber liegt, wird vor dem Start abgelehnt. 0: der Speicher, den die Maschine frei hat.</translation>
    </message>
    <message>
        <source>How the recurrence is computed; every form computes the same function from the same weights. fused: one call for the whole sequence (Unroll&apos;s kernels with a hand-derived backward pass). libtorch (LSTM and GRU): libtorch&apos;s own cells, the reference the kernels are tested against. scratch: the cell&apos;s equations step by step, as the book writes them, differentiated by autograd. refactored (LSTM only): the book&apos;s second cell, one product for all four gates.</source>
        <translation>Wie die Rekurrenz berechnet wird; jede Form berechnet dieselbe Funktion aus denselben Gewichten. fused: ein Aufruf für die ganze Sequenz (Unrolls Kernel mit von Hand hergeleitetem Rückwärtsdurchlauf). libtorch (LSTM und GRU): die Zellen von libtorch selbst, die Referenz, an der die Kernel getestet werden. scratch: die Gleichungen der Zelle Schritt für Schritt, wie das Buch sie schreibt, von Autograd abgeleitet. refactored (nur LSTM): die zweite Zelle des Buchs, ein Produkt für alle vier Gates.</translation>
    </message>
    <message>
        <source>How a text file&apos;s line breaks become tokens: dot joins lines with &apos; . &apos; as the chapter does, newline makes each break a token, space ignores them; auto reads words as prose (space) and characters as written (newline). Only for file corpora of words or characters; subwords read each line as its own text.</source>
        <translation>Wie die Zeilenumbrüche einer Textdatei zu Tokens werden: dot verbindet Zeilen mit &apos; . &apos; wie das Kapitel, newline macht jeden Umbruch zu einem Token, space ignoriert sie; auto liest Wörter als Fließtext (space) und Zeichen wie geschrieben (newline). Nur für Dateikorpora aus Wörtern oder Zeichen; Subwörter lesen jede Zeile als eigenen Text.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Where the run trains: cpu, or a GPU (cuda, cuda:N) when this build&apos;s libtorch has CUDA. Checkpoints do not depend on it.</source>
        <translation>Wo der Lauf trainiert: cpu oder eine GPU (cuda, cuda:N), wenn das libtorch dieses Builds CUDA hat. Checkpoints hängen nicht davon ab.</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>Deterministisch</translation>
    </message>
    <message>
        <source>libtorch&apos;s deterministic algorithms (and cuDNN&apos;s): on a GPU a seed then repeats a run exactly, somewhat slower. On the CPU, runs at 1 thread repeat without it.</source>
        <translation>Die deterministischen Algorithmen von libtorch (und cuDNN): Auf einer GPU wiederholt ein Seed dann einen Lauf exakt, etwas langsamer. Auf der CPU wiederholen sich Läufe mit 1 Thread auch ohne sie.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Data-parallel worker processes on this machine, one thread each: each trains on its share of every batch&apos;s rows and the gradients are averaged every step.</source>
        <translation>Datenparallele Worker-Prozesse auf diesem Rechner, je ein Thread: jeder trainiert auf seinem Anteil der Zeilen jedes Batches, und die Gradienten werden in jedem Schritt gemittelt.</translation>
    </message>
    <message>
        <source>Worker timeout</source>
        <translation>Worker-Zeitlimit</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>How long the workers wait for one another before a run with several stops with a message naming the worker.</source>
        <translation>Wie lange die Worker aufeinander warten, bevor ein Lauf mit mehreren mit einer Meldung anhält, die den Worker nennt.</translation>
    </message>
</context>
<context>
    <name>unroll</name>
    <message>
        <source>the image could not be encoded as %1</source>
        <translation>das Bild ließ sich nicht als %1 kodieren</translation>
    </message>
    <message>
        <source>the file could not be made</source>
        <translation>die Datei ließ sich nicht erzeugen</translation>
    </message>
</context>
<context>
    <name>unroll::ActivationPlot</name>
    <message>
        <source>Activation magnitude per layer</source>
        <translation>Betrag der Aktivierungen pro Schicht</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>RMS, max |x|</source>
        <translation>RMS, max |x|</translation>
    </message>
    <message>
        <source>%1 RMS</source>
        <translation>%1 RMS</translation>
    </message>
    <message>
        <source>%1 max</source>
        <translation>%1 max</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>verborgener Zustand</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
</context>
<context>
    <name>unroll::ComparePanel</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Valid loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Train loss (smoothed)</source>
        <translation>Trainingsverlust (geglättet)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <source>Gradient flow through time</source>
        <translation>Gradientenfluss durch die Zeit</translation>
    </message>
    <message>
        <source>against</source>
        <translation>gegen</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>training time</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>valid loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <source>following %1</source>
        <translation>verfolge %1</translation>
    </message>
    <message>
        <source>going</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Drop the run logs followed by hand from the comparison</source>
        <translation>Die von Hand verfolgten Lauf-Logs aus dem Vergleich nehmen</translation>
    </message>
</context>
<context>
    <name>unroll::ComparePlot</name>
    <message>
        <source>train loss (smoothed)</source>
        <translation>Trainingsverlust (geglättet)</translation>
    </message>
    <message>
        <source>valid loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <source>‖∂L_T/∂h_t‖, layer 1, latest probe</source>
        <translation>‖∂L_T/∂h_t‖, Schicht 1, letzte Messung</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>training time (s)</source>
        <translation>Trainingszeit (s)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Select runs in the list to compare them here
(Ctrl+click or Shift+click for several).</source>
        <translation>Läufe in der Liste auswählen, um sie hier zu vergleichen
(Strg+Klick oder Umschalt+Klick für mehrere).</translation>
    </message>
</context>
<context>
    <name>unroll::ConfigPanel</name>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>Load the settings of one of the chapter&apos;s models</source>
        <translation>Die Einstellungen eines der Modelle aus dem Kapitel laden</translation>
    </message>
    <message>
        <source>Train on a UTF-8 text file</source>
        <translation>Mit einer UTF-8-Textdatei trainieren</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>unroll::DataPanel</name>
    <message>
        <source>The previous validation batch</source>
        <translation>Der vorige Validierungsbatch</translation>
    </message>
    <message>
        <source>The next validation batch</source>
        <translation>Der nächste Validierungsbatch</translation>
    </message>
    <message>
        <source>Start a run or open a checkpoint to read its data.</source>
        <translation>Starten Sie einen Lauf oder öffnen Sie einen Checkpoint, um seine Daten zu lesen.</translation>
    </message>
    <message>
        <source>layer </source>
        <translation>Schicht </translation>
    </message>
    <message>
        <source>units from </source>
        <translation>Einheiten ab </translation>
    </message>
    <message>
        <source>The first of the three hidden units drawn under the text</source>
        <translation>Die erste der drei verborgenen Einheiten, die unter dem Text gezeichnet werden</translation>
    </message>
    <message>
        <source>Shuffle the batches</source>
        <translation>Batches mischen</translation>
    </message>
    <message>
        <source>Validate with the batches in a random order and compare: a stateful model then carries its state into the wrong text</source>
        <translation>Mit den Batches in zufälliger Reihenfolge validieren und vergleichen: Ein zustandsbehaftetes Modell gibt seinen Zustand dann in den falschen Text weiter</translation>
    </message>
    <message>
        <source>Validating twice…</source>
        <translation>Wird zweimal validiert…</translation>
    </message>
    <message>
        <source>Validation accuracy with the batches in order: %1; shuffled: %2 (%3). %4</source>
        <translation>Validierungsgenauigkeit mit den Batches der Reihe nach: %1; gemischt: %2 (%3). %4</translation>
    </message>
    <message>
        <source>A stateful model&apos;s carried state only helps when the next batch continues the same text.</source>
        <translation>Der weitergegebene Zustand eines zustandsbehafteten Modells hilft nur, wenn der nächste Batch denselben Text fortsetzt.</translation>
    </message>
    <message>
        <source>This model starts every batch afresh, so the order does not matter to it.</source>
        <translation>Dieses Modell beginnt jeden Batch von vorn; die Reihenfolge ist ihm daher gleichgültig.</translation>
    </message>
    <message>
        <source>Validation batch %1 of %2: loss %3, accuracy %4 (%5 rows; the first %6 shown)</source>
        <translation>Validierungsbatch %1 von %2: Verlust %3, Genauigkeit %4 (%5 Zeilen; die ersten %6 angezeigt)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>the model&apos;s prediction</source>
        <translation>die Vorhersage des Modells</translation>
    </message>
    <message>
        <source>target «%1»: p = %2</source>
        <translation>Ziel »%1«: p = %2</translation>
    </message>
    <message>
        <source>Corpus %1: %2 tokens (%3), a vocabulary of %4; the 10 most frequent (%5) cover %6 % of the text; %7 training and %8 validation batches per epoch.</source>
        <translation>Korpus %1: %2 Tokens (%3), ein Vokabular von %4; die 10 häufigsten (%5) decken %6 % des Textes ab; %7 Trainings- und %8 Validierungsbatches pro Epoche.</translation>
    </message>
    <message>
        <source>Validation batch %1 of %2, after those before it in a shuffled order: loss %3, accuracy %4 (%5 rows; the first %6 shown)</source>
        <translation>Validierungsbatch %1 von %2, nach den ihm in gemischter Reihenfolge vorangehenden: Verlust %3, Genauigkeit %4 (%5 Zeilen; die ersten %6 angezeigt)</translation>
    </message>
</context>
<context>
    <name>unroll::DiagramPanel</name>
    <message>
        <source>Unrolled</source>
        <translation>Ausgerollt</translation>
    </message>
    <message>
        <source>Switch between the rolled form (one cell and its loop) and the network unrolled over the tokens</source>
        <translation>Zwischen der eingerollten Form (eine Zelle und ihre Schleife) und dem über die Tokens ausgerollten Netz umschalten</translation>
    </message>
    <message>
        <source>Open the cell</source>
        <translation>Zelle öffnen</translation>
    </message>
    <message>
        <source>Show what is inside the recurrent cell: the gates, their activations and the cell-state path</source>
        <translation>Zeigen, was in der rekurrenten Zelle steckt: die Gates, ihre Aktivierungen und den Pfad des Zellzustands</translation>
    </message>
    <message>
        <source>layer </source>
        <translation>Schicht </translation>
    </message>
    <message>
        <source>Whose gate saturation the open cell shows</source>
        <translation>Die Schicht, deren Gate-Sättigung die geöffnete Zelle zeigt</translation>
    </message>
    <message>
        <source>Probe frame:</source>
        <translation>Sondenaufnahme:</translation>
    </message>
    <message>
        <source>Scrub back through the recent probe frames; the right end follows training</source>
        <translation>Durch die letzten Sondenaufnahmen zurückblättern; das rechte Ende folgt dem Training</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Vektorgrafik (SVG)…</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Rolled</source>
        <translation>Eingerollt</translation>
    </message>
    <message>
        <source>step %1 (%2 of %3)</source>
        <translation>Schritt %1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>unroll::DiagramView</name>
    <message>
        <source>unrolled over %1 tokens</source>
        <translation>über %1 Tokens ausgerollt</translation>
    </message>
    <message>
        <source>rolled: one cell, applied to every token</source>
        <translation>eingerollt: eine Zelle, auf jedes Token angewendet</translation>
    </message>
    <message>
        <source>   (probe at step %1)</source>
        <translation>   (Sonde bei Schritt %1)</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>layer %1 state from the last batch</source>
        <translation>Zustand von Schicht %1 aus dem vorigen Batch</translation>
    </message>
    <message>
        <source>layer %1 state to the next batch</source>
        <translation>Zustand von Schicht %1 an den nächsten Batch</translation>
    </message>
    <message>
        <source>tied: h_o = i_hᵀ</source>
        <translation>gekoppelt: h_o = i_hᵀ</translation>
    </message>
    <message>
        <source>LSTM cell</source>
        <translation>LSTM-Zelle</translation>
    </message>
    <message>
        <source>GRU cell</source>
        <translation>GRU-Zelle</translation>
    </message>
    <message>
        <source>tanh RNN cell</source>
        <translation>tanh-RNN-Zelle</translation>
    </message>
    <message>
        <source>ReLU cell (the chapter&apos;s h_h)</source>
        <translation>ReLU-Zelle (h_h aus dem Kapitel)</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1, Schicht %2</translation>
    </message>
    <message>
        <source>%1% sat.</source>
        <translation>%1 % ges.</translation>
    </message>
    <message>
        <source>Gate colour: the share of its values saturated (σ below 0.05 or above 0.95, tanh beyond ±0.95) in the probe batch.</source>
        <translation>Farbe eines Gates: der Anteil seiner gesättigten Werte (σ unter 0,05 oder über 0,95, tanh jenseits von ±0,95) im Batch der Sonde.</translation>
    </message>
    <message>
        <source>The same weights at every token: the loop of the rolled form.</source>
        <translation>Dieselben Gewichte bei jedem Token: die Schleife der eingerollten Form.</translation>
    </message>
    <message>
        <source>dropout (%1)</source>
        <translation>Dropout (%1)</translation>
    </message>
    <message>
        <source>✂ detach: the state carries on, its gradient stops</source>
        <translation>✂ detach: der Zustand wird weitergegeben, sein Gradient endet hier</translation>
    </message>
    <message>
        <source>hidden state RMS (node fill)</source>
        <translation>RMS des verborgenen Zustands (Füllung der Knoten)</translation>
    </message>
    <message>
        <source>‖∂L/∂h_t‖ flowing back (lower arrows, log)</source>
        <translation>‖∂L/∂h_t‖ im Rückfluss (untere Pfeile, log)</translation>
    </message>
    <message>
        <source>Start training: the first probe colours the nodes by their magnitude and the backward arrows by the gradient.</source>
        <translation>Starten Sie das Training: Die erste Sonde färbt die Knoten nach ihrem Betrag und die Rückwärtspfeile nach dem Gradienten.</translation>
    </message>
    <message>
        <source>the SVG could not be drawn</source>
        <translation>das SVG ließ sich nicht zeichnen</translation>
    </message>
</context>
<context>
    <name>unroll::DivergenceBanner</name>
    <message>
        <source>, first at time step %1 of the sequence</source>
        <translation>, zuerst bei Zeitschritt %1 der Sequenz</translation>
    </message>
    <message>
        <source>an LSTM (lm6) instead of a plain RNN, whose gates keep gradients in check</source>
        <translation>ein LSTM (lm6) statt eines einfachen RNN, dessen Gates die Gradienten im Zaum halten</translation>
    </message>
    <message>
        <source>step %1 (epoch %2, batch %3)</source>
        <translation>Schritt %1 (Epoche %2, Batch %3)</translation>
    </message>
    <message>
        <source>Training paused: the loss exploded at %1.</source>
        <translation>Training pausiert: Der Verlust ist bei %1 explodiert.</translation>
    </message>
    <message>
        <source>Training paused: %1 became non-finite at %2.</source>
        <translation>Training pausiert: %1 wurde bei %2 nicht endlich.</translation>
    </message>
    <message>
        <source>Skip this batch</source>
        <translation>Diesen Batch überspringen</translation>
    </message>
    <message>
        <source>The batch counts as trained, without an update; the run goes on</source>
        <translation>Der Batch gilt als trainiert, ohne Aktualisierung; der Lauf geht weiter</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Lauf anhalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2. The weights were not updated, so nothing is lost.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2. Die Gewichte wurden nicht aktualisiert, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>&lt;br&gt;A rewind goes back to the snapshot after step %1 and trains on from there; the plots keep the abandoned steps, faded.</source>
        <translation>&lt;br&gt;Ein Zurückspulen kehrt zum Schnappschuss nach Schritt %1 zurück und trainiert von dort weiter; die Diagramme behalten die verworfenen Schritte, verblasst.</translation>
    </message>
    <message>
        <source>&lt;br&gt;No snapshot before this step is kept (it is the first of its epoch): skip the batch, or stop.</source>
        <translation>&lt;br&gt;Vor diesem Schritt ist kein Schnappschuss vorhanden (es ist der erste seiner Epoche): den Batch überspringen oder anhalten.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Also worth a try: %1.</source>
        <translation>&lt;br&gt;Einen Versuch wert: %1.</translation>
    </message>
    <message>
        <source>Rewind to step %1, learning rate %2 → %3</source>
        <translation>Zurück zu Schritt %1, Lernrate %2 → %3</translation>
    </message>
    <message>
        <source>Rewind to step %1, clip gradients at %2</source>
        <translation>Zurück zu Schritt %1, Gradienten bei %2 begrenzen</translation>
    </message>
    <message>
        <source>Raise the loss limit %1 → %2 and retry</source>
        <translation>Verlustgrenze %1 → %2 anheben und wiederholen</translation>
    </message>
</context>
<context>
    <name>unroll::EpochTable</name>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>train_loss</source>
        <translation>train_loss</translation>
    </message>
    <message>
        <source>valid_loss</source>
        <translation>valid_loss</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Epochs are counted from 1, as everywhere in the window (fastai&apos;s table counts from 0). train_loss is the smoothed training loss at the end of the epoch, as fastai prints it; valid_loss and accuracy are measured on the validation split.</source>
        <translation>Epochen werden ab 1 gezählt, wie überall im Fenster (die Tabelle von fastai zählt ab 0). train_loss ist der geglättete Trainingsverlust am Ende der Epoche, wie fastai ihn ausgibt; valid_loss und Genauigkeit werden auf dem Validierungsanteil gemessen.</translation>
    </message>
</context>
<context>
    <name>unroll::GatePlot</name>
    <message>
        <source>Gate saturation</source>
        <translation>Gate-Sättigung</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>saturated share</source>
        <translation>gesättigter Anteil</translation>
    </message>
    <message>
        <source>layer %1 %2</source>
        <translation>Schicht %1 %2</translation>
    </message>
</context>
<context>
    <name>unroll::GeneratePanel</name>
    <message>
        <source>A prompt in the corpus&apos;s words, e.g. one thousand two hundred</source>
        <translation>Ein Prompt aus Wörtern des Korpus, z. B. one thousand two hundred</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Sample from the model&apos;s current weights (between two training steps when a run goes)</source>
        <translation>Aus den aktuellen Gewichten des Modells ziehen (zwischen zwei Trainingsschritten, wenn ein Lauf läuft)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>How many tokens to generate</source>
        <translation>Wie viele Tokens generiert werden</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Below 1 sharpens the distribution, above 1 flattens it; 0 is greedy</source>
        <translation>Unter 1 schärft die Verteilung, über 1 glättet sie; 0 ist gierig</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Sample among the k most likely tokens only (0: all)</source>
        <translation>Nur unter den k wahrscheinlichsten Tokens ziehen (0: alle)</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Sample among the smallest set of tokens holding this much probability</source>
        <translation>Unter der kleinsten Menge von Tokens ziehen, die so viel Wahrscheinlichkeit trägt</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>Gierig</translation>
    </message>
    <message>
        <source>Always take the most likely token</source>
        <translation>Immer das wahrscheinlichste Token nehmen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed, prompt and weights give the same text</source>
        <translation>Derselbe Seed, Prompt und dieselben Gewichte ergeben denselben Text</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Hover a token: what the model weighed</source>
        <translation>Zeigen Sie auf ein Token: was das Modell abwog</translation>
    </message>
    <message>
        <source>Counting check: %1 of %2 numbers are one more than the one before (%3).</source>
        <translation>Zählprobe: %1 von %2 Zahlen sind um eins größer als die vorige (%3).</translation>
    </message>
    <message>
        <source>Token %1: «%2», p = %3</source>
        <translation>Token %1: »%2«, p = %3</translation>
    </message>
    <message>
        <source>Tokens generated: %1.</source>
        <translation>Generierte Tokens: %1.</translation>
    </message>
    <message>
        <source>The prompt was cut at %1 characters, the most it holds.</source>
        <translation>Der Prompt wurde bei %1 Zeichen abgeschnitten, mehr fasst er nicht.</translation>
    </message>
</context>
<context>
    <name>unroll::GradNormPlot</name>
    <message>
        <source>Gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <source>before clipping</source>
        <translation>vor dem Clipping</translation>
    </message>
    <message>
        <source>after clipping</source>
        <translation>nach dem Clipping</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>‖∇‖</source>
        <translation>‖∇‖</translation>
    </message>
</context>
<context>
    <name>unroll::GradientFlowPlot</name>
    <message>
        <source>Gradient flow through time</source>
        <translation>Gradientenfluss durch die Zeit</translation>
    </message>
    <message>
        <source>The layer the heatmap shows</source>
        <translation>Die in der Heatmap gezeigte Schicht</translation>
    </message>
    <message>
        <source>∂L_T/∂h_t: last prediction</source>
        <translation>∂L_T/∂h_t: letzte Vorhersage</translation>
    </message>
    <message>
        <source>∂L/∂h_t: whole loss</source>
        <translation>∂L/∂h_t: gesamter Verlust</translation>
    </message>
    <message>
        <source>∂L_T/∂h_t follows the last prediction&apos;s gradient back through time: its fall towards t = 1 is the vanishing gradient. ∂L/∂h_t is what each step&apos;s state receives from the whole loss.</source>
        <translation>∂L_T/∂h_t verfolgt den Gradienten der letzten Vorhersage rückwärts durch die Zeit: sein Abfall in Richtung t = 1 ist der verschwindende Gradient. ∂L/∂h_t ist das, was der Zustand jedes Schritts vom gesamten Verlust erhält.</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <source>heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>‖∂L/∂h_t‖</source>
        <translation>‖∂L/∂h_t‖</translation>
    </message>
    <message>
        <source>t (latest probe)</source>
        <translation>t (letzte Sonde)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>step %1, t = %2: %3</source>
        <translation>Schritt %1, t = %2: %3</translation>
    </message>
    <message>
        <source>%1, t = %2: %3</source>
        <translation>%1, t = %2: %3</translation>
    </message>
</context>
<context>
    <name>unroll::HiddenStrip</name>
    <message>
        <source>layer %1, unit %2</source>
        <translation>Schicht %1, Einh. %2</translation>
    </message>
    <message>
        <source>Hidden units over the first row&apos;s text: blue negative, red positive.</source>
        <translation>Verborgene Einheiten über dem Text der ersten Zeile: blau negativ, rot positiv.</translation>
    </message>
</context>
<context>
    <name>unroll::HistogramPlot</name>
    <message>
        <source>Weight and gradient histograms</source>
        <translation>Gewichts- und Gradientenhistogramme</translation>
    </message>
    <message>
        <source>The parameter tensor to show</source>
        <translation>Der anzuzeigende Parametertensor</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>weight (step %1)</source>
        <translation>Gewicht (Schritt %1)</translation>
    </message>
    <message>
        <source>%1 in [%2, %3): %4</source>
        <translation>%1 in [%2, %3): %4</translation>
    </message>
</context>
<context>
    <name>unroll::LossPlot</name>
    <message>
        <source>Loss and accuracy</source>
        <translation>Verlust und Genauigkeit</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <source>valid loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
</context>
<context>
    <name>unroll::LrFinderDialog</name>
    <message>
        <source>Learning-rate finder</source>
        <translation>Lernratensuche</translation>
    </message>
    <message>
        <source>the loss passed 4× its best</source>
        <translation>der Verlust das 4-Fache seines Bestwerts überschritt</translation>
    </message>
    <message>
        <source>the loss became non-finite</source>
        <translation>der Verlust nicht mehr endlich war</translation>
    </message>
    <message>
        <source>it was stopped</source>
        <translation>er abgebrochen wurde</translation>
    </message>
    <message>
        <source>every step was taken</source>
        <translation>alle Schritte ausgeführt wurden</translation>
    </message>
    <message>
        <source>%1 steps at exponentially growing learning rates; the sweep ended because %2. The model was put back as it was.</source>
        <translation>%1 Schritte mit exponentiell wachsenden Lernraten; der Durchlauf endete, weil %2. Das Modell wurde in seinen vorherigen Zustand zurückversetzt.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>Verlust (geglättet)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>minimum ÷ 10</source>
        <translation>Minimum ÷ 10</translation>
    </message>
    <message>
        <source>steepest</source>
        <translation>steilster Abfall</translation>
    </message>
    <message>
        <source>Use %1 (%2)</source>
        <translation>%1 verwenden (%2)</translation>
    </message>
</context>
<context>
    <name>unroll::MainWindow</name>
    <message>
        <source>Unroll</source>
        <translation>Unroll</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Vorbereitung…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Human Numbers is built in: pick a preset or an architecture and press Start (F5).</source>
        <translation>Human Numbers ist eingebaut: Wählen Sie eine Voreinstellung oder eine Architektur und drücken Sie Starten (F5).</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>Automatisch gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Applied to the run from the next step.</source>
        <translation>Ab dem nächsten Schritt auf den Lauf angewendet.</translation>
    </message>
    <message>
        <source>Fix the settings marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Einstellungen.</translation>
    </message>
    <message>
        <source>%1: %2 parameters, %3 batches per epoch, corpus %4 (%5 tokens)</source>
        <translation>%1: %2 Parameter, %3 Batches pro Epoche, Korpus %4 (%5 Tokens)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Configurations (*.json);;All files (*)</source>
        <translation>Konfigurationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Configuration…</source>
        <translation>Konfiguration &amp;öffnen…</translation>
    </message>
    <message>
        <source>Save &amp;Configuration As…</source>
        <translation>Konfiguration speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Open C&amp;heckpoint…</source>
        <translation>&amp;Checkpoint öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Save Checkpoint</source>
        <translation>Checkpoint &amp;speichern</translation>
    </message>
    <message>
        <source>Save Checkpoint &amp;As…</source>
        <translation>Checkpoint speichern u&amp;nter…</translation>
    </message>
    <message>
        <source>A&amp;utosave Each Epoch</source>
        <translation>Nach jeder Epoche &amp;automatisch speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Start a new run with these settings (F5)</source>
        <translation>Einen neuen Lauf mit diesen Einstellungen starten (F5)</translation>
    </message>
    <message>
        <source>Pause or resume after the current batch (F6)</source>
        <translation>Nach dem aktuellen Batch pausieren oder fortsetzen (F6)</translation>
    </message>
    <message>
        <source>End the run after the current batch (Shift+F5)</source>
        <translation>Den Lauf nach dem aktuellen Batch beenden (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Discard the run and clear the plots; the settings stay</source>
        <translation>Den Lauf verwerfen und die Diagramme leeren; die Einstellungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Find &amp;Learning Rate…</source>
        <translation>&amp;Lernrate suchen…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>fastai&apos;s lr_find: a short sweep of growing learning rates</source>
        <translation>lr_find von fastai: ein kurzer Durchlauf mit wachsenden Lernraten</translation>
    </message>
    <message>
        <source>P&amp;resets</source>
        <translation>&amp;Voreinstellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Unroll</source>
        <translation>&amp;Über Unroll</translation>
    </message>
    <message>
        <source>About Unroll</source>
        <translation>Über Unroll</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Unroll %1&lt;/h3&gt;&lt;p&gt;Train recurrent language models from scratch and watch them learn: the models of the fastai book&apos;s chapter “A Language Model from Scratch”, on its Human Numbers data set, with what happens inside them drawn live.&lt;/p&gt;&lt;p&gt;The same engine runs headless as &lt;tt&gt;unroll-cli&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Unroll %1&lt;/h3&gt;&lt;p&gt;Trainieren Sie rekurrente Sprachmodelle von Grund auf und sehen Sie ihnen beim Lernen zu: die Modelle aus dem Kapitel „A Language Model from Scratch“ des fastai-Buchs, auf dessen Datensatz Human Numbers, wobei live gezeichnet wird, was in ihnen vorgeht.&lt;/p&gt;&lt;p&gt;Dieselbe Engine läuft ohne Oberfläche als &lt;tt&gt;unroll-cli&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Open Configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Geladen: %1</translation>
    </message>
    <message>
        <source>Save Configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <source>Finding a learning rate…</source>
        <translation>Lernrate wird gesucht…</translation>
    </message>
    <message>
        <source>The language changes when Unroll starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Unroll.</translation>
    </message>
    <message>
        <source>Step %1 skipped: %2</source>
        <translation>Schritt %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Unroll — %1 (%2)</source>
        <translation>Unroll — %1 (%2)</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Open Co&amp;rpus…</source>
        <translation>&amp;Korpus öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Train on a UTF-8 text file (or drop one on the window)</source>
        <translation>Mit einer UTF-8-Textdatei trainieren (oder eine auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>Korpus öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Stop the run first to train on another file.</source>
        <translation>Stoppen Sie zuerst den Lauf, um mit einer anderen Datei zu trainieren.</translation>
    </message>
    <message>
        <source>Corpus: %1 — it is read and checked when the run starts (Tokens: word or char).</source>
        <translation>Korpus: %1 — wird beim Start des Laufs gelesen und geprüft (Tokens: word oder char).</translation>
    </message>
    <message>
        <source>Loading the corpus: %1 % (Stop cancels)</source>
        <translation>Korpus wird geladen: %1 % (Stoppen bricht ab)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>This run is not recorded in the Runs tab: %1</source>
        <translation>Dieser Lauf wird nicht im Tab Läufe aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Recent Corpora</source>
        <translation>Zuletzt verwendete Korpora</translation>
    </message>
    <message>
        <source>Recent Checkpoints</source>
        <translation>Zuletzt verwendete Checkpoints</translation>
    </message>
    <message>
        <source>&amp;Follow a Run Log…</source>
        <translation>Lauf-Log &amp;verfolgen…</translation>
    </message>
    <message>
        <source>Follow a run log</source>
        <translation>Ein Lauf-Log verfolgen</translation>
    </message>
    <message>
        <source>Run logs (*.jsonl);;All files (*)</source>
        <translation>Lauf-Logs (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recent Run Logs</source>
        <translation>Zuletzt verfolgte Lauf-Logs</translation>
    </message>
    <message>
        <source>R&amp;ace Architectures…</source>
        <translation>Architekturen im &amp;Wettlauf…</translation>
    </message>
    <message>
        <source>The last session&apos;s settings could not be restored (%1); the defaults are shown.</source>
        <translation>Die Einstellungen der letzten Sitzung ließen sich nicht wiederherstellen (%1); die Voreinstellungen werden gezeigt.</translation>
    </message>
    <message>
        <source>Stop the run first to change the settings.</source>
        <translation>Halten Sie zuerst den Lauf an, um die Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>The form now holds that run&apos;s settings.</source>
        <translation>Das Formular enthält jetzt die Einstellungen dieses Laufs.</translation>
    </message>
    <message>
        <source>Save the checkpoint after every epoch (to the file this run was last saved to, or into the run&apos;s own folder in the Runs tab)</source>
        <translation>Den Checkpoint nach jeder Epoche speichern (in die Datei, in die dieser Lauf zuletzt gespeichert wurde, oder in den eigenen Ordner des Laufs im Tab „Läufe“)</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergiert</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Failed to start</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Das Beenden</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Train a stopped or finished run on: raise Epochs first. The added epochs follow the Schedule setting: one_cycle starts a new cycle over them, constant holds the learning rate (Ctrl+F5)</source>
        <translation>Einen angehaltenen oder beendeten Lauf weitertrainieren: zuerst die Epochen erhöhen. Die hinzugefügten Epochen folgen dem Lernratenplan: one_cycle beginnt über ihnen einen neuen Zyklus, constant hält die Lernrate fest (Strg+F5)</translation>
    </message>
    <message>
        <source>Starting a new run</source>
        <translation>Ein neuer Lauf</translation>
    </message>
    <message>
        <source>To continue, raise Epochs (a finished run needs more than it had); other settings than those that may change during a run need a new run.</source>
        <translation>Zum Fortsetzen die Epochen erhöhen (ein beendeter Lauf braucht mehr, als er hatte); andere Einstellungen als die während eines Laufs änderbaren brauchen einen neuen Lauf.</translation>
    </message>
    <message numerus="yes">
        <source>Continuing for %n more epoch(s) with a new one-cycle.</source>
        <translation>
            <numerusform>Fortsetzung um %n weitere Epoche mit einem neuen One-Cycle.</numerusform>
            <numerusform>Fortsetzung um %n weitere Epochen mit einem neuen One-Cycle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuing for %n more epoch(s) at a constant learning rate.</source>
        <translation>
            <numerusform>Fortsetzung um %n weitere Epoche mit konstanter Lernrate.</numerusform>
            <numerusform>Fortsetzung um %n weitere Epochen mit konstanter Lernrate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>Das Zurücksetzen</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>Der Lauf konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Opening a checkpoint</source>
        <translation>Das Öffnen eines Checkpoints</translation>
    </message>
    <message>
        <source>Nothing to save yet: start a run or open a checkpoint first.</source>
        <translation>Noch nichts zu speichern: zuerst einen Lauf starten oder einen Checkpoint öffnen.</translation>
    </message>
    <message>
        <source>Wait a moment: the run is being prepared or is stopping.</source>
        <translation>Einen Moment: Der Lauf wird vorbereitet oder angehalten.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 Worker</translation>
    </message>
    <message>
        <source>Data-parallel: %1 processes each train on their share of every batch&apos;s rows, and average their gradients every step</source>
        <translation>Datenparallel: %1 Prozesse trainieren je ihren Anteil an den Zeilen jedes Batches und mitteln ihre Gradienten bei jedem Schritt</translation>
    </message>
</context>
<context>
    <name>unroll::ParameterPlot</name>
    <message>
        <source>Gradient norm per parameter</source>
        <translation>Gradientennorm pro Parameter</translation>
    </message>
    <message>
        <source>Update / weight ratio</source>
        <translation>Verhältnis Update / Gewicht</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>‖∇w‖</source>
        <translation>‖∇w‖</translation>
    </message>
    <message>
        <source>‖Δw‖ / ‖w‖</source>
        <translation>‖Δw‖ / ‖w‖</translation>
    </message>
</context>
<context>
    <name>unroll::PlotPanel</name>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>Logarithmic value axis</source>
        <translation>Logarithmische Werteachse</translation>
    </message>
    <message>
        <source>Smoothing: 0 draws the raw values</source>
        <translation>Glättung: 0 zeichnet die Rohwerte</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the axes to the data and follow it again (or double-click the plot)</source>
        <translation>Die Achsen an die Daten anpassen und ihnen wieder folgen (oder auf das Diagramm doppelklicken)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Vektorgrafik (SVG)…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Daten (CSV)…</translation>
    </message>
    <message>
        <source>Smoothing: %1</source>
        <translation>Glättung: %1</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 (abandoned by a rewind)</source>
        <translation>%1 (durch Zurückspulen verworfen)</translation>
    </message>
    <message>
        <source>the SVG could not be drawn</source>
        <translation>das SVG ließ sich nicht zeichnen</translation>
    </message>
</context>
<context>
    <name>unroll::ProgressPanel</name>
    <message>
        <source>epoch %1 of %2</source>
        <translation>Epoche %1 von %2</translation>
    </message>
    <message>
        <source>batch %1 of %2</source>
        <translation>Batch %1 von %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation>noch kein Lauf</translation>
    </message>
</context>
<context>
    <name>unroll::RaceDialog</name>
    <message>
        <source>Race architectures</source>
        <translation>Architekturen im Wettlauf</translation>
    </message>
    <message>
        <source>The racers train on the form&apos;s corpus with its seed, so every one sees the same batches in the same order.</source>
        <translation>Die Teilnehmer trainieren auf dem Korpus des Formulars mit dessen Seed, sodass jeder dieselben Batches in derselben Reihenfolge sieht.</translation>
    </message>
    <message>
        <source>interleaved, one step each in turn</source>
        <translation>verschränkt, abwechselnd je ein Schritt</translation>
    </message>
    <message>
        <source>one after another</source>
        <translation>nacheinander</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Start the race</source>
        <translation>Wettlauf starten</translation>
    </message>
</context>
<context>
    <name>unroll::RunsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Follow a run log…</source>
        <translation>Lauf-Log verfolgen…</translation>
    </message>
    <message>
        <source>Plot a run log that unroll-cli train --log is still writing, live</source>
        <translation>Ein Lauf-Log, das unroll-cli train --log noch schreibt, live zeichnen</translation>
    </message>
    <message>
        <source>Race…</source>
        <translation>Wettlauf…</translation>
    </message>
    <message>
        <source>Train several presets on the same data and batch order</source>
        <translation>Mehrere Presets auf denselben Daten und in derselben Batch-Reihenfolge trainieren</translation>
    </message>
    <message>
        <source>Stop the race</source>
        <translation>Wettlauf anhalten</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>valid loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>training time</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>The race stopped: %1</source>
        <translation>Der Wettlauf wurde beendet: %1</translation>
    </message>
    <message>
        <source>running (epoch %1 of %2)</source>
        <translation>läuft (Epoche %1 von %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is still training: stop it before deleting it.</source>
        <translation>„%1“ trainiert noch: halten Sie ihn an, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message>
        <source>Delete %1 run(s) and everything in their folders (%2)? This cannot be undone.</source>
        <translation>%1 Lauf/Läufe und alles in ihren Ordnern löschen (%2)? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Follow a run log</source>
        <translation>Ein Lauf-Log verfolgen</translation>
    </message>
    <message>
        <source>Run logs (*.jsonl);;All files (*)</source>
        <translation>Lauf-Logs (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open its checkpoint</source>
        <translation>Seinen Checkpoint öffnen</translation>
    </message>
    <message>
        <source>Load the run&apos;s last checkpoint into the window, to resume, inspect or generate from it</source>
        <translation>Den letzten Checkpoint des Laufs ins Fenster laden, um ihn fortzusetzen, zu untersuchen oder daraus zu generieren</translation>
    </message>
    <message>
        <source>Use its settings</source>
        <translation>Seine Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Put the run&apos;s configuration in the form</source>
        <translation>Die Konfiguration des Laufs ins Formular übernehmen</translation>
    </message>
    <message>
        <source>The run&apos;s settings cannot be read: %1</source>
        <translation>Die Einstellungen des Laufs lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Seinen Ordner öffnen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
</context>
<context>
    <name>unroll::SchedulePlot</name>
    <message>
        <source>Learning rate and momentum</source>
        <translation>Lernrate und Momentum</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>β1</source>
        <translation>β1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
</context>
<context>
    <name>unroll::ScriptedRun</name>
    <message>
        <source>cannot apply setting &apos;%1&apos;</source>
        <translation>Einstellung &apos;%1&apos; kann nicht angewendet werden</translation>
    </message>
    <message>
        <source>cannot write screenshot: %1</source>
        <translation>Bildschirmfoto nicht schreibbar: %1</translation>
    </message>
    <message>
        <source>cannot write report: %1</source>
        <translation>Bericht nicht schreibbar: %1</translation>
    </message>
</context>
<context>
    <name>unroll::StreamLayoutView</name>
    <message>
        <source>group_chunks: row j reads the text from sample j·%1 on; batch i+1 continues every row of batch i (the state carries into its own text)</source>
        <translation>group_chunks: Zeile j liest den Text ab Beispiel j·%1; Batch i+1 setzt jede Zeile von Batch i fort (der Zustand wird in den eigenen Text weitergegeben)</translation>
    </message>
    <message>
        <source>In order: batch i holds samples i·%1 … i·%1+%2, so a row&apos;s next batch reads other text (a carried state would be wrong)</source>
        <translation>Der Reihe nach: Batch i enthält die Beispiele i·%1 … i·%1+%2, daher liest der nächste Batch einer Zeile anderen Text (ein weitergegebener Zustand wäre falsch)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>tokens %1–%2</source>
        <translation>Tokens %1–%2</translation>
    </message>
    <message>
        <source>▲ batch %1</source>
        <translation>▲ Batch %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>+%1 rows</source>
        <translation>+%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>unroll::TrainingController</name>
    <message>
        <source>Changing the settings</source>
        <translation>Ändern der Einstellungen</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <source>Finding a learning rate</source>
        <translation>Suche nach einer Lernrate</translation>
    </message>
    <message>
        <source>Preparing the run</source>
        <translation>Vorbereiten des Laufs</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Start a run or open a checkpoint first: generation uses the model&apos;s current weights.</source>
        <translation>Starten Sie zuerst einen Lauf oder öffnen Sie einen Checkpoint: Die Generierung verwendet die aktuellen Gewichte des Modells.</translation>
    </message>
    <message>
        <source>Reading a validation batch</source>
        <translation>Lesen eines Validierungsbatches</translation>
    </message>
    <message>
        <source>Validating in shuffled order</source>
        <translation>Validieren in gemischter Reihenfolge</translation>
    </message>
    <message>
        <source>Continuing the run</source>
        <translation>Fortsetzen des Laufs</translation>
    </message>
    <message>
        <source>Recovering the run</source>
        <translation>Wiederherstellen des Laufs</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>there is no model to save: start a run or open a checkpoint first</source>
        <translation>es gibt kein Modell zu speichern: zuerst einen Lauf starten oder einen Checkpoint öffnen</translation>
    </message>
    <message>
        <source>Recording the run</source>
        <translation>Aufzeichnen des Laufs</translation>
    </message>
</context>
</TS>
