<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LayoutSummary</name>
    <message>
        <source>Corpus: %1, read when the run starts.</source>
        <translation>Corpus : %1, lu au démarrage de l&apos;exécution.</translation>
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
        <source>, laid out by group_chunks</source>
        <translation>, disposés par group_chunks</translation>
    </message>
    <message>
        <source>Human Numbers as %1 tokens, counted when the run starts.</source>
        <translation>Human Numbers en jetons %1, comptés au début de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Line breaks read as &apos; . &apos;.</source>
        <translation>Sauts de ligne lus comme &apos; . &apos;.</translation>
    </message>
    <message>
        <source>Line breaks kept as characters.</source>
        <translation>Sauts de ligne gardés comme caractères.</translation>
    </message>
    <message>
        <source>Line breaks read as the token ⏎.</source>
        <translation>Sauts de ligne lus comme le jeton ⏎.</translation>
    </message>
    <message>
        <source>Line breaks read as spaces.</source>
        <translation>Sauts de ligne lus comme des espaces.</translation>
    </message>
    <message>
        <source>%1: %2 tokens, a vocabulary of %3. %4; %5 train / %6 valid samples%7; %8 batches of %9 per epoch.</source>
        <translation>%1 : %2 jetons, un vocabulaire de %3. %4 ; %5 exemples d&apos;entraînement / %6 de validation%7 ; %8 lots de %9 par époque.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>QMenu</name>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergente</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
</context>
<context>
    <name>WindowQuestions</name>
    <message>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>Points de contrôle (*.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved training</source>
        <translation>Entraînement non enregistré</translation>
    </message>
    <message>
        <source>%1 drops the model, whose training since it was last saved is in no checkpoint. Save it first?</source>
        <translation>%1 abandonne le modèle, dont l’entraînement depuis le dernier enregistrement n’est dans aucun point de contrôle. L’enregistrer d’abord ?</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Ne plus demander</translation>
    </message>
    <message>
        <source>Save Checkpoint</source>
        <translation>Enregistrer le point de contrôle</translation>
    </message>
    <message>
        <source>Open Checkpoint</source>
        <translation>Ouvrir un point de contrôle</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>&apos;%1&apos; is not a choice of %2</source>
        <translation>&apos;%1&apos; n&apos;est pas un choix possible pour %2</translation>
    </message>
    <message>
        <source>file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>this run cannot be rewound</source>
        <translation>cette exécution ne peut pas revenir en arrière</translation>
    </message>
    <message>
        <source>this run cannot be continued</source>
        <translation>cette exécution ne peut pas être poursuivie</translation>
    </message>
    <message>
        <source>unknown architecture &apos;%1&apos;; available: %2</source>
        <translation>architecture inconnue &apos;%1&apos; ; disponibles : %2</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; `unroll-cli train --help` lists every setting</source>
        <translation>paramètre inconnu &apos;%1&apos; ; `unroll-cli train --help` liste tous les paramètres</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>paramètre inconnu &apos;%1&apos; ; vouliez-vous dire &apos;%2&apos; ?</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; cannot be &apos;%2&apos;: allowed %3</source>
        <translation>le paramètre &apos;%1&apos; ne peut pas valoir &apos;%2&apos; (valeurs autorisées : %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form key=value (for example lr=0.003)</source>
        <translation>&apos;%1&apos; n&apos;est pas de la forme key=value (par exemple lr=0.003)</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range: allowed %3</source>
        <translation>%1 = %2 est hors limites (valeurs autorisées : %3)</translation>
    </message>
    <message>
        <source>%1 = %2 is not allowed: %3</source>
        <translation>%1 = %2 n&apos;est pas permis (valeurs autorisées : %3)</translation>
    </message>
    <message>
        <source>seq_len = %1 does not fit arch %2, which is unrolled by hand over exactly %3 tokens: set seq_len=%3 or pick another arch</source>
        <translation>seq_len = %1 ne convient pas à arch %2, déroulée à la main sur exactement %3 jetons : définissez seq_len=%3 ou choisissez une autre arch</translation>
    </message>
    <message>
        <source>cell = refactored is the LSTM&apos;s refactored cell; arch %1 has fused, libtorch and scratch only</source>
        <translation>cell = refactored est la cellule refactorisée du LSTM ; arch %1 n&apos;a que fused, libtorch et scratch</translation>
    </message>
    <message>
        <source>cell = refactored is the LSTM&apos;s refactored cell; arch %1 has fused and scratch only</source>
        <translation>cell = refactored est la cellule refactorisée du LSTM ; arch %1 n&apos;a que fused et scratch</translation>
    </message>
    <message>
        <source>cell = libtorch is libtorch&apos;s LSTM or GRU; arch %1 has fused and scratch only</source>
        <translation>cell = libtorch est le LSTM ou le GRU de libtorch ; arch %1 n&apos;a que fused et scratch</translation>
    </message>
    <message>
        <source>%1 = %2 has no effect on arch %3: it is used by %4</source>
        <translation>%1 = %2 n&apos;a aucun effet sur arch %3 : il est utilisé par %4</translation>
    </message>
    <message>
        <source>corpus is empty: give builtin:human-numbers or the path of a UTF-8 text file</source>
        <translation>le corpus est vide : indiquez builtin:human-numbers ou le chemin d&apos;un fichier texte UTF-8</translation>
    </message>
    <message>
        <source>%1: a NUL byte at offset %2 — a configuration is a JSON text file</source>
        <translation>%1 : un octet NUL à la position %2 — une configuration est un fichier texte JSON</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; appears twice — keep one</source>
        <translation>%1 : le paramètre &apos;%2&apos; apparaît deux fois — n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1 : JSON non valide (%2)</translation>
    </message>
    <message>
        <source>%1: expected a JSON object of settings, like {&quot;lr&quot;: 0.003}</source>
        <translation>%1 : objet JSON de paramètres attendu, comme {&quot;lr&quot;: 0.003}</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; cannot be %3: allowed %4</source>
        <translation>%1 : le paramètre &apos;%2&apos; ne peut pas valoir %3 (valeurs autorisées : %4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 (weights %2, gradients, optimizer and snapshots %3, one step&apos;s activations %4, data %5)</source>
        <translation>%1 (poids %2, gradients, optimiseur et instantanés %3, activations d&apos;un pas %4, données %5)</translation>
    </message>
    <message>
        <source>max_memory_mb = %1</source>
        <translation>max_memory_mb = %1</translation>
    </message>
    <message>
        <source>%1 available on this machine</source>
        <translation>les %1 disponibles sur cette machine</translation>
    </message>
    <message>
        <source>lower batch_size, seq_len or hidden</source>
        <translation>baissez batch_size, seq_len ou hidden</translation>
    </message>
    <message>
        <source>lower hidden or layers</source>
        <translation>baissez hidden ou layers</translation>
    </message>
    <message>
        <source>this run needs about %1, more than the %2 — %3, or set max_memory_mb to the memory it may use if the estimate is wrong</source>
        <translation>cette exécution a besoin d&apos;environ %1, plus que %2 — %3, ou réglez max_memory_mb sur la mémoire qu&apos;elle peut utiliser si l&apos;estimation est fausse</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; available: %2</source>
        <translation>préréglage inconnu &apos;%1&apos; ; disponibles : %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>une valeur parmi : %1</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>n&apos;importe quel texte</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>greater than %1 up to %2</source>
        <translation>supérieur à %1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>corpus &apos;%1&apos; is too short: %2 tokens, but %3 with batch_size %4 and seq_len %5 needs at least %6 for one training and one validation batch — use a longer text or a smaller batch_size or seq_len</source>
        <translation>le corpus &apos;%1&apos; est trop court : %2 jetons, mais %3 avec batch_size %4 et seq_len %5 en demande au moins %6 pour un lot d&apos;entraînement et un lot de validation — utilisez un texte plus long ou un batch_size ou un seq_len plus petit</translation>
    </message>
    <message>
        <source>subword helper output</source>
        <translation>la sortie de l&apos;outil de sous-mots</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>le corpus</translation>
    </message>
    <message>
        <source>raise max_corpus_mb (now %1) if the machine has the memory, or use part of the file</source>
        <translation>augmentez max_corpus_mb (actuellement %1) si la machine a assez de mémoire, ou utilisez une partie du fichier</translation>
    </message>
    <message>
        <source>loading corpus &apos;%1&apos; was cancelled</source>
        <translation>le chargement du corpus &apos;%1&apos; a été annulé</translation>
    </message>
    <message>
        <source>corpus &apos;%1&apos; is empty (0 bytes) — choose a text file with enough words for a training and a validation batch</source>
        <translation>le corpus &apos;%1&apos; est vide (0 octet) — choisissez un fichier texte avec assez de mots pour un lot d&apos;entraînement et un lot de validation</translation>
    </message>
    <message>
        <source>corpus &apos;%1&apos; looks binary: NUL byte at offset %2 (line %3) — Unroll reads plain UTF-8 text</source>
        <translation>le corpus &apos;%1&apos; semble binaire : octet NUL à la position %2 (ligne %3) — Unroll lit du texte brut en UTF-8</translation>
    </message>
    <message>
        <source>corpus &apos;%1&apos; is not valid UTF-8: byte %2 at offset %3 (line %4, column %5) — re-save it as UTF-8, e.g. iconv -f latin1 -t utf-8</source>
        <translation>le corpus &apos;%1&apos; n&apos;est pas en UTF-8 valide : octet %2 à la position %3 (ligne %4, colonne %5) — réenregistrez-le en UTF-8, par ex. avec iconv -f latin1 -t utf-8</translation>
    </message>
    <message>
        <source>corpus &apos;%1&apos; holds only whitespace — it has no words to train on</source>
        <translation>le corpus &apos;%1&apos; ne contient que des espaces — il n&apos;a aucun mot sur lequel s&apos;entraîner</translation>
    </message>
    <message>
        <source>unknown built-in corpus &apos;%1&apos;; the built-in one is %2</source>
        <translation>corpus intégré inconnu &apos;%1&apos; ; le seul corpus intégré est %2</translation>
    </message>
    <message>
        <source>the prompt has characters the model never saw: %1. Its vocabulary has %2 characters: %3</source>
        <translation>l&apos;amorce contient des caractères que le modèle n&apos;a jamais vus : %1. Son vocabulaire compte %2 caractères : %3</translation>
    </message>
    <message>
        <source>the prompt has words the model never saw: %1. Its vocabulary has %2 words: %3</source>
        <translation>l&apos;amorce contient des mots que le modèle n&apos;a jamais vus : %1. Son vocabulaire compte %2 mots : %3</translation>
    </message>
    <message>
        <source>the prompt is not valid UTF-8</source>
        <translation>l&apos;amorce n&apos;est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>the prompt is empty: give at least one character</source>
        <translation>l&apos;amorce est vide : saisissez au moins un caractère</translation>
    </message>
    <message>
        <source>the prompt is empty: give at least one word</source>
        <translation>l&apos;amorce est vide : saisissez au moins un mot</translation>
    </message>
    <message>
        <source>unknown sampling option &apos;%1&apos;; the options are %2</source>
        <translation>option d&apos;échantillonnage inconnue &apos;%1&apos; ; les options sont %2</translation>
    </message>
    <message>
        <source>%1 cannot be &apos;%2&apos;: allowed %3</source>
        <translation>%1 ne peut pas valoir &apos;%2&apos; (valeurs autorisées : %3)</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>le point de contrôle</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>une FIFO (tube nommé)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the disk is full (%1) — free some space or choose another folder</source>
        <translation>le disque est plein (%1) — libérez de l&apos;espace ou choisissez un autre dossier</translation>
    </message>
    <message>
        <source>%1 — the file system cannot hold a file this large; choose another folder</source>
        <translation>%1 — le système de fichiers ne peut pas contenir un fichier aussi gros ; choisissez un autre dossier</translation>
    </message>
    <message>
        <source>the device failed (%1) — check the disk</source>
        <translation>le périphérique a signalé une erreur (%1) — vérifiez le disque</translation>
    </message>
    <message>
        <source>%1 — choose a folder on a writable disk</source>
        <translation>%1 — choisissez un dossier sur un disque accessible en écriture</translation>
    </message>
    <message>
        <source>%1 — check the permissions</source>
        <translation>%1 — vérifiez les permissions</translation>
    </message>
    <message>
        <source>too many levels of symbolic links (a link that points to itself?)</source>
        <translation>trop de niveaux de liens symboliques (un lien qui pointe vers lui-même ?)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>no %1 given — name a file</source>
        <translation>aucun chemin indiqué pour %1 — indiquez un fichier</translation>
    </message>
    <message>
        <source>reading %1 &apos;%2&apos; was cancelled</source>
        <translation>lecture annulée pour %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 — check the path</source>
        <translation>%1 — vérifiez le chemin</translation>
    </message>
    <message>
        <source>cannot read %1 &apos;%2&apos;: %3</source>
        <translation>impossible de lire %1 &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <source>cannot read %1 &apos;%2&apos;: it is %3, not a regular file — choose a file inside it</source>
        <translation>impossible de lire %1 &apos;%2&apos; : c&apos;est %3, pas un fichier ordinaire — choisissez un fichier à l&apos;intérieur</translation>
    </message>
    <message>
        <source>cannot read %1 &apos;%2&apos;: it is %3, not a regular file — choose a file</source>
        <translation>impossible de lire %1 &apos;%2&apos; : c&apos;est %3, pas un fichier ordinaire — choisissez un fichier</translation>
    </message>
    <message>
        <source>cannot read %1 &apos;%2&apos;: it is %3, more than the limit of %4</source>
        <translation>impossible de lire %1 &apos;%2&apos; : le fichier fait %3, plus que la limite de %4</translation>
    </message>
    <message>
        <source>no path given — name a file</source>
        <translation>aucun chemin indiqué — indiquez un fichier</translation>
    </message>
    <message>
        <source>it names a folder, not a file — add a file name</source>
        <translation>le chemin désigne un dossier, pas un fichier — ajoutez un nom de fichier</translation>
    </message>
    <message>
        <source>it is %1, not a regular file; nothing was written — choose a file path</source>
        <translation>c&apos;est %1, pas un fichier ordinaire ; rien n&apos;a été écrit — choisissez un chemin de fichier</translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;</source>
        <translation>impossible d&apos;enregistrer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>its folder %1: %2</source>
        <translation>son dossier %1 : %2</translation>
    </message>
    <message>
        <source>%1; the previous file is unchanged</source>
        <translation>%1 ; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>helper log</source>
        <translation>le journal de l&apos;outil auxiliaire</translation>
    </message>
    <message>
        <source>cannot write %1 &apos;%2&apos;</source>
        <translation>impossible d&apos;écrire %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>it is %1, not a regular file — choose a file path</source>
        <translation>c&apos;est %1, pas un fichier ordinaire — choisissez un chemin de fichier</translation>
    </message>
    <message>
        <source>another process is writing it — give each run its own %1</source>
        <translation>un autre processus est en train de l&apos;écrire — %1 doit être propre à chaque exécution</translation>
    </message>
    <message>
        <source>run log</source>
        <translation>le journal d&apos;exécution</translation>
    </message>
    <message>
        <source>run summary</source>
        <translation>le résumé de l&apos;exécution</translation>
    </message>
    <message>
        <source>the logits</source>
        <translation>les logits</translation>
    </message>
    <message>
        <source>the embedding output</source>
        <translation>la sortie du plongement</translation>
    </message>
    <message>
        <source>the hidden state</source>
        <translation>l&apos;état caché</translation>
    </message>
    <message>
        <source>the %1 hidden state</source>
        <translation>l&apos;état caché de %1</translation>
    </message>
    <message>
        <source>lower the learning rate (lr is %1), clip gradients (clip=1), or use an LSTM (arch lm6) instead of a plain RNN</source>
        <translation>baisser le taux d&apos;apprentissage (lr vaut %1), écrêter les gradients (clip=1) ou utiliser un LSTM (arch lm6) au lieu d&apos;un RNN simple</translation>
    </message>
    <message>
        <source>lower the learning rate (lr is %1), clip gradients (clip=1)</source>
        <translation>baisser le taux d&apos;apprentissage (lr vaut %1), écrêter les gradients (clip=1)</translation>
    </message>
    <message>
        <source>lower the learning rate (lr is %1), or use an LSTM (arch lm6) instead of a plain RNN</source>
        <translation>baisser le taux d&apos;apprentissage (lr vaut %1) ou utiliser un LSTM (arch lm6) au lieu d&apos;un RNN simple</translation>
    </message>
    <message>
        <source>lower the learning rate (lr is %1)</source>
        <translation>baisser le taux d&apos;apprentissage (lr vaut %1)</translation>
    </message>
    <message>
        <source>The run is paused; resuming retries this batch.</source>
        <translation>L&apos;exécution est en pause ; à la reprise, ce lot est retenté.</translation>
    </message>
    <message>
        <source>This batch&apos;s update was skipped.</source>
        <translation>La mise à jour de ce lot a été sautée.</translation>
    </message>
    <message>
        <source>The run rewinds to its last snapshot.</source>
        <translation>L&apos;exécution revient à son dernier instantané.</translation>
    </message>
    <message>
        <source>The run stopped.</source>
        <translation>L&apos;exécution s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>step %1 (epoch %2, batch %3): %4; the weights were not updated. %5 Try: %6.</source>
        <translation>pas %1 (époque %2, lot %3) : %4 ; les poids n&apos;ont pas été mis à jour. %5 À essayer : %6.</translation>
    </message>
    <message>
        <source>%1 became non-finite (inf or NaN) at time step %2 of %3</source>
        <translation>une valeur non finie (inf ou NaN) est apparue dans %1 au pas de temps %2 sur %3</translation>
    </message>
    <message>
        <source>%1 became non-finite (inf or NaN)</source>
        <translation>une valeur non finie (inf ou NaN) est apparue dans %1</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>logits</translation>
    </message>
    <message>
        <source>%1 activation</source>
        <translation>activation de %1</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>the loss became %1</source>
        <translation>la perte est devenue %1</translation>
    </message>
    <message>
        <source>AR term</source>
        <translation>terme AR</translation>
    </message>
    <message>
        <source>the activation regularization term became %1</source>
        <translation>le terme de régularisation des activations est devenu %1</translation>
    </message>
    <message>
        <source>TAR term</source>
        <translation>terme TAR</translation>
    </message>
    <message>
        <source>the temporal activation regularization term became %1</source>
        <translation>le terme de régularisation temporelle des activations est devenu %1</translation>
    </message>
    <message>
        <source>gradient of %1</source>
        <translation>gradient de %1</translation>
    </message>
    <message>
        <source>the gradient of %1 became non-finite (inf or NaN)</source>
        <translation>le gradient de %1 est devenu non fini (inf ou NaN)</translation>
    </message>
    <message>
        <source>the loss %1 passed loss_limit %2 x the first loss %3</source>
        <translation>la perte %1 a dépassé loss_limit %2 × la première perte %3</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>the update made a weight non-finite</source>
        <translation>la mise à jour a rendu un poids non fini</translation>
    </message>
    <message>
        <source>%1 Rewound to step %2 (rewind %3 of %4): lr %5 -&gt; %6, gradient clipping at 1.</source>
        <translation>%1 Retour au pas %2 (retour arrière %3 sur %4) : lr %5 -&gt; %6, écrêtage des gradients à 1.</translation>
    </message>
    <message>
        <source>%1 Rewound to step %2 (rewind %3 of %4): lr %5 -&gt; %6.</source>
        <translation>%1 Retour au pas %2 (retour arrière %3 sur %4) : lr %5 -&gt; %6.</translation>
    </message>
    <message>
        <source>%1 No rewind was left (max_rewinds %2), so the run stopped instead.</source>
        <translation>%1 Il ne restait plus aucun retour arrière (max_rewinds %2) : l&apos;exécution s&apos;est donc arrêtée.</translation>
    </message>
    <message>
        <source>%1 cannot change during a run (it is %2); stop and reset the run to change it</source>
        <translation>%1 ne peut pas changer pendant une exécution (sa valeur est %2) ; arrêtez et réinitialisez l&apos;exécution pour le modifier</translation>
    </message>
    <message>
        <source>%1 cannot change when resuming: the checkpoint was trained with %1 = %2</source>
        <translation>%1 ne peut pas changer à la reprise : le point de contrôle a été entraîné avec %1 = %2</translation>
    </message>
    <message>
        <source>epochs = %1 is fewer than the %2 the checkpoint has already begun</source>
        <translation>epochs = %1 est inférieur aux %2 époques que le point de contrôle a déjà commencées</translation>
    </message>
    <message>
        <source>%1 reads %2 tokens at a time: give a prompt of at least %2 tokens</source>
        <translation>%1 lit %2 jetons à la fois : saisissez une amorce d&apos;au moins %2 jetons</translation>
    </message>
    <message>
        <source>batch %1 of epoch %2 is skipped, without an update</source>
        <translation>le lot %1 de l&apos;époque %2 est sauté, sans mise à jour</translation>
    </message>
    <message>
        <source>Step %1: %2.</source>
        <translation>Pas %1 : %2.</translation>
    </message>
    <message>
        <source>a rewind lowers the learning rate (a factor of 1 or more) and clips at a positive norm</source>
        <translation>un retour en arrière abaisse le taux d&apos;apprentissage (d&apos;un facteur de 1 ou plus) et écrête à une norme positive</translation>
    </message>
    <message>
        <source>no snapshot before step %1 is kept to rewind to (snapshots are taken at the start of each epoch and every snapshot_every steps, and a rewind never goes back over a validation)</source>
        <translation>aucun instantané antérieur au pas %1 n&apos;est conservé pour y revenir (les instantanés sont pris au début de chaque époque et tous les snapshot_every pas, et un retour en arrière ne remonte jamais au-delà d&apos;une validation)</translation>
    </message>
    <message>
        <source>the learning rate %1 cannot be divided by %2 (it would fall below the lowest allowed)</source>
        <translation>le taux d&apos;apprentissage %1 ne peut pas être divisé par %2 (il passerait sous le minimum autorisé)</translation>
    </message>
    <message>
        <source>rewound to step %1 with learning rate %2 -&gt; %3, gradient clipping at %4</source>
        <translation>retour au pas %1 avec un taux d&apos;apprentissage %2 -&gt; %3, écrêtage des gradients à %4</translation>
    </message>
    <message>
        <source>rewound to step %1 with learning rate %2 -&gt; %3</source>
        <translation>retour au pas %1 avec un taux d&apos;apprentissage %2 -&gt; %3</translation>
    </message>
    <message>
        <source>rewound to step %1 with gradient clipping at %2</source>
        <translation>retour au pas %1 avec écrêtage des gradients à %2</translation>
    </message>
    <message>
        <source>rewound to step %1</source>
        <translation>retour au pas %1</translation>
    </message>
    <message>
        <source>Step %1: %2; the steps after %3 are abandoned.</source>
        <translation>Pas %1 : %2 ; les pas suivant le pas %3 sont abandonnés.</translation>
    </message>
    <message>
        <source>%1 cannot change when a run continues (it is %2); start a new run to change it</source>
        <translation>%1 ne peut pas changer quand une exécution se poursuit (sa valeur est %2) ; démarrez une nouvelle exécution pour le modifier</translation>
    </message>
    <message>
        <source>to continue, raise epochs above the run&apos;s %1</source>
        <translation>pour continuer, augmentez epochs au-delà des %1 de l&apos;exécution</translation>
    </message>
    <message>
        <source>config file</source>
        <translation>le fichier de configuration</translation>
    </message>
    <message>
        <source>a configuration is a small JSON object of settings</source>
        <translation>une configuration est un petit objet JSON de paramètres</translation>
    </message>
    <message>
        <source>a racer diverged: %1 — its log names the step; lower its learning rate</source>
        <translation>un concurrent a divergé : %1 — son journal indique le pas ; baissez son taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>run settings</source>
        <translation>les paramètres de l&apos;exécution</translation>
    </message>
    <message>
        <source>status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>this checkpoint has no checksum (saved by an older Unroll): it loads, but damage to it cannot be detected — save it again to add one</source>
        <translation>ce point de contrôle n&apos;a pas de somme de contrôle (enregistré par une ancienne version d&apos;Unroll) : il se charge, mais un endommagement ne pourrait pas être détecté — enregistrez-le à nouveau pour en ajouter une</translation>
    </message>
    <message>
        <source>subword tokens need the program %1, which is neither beside this program nor at %2 — build it (cmake --build … --target unroll-subword) or set UNROLL_SUBWORD to its path</source>
        <translation>les jetons de sous-mots nécessitent le programme %1, qui ne se trouve ni à côté de ce programme ni à l&apos;emplacement %2 — compilez-le (cmake --build … --target unroll-subword) ou indiquez son chemin dans UNROLL_SUBWORD</translation>
    </message>
    <message>
        <source>it stopped with status %1: %2</source>
        <translation>il s&apos;est arrêté avec le statut %1 : %2</translation>
    </message>
    <message>
        <source>%1 — subword tokens need this program: build the target unroll-subword, or set UNROLL_SUBWORD to where it is</source>
        <translation>%1 — les jetons de sous-mots nécessitent ce programme : compilez la cible unroll-subword ou indiquez son emplacement dans UNROLL_SUBWORD</translation>
    </message>
    <message>
        <source>loading the subword corpus was cancelled</source>
        <translation>le chargement du corpus de sous-mots a été annulé</translation>
    </message>
    <message>
        <source>cannot hand the text to the subword helper: %1</source>
        <translation>impossible de transmettre le texte à l&apos;outil de sous-mots : %1</translation>
    </message>
    <message>
        <source>the subword helper&apos;s output is missing: %1</source>
        <translation>la sortie de l&apos;outil de sous-mots est absente : %1</translation>
    </message>
    <message>
        <source>the subword helper returned piece id %1 of a model with %2 pieces — the model is damaged</source>
        <translation>l&apos;outil de sous-mots a renvoyé l&apos;identifiant de pièce %1 pour un modèle de %2 pièces — le modèle est endommagé</translation>
    </message>
    <message>
        <source>the subword helper wrote no model</source>
        <translation>l&apos;outil de sous-mots n&apos;a écrit aucun modèle</translation>
    </message>
    <message>
        <source>not a valid safetensors file: %1</source>
        <translation>fichier safetensors non valide : %1</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing</source>
        <translation>le tenseur &apos;%1&apos; est absent</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2, expected %3</source>
        <translation>le tenseur &apos;%1&apos; est de type %2, %3 attendu</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape [%2], this model needs [%3]</source>
        <translation>le tenseur &apos;%1&apos; a la forme [%2], ce modèle demande [%3]</translation>
    </message>
    <message>
        <source>its contents do not match its checksum (%1, now %2): the file was damaged after it was saved (a flipped bit, a bad disk or copy) — use another copy or an earlier checkpoint</source>
        <translation>son contenu ne correspond pas à sa somme de contrôle (%1, maintenant %2) : le fichier a été endommagé après son enregistrement (un bit inversé, un disque ou une copie défectueux) — utilisez une autre copie ou un point de contrôle antérieur</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds inf or NaN values</source>
        <translation>le tenseur &apos;%1&apos; contient des valeurs inf ou NaN</translation>
    </message>
    <message>
        <source>its metadata has no &quot;%1&quot;</source>
        <translation>ses métadonnées ne contiennent pas de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is not valid JSON (%2)</source>
        <translation>l&apos;entrée de métadonnées &quot;%1&quot; n&apos;est pas du JSON valide (%2)</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; lacks a valid &quot;%2&quot;</source>
        <translation>l&apos;entrée de métadonnées &quot;%1&quot; n&apos;a pas de &quot;%2&quot; valide</translation>
    </message>
    <message>
        <source>checkpoint &apos;%1&apos;: %2</source>
        <translation>point de contrôle &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>not an Unroll checkpoint: its metadata has no &quot;format&quot; (a safetensors file from another program?)</source>
        <translation>ce n&apos;est pas un point de contrôle Unroll : ses métadonnées ne contiennent pas de &quot;format&quot; (un fichier safetensors d&apos;un autre programme ?)</translation>
    </message>
    <message>
        <source>not an Unroll checkpoint: its format is &quot;%1&quot;</source>
        <translation>ce n&apos;est pas un point de contrôle Unroll : son format est &quot;%1&quot;</translation>
    </message>
    <message>
        <source>written in checkpoint format %1; this Unroll reads format %2 — open it with the Unroll that wrote it</source>
        <translation>écrit au format de point de contrôle %1 ; cette version d&apos;Unroll lit le format %2 — ouvrez-le avec la version d&apos;Unroll qui l&apos;a écrit</translation>
    </message>
    <message>
        <source>its configuration is not valid here: %1</source>
        <translation>sa configuration n&apos;est pas valide ici : %1</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is not a non-empty list</source>
        <translation>l&apos;entrée de métadonnées &quot;%1&quot; n&apos;est pas une liste non vide</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; holds a non-string</source>
        <translation>l&apos;entrée de métadonnées &quot;%1&quot; contient une valeur qui n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; lists &quot;%2&quot; twice</source>
        <translation>l&apos;entrée de métadonnées &quot;%1&quot; contient &quot;%2&quot; deux fois</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; has a subword_model that is not base64</source>
        <translation>l&apos;entrée de métadonnées &quot;%1&quot; a un subword_model qui n&apos;est pas en base64</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; holds a negative count (or a cycle start past its step)</source>
        <translation>l&apos;entrée de métadonnées &quot;%1&quot; contient un compte négatif (ou un début de cycle au-delà de son pas)</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is at epoch %2 of a %3-epoch run</source>
        <translation>l&apos;entrée de métadonnées &quot;%1&quot; en est à l&apos;époque %2 d&apos;une exécution de %3 époques</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; has a negative step count</source>
        <translation>l&apos;entrée de métadonnées &quot;%1&quot; a un nombre de pas négatif</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is not a list</source>
        <translation>l&apos;entrée de métadonnées &quot;%1&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; holds a non-boolean</source>
        <translation>l&apos;entrée de métadonnées &quot;%1&quot; contient une valeur non booléenne</translation>
    </message>
    <message>
        <source>cannot make a temporary folder in %1: %2 — check TMPDIR</source>
        <translation>impossible de créer un dossier temporaire dans %1 : %2 — vérifiez TMPDIR</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>lost track of %1: %2</source>
        <translation>impossible de continuer à suivre %1 : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run of %2</source>
        <translation>&apos;%1&apos; n&apos;est pas une exécution de %2</translation>
    </message>
    <message>
        <source>there is no run &apos;%1&apos; in %2 — it may have been deleted; refresh the list</source>
        <translation>il n&apos;y a pas d&apos;exécution &apos;%1&apos; dans %2 — elle a peut-être été supprimée ; actualisez la liste</translation>
    </message>
    <message>
        <source>cannot make the run folder %1: %2 — check that the runs folder (UNROLL_RUNS) is writable</source>
        <translation>impossible de créer le dossier de l&apos;exécution %1 : %2 — vérifiez que le dossier des exécutions (UNROLL_RUNS) est accessible en écriture</translation>
    </message>
    <message>
        <source>cannot record the run: %1</source>
        <translation>impossible d&apos;enregistrer l&apos;exécution : %1</translation>
    </message>
    <message>
        <source>run.json cannot be read (%1); what is shown comes from the log</source>
        <translation>impossible de lire run.json (%1) ; ce qui est affiché provient du journal</translation>
    </message>
    <message>
        <source>run.json is missing; what is shown comes from the log</source>
        <translation>run.json est absent ; ce qui est affiché provient du journal</translation>
    </message>
    <message>
        <source>the run&apos;s folder cannot be read: %1</source>
        <translation>impossible de lire le dossier de l&apos;exécution : %1</translation>
    </message>
    <message>
        <source>a run&apos;s name cannot be empty</source>
        <translation>le nom d&apos;une exécution ne peut pas être vide</translation>
    </message>
    <message>
        <source>cannot rename the run: %1</source>
        <translation>impossible de renommer l&apos;exécution : %1</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>it was trained on &apos;%1&apos; (%2 tokens, %3 words), but &apos;%4&apos; is different (%5 tokens, %6 words) — give the same corpus (--corpus FILE) to continue</source>
        <translation>il a été entraîné sur &apos;%1&apos; (%2 jetons, %3 mots), mais &apos;%4&apos; est différent (%5 jetons, %6 mots) — indiquez le même corpus (--corpus FILE) pour continuer</translation>
    </message>
    <message>
        <source>its position (step %1, epoch %2, batch %3) does not fit %4 batches per epoch</source>
        <translation>sa position (pas %1, époque %2, lot %3) ne correspond pas à %4 lots par époque</translation>
    </message>
    <message>
        <source>unexpected tensor &apos;%1&apos; (not part of this model)</source>
        <translation>tenseur inattendu &apos;%1&apos; (ne fait pas partie de ce modèle)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds negative values</source>
        <translation>le tenseur &apos;%1&apos; contient des valeurs négatives</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not a random generator state</source>
        <translation>le tenseur &apos;%1&apos; n&apos;est pas un état de générateur aléatoire</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not a hidden state of width %2</source>
        <translation>le tenseur &apos;%1&apos; n&apos;est pas un état caché de largeur %2</translation>
    </message>
    <message>
        <source>device = %1 is not a device: write cpu, cuda or cuda:N</source>
        <translation>device = %1 n&apos;est pas un périphérique : écrivez cpu, cuda ou cuda:N</translation>
    </message>
    <message>
        <source>device = %1: this build of libtorch has no CUDA (it has: %2); build Unroll against a CUDA libtorch to train on a GPU, or set device=cpu</source>
        <translation>device = %1 : ce libtorch a été construit sans CUDA (il a : %2) ; construisez Unroll avec un libtorch CUDA pour entraîner sur un GPU, ou réglez device=cpu</translation>
    </message>
    <message>
        <source>device = %1: this machine has no such GPU (it has: %2)</source>
        <translation>device = %1 : cette machine n&apos;a pas ce GPU (elle a : %2)</translation>
    </message>
    <message>
        <source>the worker group broke (this is worker %1 of %2): %3. A worker died, hung for more than %4 s or could not be reached; the run stops, and the last checkpoint rank 0 saved is intact</source>
        <translation>le groupe de workers s&apos;est rompu (ceci est le worker %1 sur %2) : %3. Un worker s&apos;est arrêté, a bloqué plus de %4 s ou était injoignable ; l&apos;exécution s&apos;arrête, et le dernier checkpoint enregistré par le rang 0 est intact</translation>
    </message>
    <message>
        <source>%1 = %2 is not a whole number from %3 to %4; set it as PyTorch&apos;s launcher does (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT)</source>
        <translation>%1 = %2 n&apos;est pas un nombre entier de %3 à %4 ; définissez-le comme le lanceur de PyTorch (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT)</translation>
    </message>
    <message>
        <source>RANK is set but not all of WORLD_SIZE, MASTER_ADDR and MASTER_PORT are: set the four together, as PyTorch&apos;s launcher does</source>
        <translation>RANK est défini mais pas tous parmi WORLD_SIZE, MASTER_ADDR et MASTER_PORT : définissez les quatre ensemble, comme le lanceur de PyTorch</translation>
    </message>
    <message>
        <source>worker %1 of %2 cannot reach rank 0 at %3:%4: %5</source>
        <translation>le worker %1 sur %2 ne joint pas le rang 0 à %3:%4 : %5</translation>
    </message>
    <message>
        <source>the worker group did not form within %1 s (this is worker %2 of %3): %4</source>
        <translation>le groupe de workers ne s&apos;est pas formé en %1 s (ceci est le worker %2 sur %3) : %4</translation>
    </message>
    <message>
        <source>training batch %1 has fewer rows than there are workers (%2); use fewer workers or a larger batch_size</source>
        <translation>le lot d&apos;entraînement %1 a moins de lignes qu&apos;il n&apos;y a de workers (%2) ; prenez moins de workers ou une batch_size plus grande</translation>
    </message>
    <message>
        <source>after epoch %1 the workers&apos; weights differ (sums of the weights from %2 to %3): their updates were not the same; the run stops</source>
        <translation>après l&apos;époque %1, les poids des workers diffèrent (sommes des poids de %2 à %3) : leurs mises à jour n&apos;étaient pas les mêmes ; l&apos;exécution s&apos;arrête</translation>
    </message>
    <message>
        <source>another worker</source>
        <translation>un autre worker</translation>
    </message>
    <message>
        <source>another worker&apos;s rows diverged in this step</source>
        <translation>les lignes d&apos;un autre worker ont divergé à ce pas</translation>
    </message>
    <message>
        <source>workers = %1 is more than batch_size = %2: each worker needs at least one row of every batch; use at most %2 workers or a larger batch_size</source>
        <translation>workers = %1 dépasse batch_size = %2 : chaque worker a besoin d&apos;au moins une ligne de chaque lot ; prenez au plus %2 workers ou une batch_size plus grande</translation>
    </message>
    <message>
        <source>worker %1 of %2 found no network interface to talk to the others on: %3; name one with GLOO_SOCKET_IFNAME</source>
        <translation>le worker %1 sur %2 n&apos;a trouvé aucune interface réseau pour parler aux autres : %3 ; nommez-en une avec GLOO_SOCKET_IFNAME</translation>
    </message>
    <message>
        <source>rank 0 of %1 cannot listen at %2:%3: %4; pick another port (or 0 on one machine)</source>
        <translation>le rang 0 sur %1 ne peut pas écouter à %2:%3 : %4 ; choisissez un autre port (ou 0 sur une seule machine)</translation>
    </message>
    <message>
        <source>rank 0 sent a command this worker does not know (%1): run the same version of Unroll on every machine</source>
        <translation>le rang 0 a envoyé une commande que ce worker ne connaît pas (%1) : utilisez la même version d&apos;Unroll sur chaque machine</translation>
    </message>
    <message>
        <source>the worker group broke earlier; start the run again</source>
        <translation>le groupe de workers s&apos;est déjà rompu ; relancez l&apos;exécution</translation>
    </message>
    <message>
        <source>worker %1 of %2 lost rank 0 (%3); the run has ended</source>
        <translation>le worker %1 sur %2 a perdu le rang 0 (%3) ; l&apos;exécution est terminée</translation>
    </message>
    <message>
        <source>cannot start worker %1: %2; use fewer workers</source>
        <translation>impossible de lancer le worker %1 : %2 ; utilisez moins de workers</translation>
    </message>
    <message>
        <source>this run was trained by %1 workers; it goes on in one process (a checkpoint cannot resume several yet)</source>
        <translation>cette exécution a été entraînée par %1 workers ; elle continue dans un seul processus (un point de contrôle ne peut pas encore en reprendre plusieurs)</translation>
    </message>
    <message>
        <source>--group-worker is for the workers rank 0 starts: RANK (1 or more), WORLD_SIZE, and UNROLL_GROUP_FILE or MASTER_ADDR and MASTER_PORT must describe the group</source>
        <translation>--group-worker est réservé aux workers que lance le rang 0 : RANK (1 ou plus), WORLD_SIZE, et UNROLL_GROUP_FILE ou MASTER_ADDR et MASTER_PORT doivent décrire le groupe</translation>
    </message>
    <message>
        <source>worker %1 of %2 cannot open the group&apos;s file %3: %4</source>
        <translation>le worker %1 sur %2 ne peut pas ouvrir le fichier du groupe %3 : %4</translation>
    </message>
    <message>
        <source>cannot make the workers&apos; rendezvous folder %1: %2 — check TMPDIR</source>
        <translation>impossible de créer le dossier de rendez-vous des workers %1 : %2 — vérifiez TMPDIR</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train recurrent language models and watch them learn.</source>
        <translation>Entraîner des modèles de langue récurrents et les regarder apprendre.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Enregistrer la fenêtre dans FILE (PNG) et quitter.</translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, fr) instead of the system&apos;s.</source>
        <translation>Utiliser LANGUAGE (en, de, fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Start with the preset P.</source>
        <translation>Démarrer avec le préréglage P.</translation>
    </message>
    <message>
        <source>Set a setting, as KEY=VALUE (repeatable).</source>
        <translation>Définir un paramètre, sous la forme KEY=VALUE (répétable).</translation>
    </message>
    <message>
        <source>With --screenshot: train N steps first.</source>
        <translation>Avec --screenshot : entraîner d&apos;abord N pas.</translation>
    </message>
    <message>
        <source>With --screenshot: show tab N (0: training).</source>
        <translation>Avec --screenshot : afficher l&apos;onglet N (0 : entraînement).</translation>
    </message>
    <message>
        <source>Train to the end, write throughput and event-loop lag to FILE, and exit.</source>
        <translation>Entraîner jusqu&apos;au bout, écrire le débit et la latence de la boucle d&apos;événements dans FILE, puis quitter.</translation>
    </message>
    <message>
        <source>With --screenshot: open the diagram&apos;s cell.</source>
        <translation>Avec --screenshot : ouvrir la cellule du diagramme.</translation>
    </message>
    <message>
        <source>With --screenshot: draw the diagram rolled.</source>
        <translation>Avec --screenshot : dessiner le diagramme enroulé.</translation>
    </message>
    <message>
        <source>With --screenshot: generate from TEXT first.</source>
        <translation>Avec --screenshot : générer d&apos;abord à partir de TEXT.</translation>
    </message>
    <message>
        <source>Train on the UTF-8 text file FILE.</source>
        <translation>Entraîner sur le fichier texte UTF-8 FILE.</translation>
    </message>
    <message>
        <source>With --screenshot: race the comma-separated PRESETS first.</source>
        <translation>Avec --screenshot : faire d&apos;abord courir les PRESETS séparés par des virgules.</translation>
    </message>
    <message>
        <source>With --bench-report: train N runs in turn; the report has the memory after each.</source>
        <translation>Avec --bench-report : entraîner N exécutions à la suite ; le rapport donne la mémoire après chacune.</translation>
    </message>
    <message>
        <source>Follow the run log FILE live in the Runs tab (with --screenshot: render once the run has ended).</source>
        <translation>Suivre en direct le journal FILE dans l&apos;onglet Exécutions (avec --screenshot : rendre l&apos;image une fois l&apos;exécution terminée).</translation>
    </message>
    <message>
        <source>With --screenshot or --bench-report: record the runs in the Runs list, as a person&apos;s runs are (otherwise they are not).</source>
        <translation>Avec --screenshot ou --bench-report : enregistrer les exécutions dans la liste des exécutions, comme celles d&apos;une personne (sinon elles ne le sont pas).</translation>
    </message>
    <message>
        <source>Open the window WIDTHxHEIGHT pixels large (1280x720).</source>
        <translation>Ouvrir la fenêtre en LARGEURxHAUTEUR pixels (1280x720).</translation>
    </message>
    <message>
        <source>A checkpoint (.safetensors) to open, or a text file to train on (as --corpus FILE)</source>
        <translation>Un point de contrôle (.safetensors) à ouvrir, ou un fichier texte sur lequel entraîner (comme --corpus FILE)</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>Observe</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Which model to train: lm1 hand-unrolled, lm2 a loop, lm3 stateful, lm4 predicting after every token, lm5 a stacked RNN, lm6 an LSTM, lm7 AWD-LSTM, gru a GRU.</source>
        <translation>Le modèle à entraîner : lm1 déroulé à la main, lm2 une boucle, lm3 avec état, lm4 prédisant après chaque jeton, lm5 un RNN empilé, lm6 un LSTM, lm7 AWD-LSTM, gru un GRU.</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Taille de l&apos;état caché</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>Width of the hidden state (and of the embedding).</source>
        <translation>Largeur de l&apos;état caché (et du plongement).</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <source>Recurrent layers stacked on each other.</source>
        <translation>Couches récurrentes empilées les unes sur les autres.</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>builtin:human-numbers (the numbers 1..9999 in words, generated) or the path of a UTF-8 text file.</source>
        <translation>builtin:human-numbers (les nombres 1..9999 en toutes lettres, générés) ou le chemin d&apos;un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>Line breaks</source>
        <translation>Sauts de ligne</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Longueur de séquence</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>Tokens per sample. lm1 is unrolled by hand over exactly 3.</source>
        <translation>Jetons par exemple. lm1 est déroulé à la main sur exactement 3.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>séquences</translation>
    </message>
    <message>
        <source>Sequences per batch; for stateful models also the number of parallel text streams.</source>
        <translation>Séquences par lot ; pour les modèles avec état, aussi le nombre de flux de texte parallèles.</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Part de validation</translation>
    </message>
    <message>
        <source>Share of the samples held out for validation, cut from the end of the text in order (the chapter cuts 80/20).</source>
        <translation>Part des exemples réservée à la validation, prélevée dans l&apos;ordre à la fin du texte (le chapitre coupe 80/20).</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>Passes over the training set.</source>
        <translation>Passages sur l&apos;ensemble d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>one_cycle: fastai&apos;s fit_one_cycle (cosine warm-up to lr, then cosine annealing, momentum the other way). constant: fastai&apos;s fit at a fixed lr and beta1.</source>
        <translation>one_cycle : fit_one_cycle de fastai (montée en cosinus jusqu&apos;à lr, puis recuit cosinus, le momentum en sens inverse). constant : fit de fastai avec lr et beta1 fixes.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Peak learning rate of the one-cycle schedule, or the fixed rate of the constant schedule.</source>
        <translation>Taux d&apos;apprentissage maximal de la planification one-cycle, ou taux fixe de la planification constante.</translation>
    </message>
    <message>
        <source>Warm-up share</source>
        <translation>Part d&apos;échauffement</translation>
    </message>
    <message>
        <source>Share of the one-cycle steps spent rising to the peak rate (one_cycle only).</source>
        <translation>Part des pas du one-cycle passés à monter jusqu&apos;au taux maximal (one_cycle uniquement).</translation>
    </message>
    <message>
        <source>Start divisor</source>
        <translation>Diviseur initial</translation>
    </message>
    <message>
        <source>One-cycle starts at lr / div (one_cycle only).</source>
        <translation>Le one-cycle commence à lr / div (one_cycle uniquement).</translation>
    </message>
    <message>
        <source>Final divisor</source>
        <translation>Diviseur final</translation>
    </message>
    <message>
        <source>One-cycle ends at lr / div_final (one_cycle only).</source>
        <translation>Le one-cycle se termine à lr / div_final (one_cycle uniquement).</translation>
    </message>
    <message>
        <source>Momentum high</source>
        <translation>Momentum élevé</translation>
    </message>
    <message>
        <source>One-cycle momentum (Adam&apos;s beta1) at the start and the end (one_cycle only).</source>
        <translation>Momentum du one-cycle (beta1 d&apos;Adam) au début et à la fin (one_cycle uniquement).</translation>
    </message>
    <message>
        <source>Momentum low</source>
        <translation>Momentum bas</translation>
    </message>
    <message>
        <source>One-cycle momentum at the peak learning rate (one_cycle only).</source>
        <translation>Momentum du one-cycle au taux d&apos;apprentissage maximal (one_cycle uniquement).</translation>
    </message>
    <message>
        <source>Momentum (constant)</source>
        <translation>Momentum (constant)</translation>
    </message>
    <message>
        <source>Adam&apos;s beta1 under the constant schedule (fastai&apos;s default 0.9; constant only).</source>
        <translation>beta1 d&apos;Adam avec la planification constante (0,9 par défaut dans fastai ; constant uniquement).</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <source>Decoupled weight decay (p &lt;- p * (1 - lr * wd)) as fastai&apos;s Adam applies it.</source>
        <translation>Décroissance des poids découplée (p &lt;- p * (1 - lr * wd)), telle que l&apos;applique l&apos;Adam de fastai.</translation>
    </message>
    <message>
        <source>Decay biases</source>
        <translation>Décroissance des biais</translation>
    </message>
    <message>
        <source>Also decay the biases of Linear layers (fastai&apos;s wd_bn_bias; off in the chapter).</source>
        <translation>Appliquer aussi la décroissance aux biais des couches Linear (wd_bn_bias de fastai ; désactivé dans le chapitre).</translation>
    </message>
    <message>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s squared-gradient average (fastai&apos;s sqr_mom).</source>
        <translation>Facteur de décroissance de la moyenne des gradients au carré d&apos;Adam (sqr_mom de fastai).</translation>
    </message>
    <message>
        <source>Adam epsilon</source>
        <translation>Epsilon d&apos;Adam</translation>
    </message>
    <message>
        <source>Added to Adam&apos;s denominator.</source>
        <translation>Ajouté au dénominateur d&apos;Adam.</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>Écrêtage des gradients</translation>
    </message>
    <message>
        <source>Rescale the gradients when their global norm exceeds this (0 = off), as torch.nn.utils.clip_grad_norm_ does.</source>
        <translation>Remet les gradients à l&apos;échelle quand leur norme globale dépasse cette valeur (0 = désactivé), comme le fait torch.nn.utils.clip_grad_norm_.</translation>
    </message>
    <message>
        <source>Output dropout</source>
        <translation>Dropout de sortie</translation>
    </message>
    <message>
        <source>Dropout on the last layer&apos;s output before the decoder (the chapter&apos;s LM7 uses 0.4).</source>
        <translation>Dropout sur la sortie de la dernière couche avant le décodeur (le LM7 du chapitre utilise 0,4).</translation>
    </message>
    <message>
        <source>Locked output dropout</source>
        <translation>Dropout de sortie à masque fixe</translation>
    </message>
    <message>
        <source>One output-dropout mask per sequence, the same at every time step (fastai&apos;s RNNDropout), instead of one per element.</source>
        <translation>Un masque de dropout de sortie par séquence, identique à chaque pas de temps (RNNDropout de fastai), au lieu d&apos;un par élément.</translation>
    </message>
    <message>
        <source>Input dropout</source>
        <translation>Dropout d&apos;entrée</translation>
    </message>
    <message>
        <source>Locked dropout on the embedding output (fastai&apos;s input_p).</source>
        <translation>Dropout à masque fixe sur la sortie du plongement (input_p de fastai).</translation>
    </message>
    <message>
        <source>Between-layer dropout</source>
        <translation>Dropout entre couches</translation>
    </message>
    <message>
        <source>Locked dropout between stacked layers (fastai&apos;s hidden_p).</source>
        <translation>Dropout à masque fixe entre les couches empilées (hidden_p de fastai).</translation>
    </message>
    <message>
        <source>Embedding dropout</source>
        <translation>Dropout du plongement</translation>
    </message>
    <message>
        <source>Drops whole words: rows of the embedding matrix (fastai&apos;s embed_p).</source>
        <translation>Supprime des mots entiers : des lignes de la matrice de plongement (embed_p de fastai).</translation>
    </message>
    <message>
        <source>Weight dropout</source>
        <translation>Dropout des poids</translation>
    </message>
    <message>
        <source>DropConnect on each layer&apos;s hidden-to-hidden matrix (fastai&apos;s weight_p).</source>
        <translation>DropConnect sur la matrice caché-vers-caché de chaque couche (weight_p de fastai).</translation>
    </message>
    <message>
        <source>Tie weights</source>
        <translation>Lier les poids</translation>
    </message>
    <message>
        <source>The decoder&apos;s weight is the embedding matrix: one tensor, one gradient with both contributions.</source>
        <translation>Le poids du décodeur est la matrice de plongement : un seul tenseur, un seul gradient avec les deux contributions.</translation>
    </message>
    <message>
        <source>AR (alpha)</source>
        <translation>AR (alpha)</translation>
    </message>
    <message>
        <source>Activation regularization: adds alpha * mean(output²) of the dropped-out output to the loss that is back-propagated (fastai&apos;s alpha; the chapter uses 2).</source>
        <translation>Régularisation des activations : ajoute alpha * mean(output²) de la sortie après dropout à la perte rétropropagée (alpha de fastai ; le chapitre utilise 2).</translation>
    </message>
    <message>
        <source>TAR (beta)</source>
        <translation>TAR (beta)</translation>
    </message>
    <message>
        <source>Temporal activation regularization: adds beta * mean((h_t+1 - h_t)²) of the raw output over consecutive time steps (fastai&apos;s beta; the chapter uses 1).</source>
        <translation>Régularisation temporelle des activations : ajoute beta * mean((h_t+1 - h_t)²) de la sortie brute sur des pas de temps consécutifs (beta de fastai ; le chapitre utilise 1).</translation>
    </message>
    <message>
        <source>Per-step statistics</source>
        <translation>Statistiques par pas</translation>
    </message>
    <message>
        <source>Every step, measure each parameter&apos;s gradient norm and update-to-weight ratio and each layer&apos;s activation RMS and max |x| (the guard then also checks activations). Off only to measure what observing costs.</source>
        <translation>À chaque pas, mesure la norme du gradient et le rapport mise à jour/poids de chaque paramètre, ainsi que le RMS et le max |x| des activations de chaque couche (le garde-fou vérifie alors aussi les activations). À désactiver uniquement pour mesurer le coût de l&apos;observation.</translation>
    </message>
    <message>
        <source>Probe every</source>
        <translation>Sonde tous les</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>Every N training steps, replay one batch through the from-scratch unroll with the current weights to measure the gradient flowing back through time, hidden-state magnitudes, gate saturation and weight/gradient histograms (0 = never).</source>
        <translation>Tous les N pas d&apos;entraînement, rejoue un lot dans le déroulement écrit de zéro avec les poids actuels pour mesurer le gradient qui remonte le temps, l&apos;amplitude de l&apos;état caché, la saturation des portes et les histogrammes des poids et des gradients (0 = jamais).</translation>
    </message>
    <message>
        <source>When training diverges</source>
        <translation>Si l&apos;entraînement diverge</translation>
    </message>
    <message>
        <source>Loss limit</source>
        <translation>Limite de perte</translation>
    </message>
    <message>
        <source>x first loss</source>
        <translation>x perte initiale</translation>
    </message>
    <message>
        <source>The guard also fires when a batch&apos;s loss exceeds this multiple of the run&apos;s first loss (0 = off).</source>
        <translation>Le garde-fou se déclenche aussi quand la perte d&apos;un lot dépasse ce multiple de la première perte de l&apos;exécution (0 = désactivé).</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Seeds the weight initialisation; with 1 thread a run is exactly repeatable.</source>
        <translation>Graine de l&apos;initialisation des poids ; avec 1 thread, une exécution est exactement reproductible.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>Intra-op threads of the training thread. 1 is fastest at the chapter&apos;s sizes and leaves a core for the window.</source>
        <translation>Threads intra-opération du thread d&apos;entraînement. 1 est le plus rapide aux tailles du chapitre et laisse un cœur libre pour la fenêtre.</translation>
    </message>
    <message>
        <source>Loss smoothing</source>
        <translation>Lissage de la perte</translation>
    </message>
    <message>
        <source>Beta of the debiased moving average printed as train_loss (fastai&apos;s 0.98).</source>
        <translation>Beta de la moyenne mobile débiaisée affichée comme train_loss (0,98 dans fastai).</translation>
    </message>
    <message>
        <source>LM1 — hand-unrolled</source>
        <translation>LM1 — déroulé à la main</translation>
    </message>
    <message>
        <source>3 tokens predict the 4th; one hidden layer applied once per token, written out by hand</source>
        <translation>3 jetons prédisent le 4e ; une couche cachée appliquée une fois par jeton, écrite à la main</translation>
    </message>
    <message>
        <source>LM2 — a loop (RNN)</source>
        <translation>LM2 — une boucle (RNN)</translation>
    </message>
    <message>
        <source>LM1&apos;s maths as a loop over the tokens: the first recurrent network</source>
        <translation>Les calculs de LM1 sous forme de boucle sur les jetons : le premier réseau récurrent</translation>
    </message>
    <message>
        <source>LM3 — stateful RNN</source>
        <translation>LM3 — RNN avec état</translation>
    </message>
    <message>
        <source>the hidden state carries across batches, detached each batch (truncated BPTT)</source>
        <translation>l&apos;état caché est conservé d&apos;un lot à l&apos;autre, détaché à chaque lot (BPTT tronquée)</translation>
    </message>
    <message>
        <source>LM4 — every token</source>
        <translation>LM4 — chaque jeton</translation>
    </message>
    <message>
        <source>predicts after every token of the sequence; the loss covers all of them</source>
        <translation>prédit après chaque jeton de la séquence ; la perte les couvre tous</translation>
    </message>
    <message>
        <source>LM5 — stacked RNN</source>
        <translation>LM5 — RNN empilé</translation>
    </message>
    <message>
        <source>two tanh RNN layers stacked; hidden state (layers, batch, hidden) carried and detached</source>
        <translation>deux couches RNN tanh empilées ; état caché (layers, batch, hidden) conservé et détaché</translation>
    </message>
    <message>
        <source>LM6 — LSTM</source>
        <translation>LM6 — LSTM</translation>
    </message>
    <message>
        <source>a 2-layer LSTM: four gates and a cell state let gradients survive many steps</source>
        <translation>un LSTM à 2 couches : quatre portes et un état de cellule permettent aux gradients de survivre sur de nombreux pas</translation>
    </message>
    <message>
        <source>LM7 — AWD-LSTM</source>
        <translation>LM7 — AWD-LSTM</translation>
    </message>
    <message>
        <source>the LSTM regularized: dropout, activation regularization (AR, TAR), weight tying</source>
        <translation>le LSTM régularisé : dropout, régularisation des activations (AR, TAR), liaison des poids</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>a 2-layer gated recurrent unit: reset and update gates, no separate cell state</source>
        <translation>une unité récurrente à portes (GRU) à 2 couches : portes de réinitialisation et de mise à jour, pas d&apos;état de cellule séparé</translation>
    </message>
    <message>
        <source>LMModel1: 3 words predict the 4th through one hidden layer used 3 times, unrolled by hand (book: 0.494)</source>
        <translation>LMModel1 : 3 mots prédisent le 4e via une couche cachée utilisée 3 fois, déroulée à la main (livre : 0,494)</translation>
    </message>
    <message>
        <source>LMModel2: LMModel1 as a loop over the tokens, the first RNN (book: 0.470)</source>
        <translation>LMModel2 : LMModel1 sous forme de boucle sur les jetons, le premier RNN (livre : 0,470)</translation>
    </message>
    <message>
        <source>LMModel3: hidden state kept across batches and detached after each, truncated BPTT (book: 0.589)</source>
        <translation>LMModel3 : état caché conservé d&apos;un lot à l&apos;autre et détaché après chacun, BPTT tronquée (livre : 0,589)</translation>
    </message>
    <message>
        <source>LMModel4: predicts after every one of 16 tokens, loss over all of them (book: 0.640)</source>
        <translation>LMModel4 : prédit après chacun des 16 jetons, perte sur tous (livre : 0,640)</translation>
    </message>
    <message>
        <source>LMModel5: two stacked tanh RNN layers; deeper, yet worse: gradients explode and vanish (book: 0.488)</source>
        <translation>LMModel5 : deux couches RNN tanh empilées ; plus profond, mais moins bon : les gradients explosent et s&apos;évanouissent (livre : 0,488)</translation>
    </message>
    <message>
        <source>LMModel6: a 2-layer LSTM, whose gates keep gradients alive over the sequence (book: 0.758)</source>
        <translation>LMModel6 : un LSTM à 2 couches, dont les portes maintiennent les gradients en vie le long de la séquence (livre : 0,758)</translation>
    </message>
    <message>
        <source>LMModel7: AWD-LSTM as the chapter trains it: dropout 0.4, AR 2, TAR 1, weight tying, wd 0.1 (book: 0.869)</source>
        <translation>LMModel7 : AWD-LSTM tel que le chapitre l&apos;entraîne : dropout 0,4, AR 2, TAR 1, liaison des poids, wd 0,1 (livre : 0,869)</translation>
    </message>
    <message>
        <source>GRU: LMModel6 with a 2-layer GRU in place of the LSTM (not in the book)</source>
        <translation>GRU : LMModel6 avec un GRU à 2 couches à la place du LSTM (absent du livre)</translation>
    </message>
    <message>
        <source>AWD-LSTM with all of fastai&apos;s dropouts (locked input/hidden/output, embedding, weight), LM defaults x0.25</source>
        <translation>AWD-LSTM avec tous les dropouts de fastai (entrée/caché/sortie à masque fixe, plongement, poids), valeurs LM par défaut x0,25</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>activé ou désactivé</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>n&apos;importe quel texte</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>une valeur parmi : %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>greater than %1 up to %2</source>
        <translation>supérieur à %1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Can change during a run.</source>
        <translation>Modifiable pendant une exécution.</translation>
    </message>
    <message>
        <source>Fixed for a run: reset the run to change it.</source>
        <translation>Fixé pour une exécution : réinitialisez l&apos;exécution pour le modifier.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Valeurs admises</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Corpus size limit</source>
        <translation>Taille maximale du corpus</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>A corpus file larger than this is refused before it is read, so a wrong file cannot exhaust the memory.</source>
        <translation>Un fichier de corpus plus gros est refusé avant d&apos;être lu, pour qu&apos;un mauvais fichier ne puisse pas épuiser la mémoire.</translation>
    </message>
    <message>
        <source>What a token is: word splits the text on whitespace (the chapter&apos;s choice); char makes every Unicode character a token, spaces and line breaks included; subword trains a SentencePiece model on the text (see subword_vocab) and keeps it in checkpoints.</source>
        <translation>Ce qu&apos;est un jeton : word découpe le texte sur les espaces (le choix du chapitre) ; char fait de chaque caractère Unicode un jeton, espaces et sauts de ligne compris ; subword entraîne un modèle SentencePiece sur le texte (voir subword_vocab) et le garde dans les points de contrôle.</translation>
    </message>
    <message>
        <source>Subword pieces</source>
        <translation>Pièces de sous-mots</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>How many pieces the subword model has (at most: a short text may give fewer). Only for tokenizer = subword.</source>
        <translation>Combien de pièces a le modèle de sous-mots (au plus : un texte court peut en donner moins). Seulement pour tokenizer = subword.</translation>
    </message>
    <message>
        <source>Subword model</source>
        <translation>Modèle de sous-mots</translation>
    </message>
    <message>
        <source>SentencePiece&apos;s algorithm: bpe (byte-pair encoding: merges the most frequent pairs, whole words first on a small text) or unigram (SentencePiece&apos;s own default, which may stop short of the size asked for). Only for tokenizer = subword.</source>
        <translation>L&apos;algorithme de SentencePiece : bpe (byte-pair encoding : fusionne les paires les plus fréquentes, d&apos;abord les mots entiers sur un petit texte) ou unigram (le défaut de SentencePiece, qui peut rester en deçà de la taille demandée). Seulement pour tokenizer = subword.</translation>
    </message>
    <message>
        <source>What the divergence guard does when an activation, the loss or a gradient stops being a finite number, or the loss passes loss_limit: stop the run, pause it (the batch is retried on resume), skip that batch&apos;s update and go on, or rewind to the last snapshot with a lower learning rate and clipping on. The weights are never updated from a non-finite step.</source>
        <translation>Ce que fait le garde-fou de divergence lorsqu&apos;une activation, la perte ou un gradient cesse d&apos;être un nombre fini, ou que la perte dépasse loss_limit : arrêter l&apos;exécution, la mettre en pause (le lot est retenté à la reprise), sauter la mise à jour de ce lot et continuer, ou revenir au dernier instantané avec un taux d&apos;apprentissage plus bas et l&apos;écrêtage activé. Les poids ne sont jamais mis à jour à partir d&apos;un pas non fini.</translation>
    </message>
    <message>
        <source>Snapshot every</source>
        <translation>Instantané tous les</translation>
    </message>
    <message>
        <source>Keep an in-memory snapshot of the run (weights, optimizer, schedule position, carried state, random generator) every N steps and at the start of every epoch, the last three, so that a diverged run can rewind (0 = at epoch starts only).</source>
        <translation>Garder en mémoire un instantané de l&apos;exécution (poids, optimiseur, position dans le calendrier, état transporté, générateur aléatoire) tous les N pas et au début de chaque époque, les trois derniers, pour qu&apos;une exécution divergente puisse revenir en arrière (0 = seulement en début d&apos;époque).</translation>
    </message>
    <message>
        <source>Rewind divides lr by</source>
        <translation>Le retour arrière divise lr par</translation>
    </message>
    <message>
        <source>With on_nonfinite=rewind: each rewind divides the learning rate by this (and turns gradient clipping on at 1 if it was off).</source>
        <translation>Avec on_nonfinite=rewind : chaque retour arrière divise le taux d&apos;apprentissage par cette valeur (et active l&apos;écrêtage des gradients à 1 s&apos;il était désactivé).</translation>
    </message>
    <message>
        <source>Rewinds at most</source>
        <translation>Retours arrière au plus</translation>
    </message>
    <message>
        <source>With on_nonfinite=rewind: after this many rewinds the next divergence stops the run.</source>
        <translation>Avec on_nonfinite=rewind : après ce nombre de retours arrière, la divergence suivante arrête l&apos;exécution.</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite de mémoire</translation>
    </message>
    <message>
        <source>A run whose estimated memory (weights, optimizer state, one step&apos;s activations, the data) is above this is refused before it starts. 0: the memory the machine has available.</source>
        <translation>Un entraînement dont la mémoire estimée (poids, état de l&apos;optimiseur, activations d&apos;un pas, données) dépasse cette valeur est refusé avant de commencer. 0 : la mémoire dont la machine dispose.</translation>
    </message>
    <message>
        <source>How the recurrence is computed; every form computes the same function from the same weights. fused: one call for the whole sequence (Unroll&apos;s kernels with a hand-derived backward pass). libtorch (LSTM and GRU): libtorch&apos;s own cells, the reference the kernels are tested against. scratch: the cell&apos;s equations step by step, as the book writes them, differentiated by autograd. refactored (LSTM only): the book&apos;s second cell, one product for all four gates.</source>
        <translation>Comment la récurrence est calculée ; chaque forme calcule la même fonction avec les mêmes poids. fused : un seul appel pour toute la séquence (les noyaux d&apos;Unroll, avec une rétropropagation dérivée à la main). libtorch (LSTM et GRU) : les cellules de libtorch elles-mêmes, la référence à laquelle les noyaux sont comparés. scratch : les équations de la cellule pas à pas, comme le livre les écrit, différenciées par autograd. refactored (LSTM seulement) : la seconde cellule du livre, un seul produit pour les quatre portes.</translation>
    </message>
    <message>
        <source>How a text file&apos;s line breaks become tokens: dot joins lines with &apos; . &apos; as the chapter does, newline makes each break a token, space ignores them; auto reads words as prose (space) and characters as written (newline). Only for file corpora of words or characters; subwords read each line as its own text.</source>
        <translation>Comment les sauts de ligne d&apos;un fichier texte deviennent des jetons : dot joint les lignes avec &apos; . &apos; comme le chapitre, newline fait de chaque saut un jeton, space les ignore ; auto lit les mots comme de la prose (space) et les caractères tels qu&apos;écrits (newline). Seulement pour les corpus de mots ou de caractères ; les sous-mots lisent chaque ligne comme un texte à part.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Where the run trains: cpu, or a GPU (cuda, cuda:N) when this build&apos;s libtorch has CUDA. Checkpoints do not depend on it.</source>
        <translation>Où l&apos;exécution s&apos;entraîne : cpu, ou un GPU (cuda, cuda:N) quand le libtorch de cette construction a CUDA. Les checkpoints n&apos;en dépendent pas.</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>Déterministe</translation>
    </message>
    <message>
        <source>libtorch&apos;s deterministic algorithms (and cuDNN&apos;s): on a GPU a seed then repeats a run exactly, somewhat slower. On the CPU, runs at 1 thread repeat without it.</source>
        <translation>Les algorithmes déterministes de libtorch (et de cuDNN) : sur un GPU, une graine répète alors une exécution à l&apos;identique, un peu plus lentement. Sur le CPU, les exécutions à 1 thread se répètent sans eux.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>Data-parallel worker processes on this machine, one thread each: each trains on its share of every batch&apos;s rows and the gradients are averaged every step.</source>
        <translation>Processus workers en parallélisme de données sur cette machine, un thread chacun : chacun s&apos;entraîne sur sa part des lignes de chaque lot, et les gradients sont moyennés à chaque pas.</translation>
    </message>
    <message>
        <source>Worker timeout</source>
        <translation>Délai des workers</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>How long the workers wait for one another before a run with several stops with a message naming the worker.</source>
        <translation>Combien de temps les workers s&apos;attendent avant qu&apos;une exécution à plusieurs s&apos;arrête avec un message nommant le worker.</translation>
    </message>
</context>
<context>
    <name>unroll</name>
    <message>
        <source>the image could not be encoded as %1</source>
        <translation>l&apos;image n&apos;a pas pu être encodée en %1</translation>
    </message>
    <message>
        <source>the file could not be made</source>
        <translation>le fichier n&apos;a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>unroll::ActivationPlot</name>
    <message>
        <source>Activation magnitude per layer</source>
        <translation>Amplitude des activations par couche</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
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
        <translation>plongement</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>état caché</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>logits</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
</context>
<context>
    <name>unroll::ComparePanel</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Valid loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <source>Train loss (smoothed)</source>
        <translation>Perte d&apos;entraînement (lissée)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Norme du gradient</translation>
    </message>
    <message>
        <source>Gradient flow through time</source>
        <translation>Flux du gradient dans le temps</translation>
    </message>
    <message>
        <source>against</source>
        <translation>selon</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>training time</source>
        <translation>temps d&apos;entraînement</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>architecture</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>valid loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>perplexité</translation>
    </message>
    <message>
        <source>following %1</source>
        <translation>suivi de %1</translation>
    </message>
    <message>
        <source>going</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Arrêter le suivi</translation>
    </message>
    <message>
        <source>Drop the run logs followed by hand from the comparison</source>
        <translation>Retirer de la comparaison les journaux suivis à la main</translation>
    </message>
</context>
<context>
    <name>unroll::ComparePlot</name>
    <message>
        <source>train loss (smoothed)</source>
        <translation>perte d&apos;entraînement (lissée)</translation>
    </message>
    <message>
        <source>valid loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>norme du gradient</translation>
    </message>
    <message>
        <source>‖∂L_T/∂h_t‖, layer 1, latest probe</source>
        <translation>‖∂L_T/∂h_t‖, couche 1, dernière mesure</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>pas de temps t</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>training time (s)</source>
        <translation>temps d&apos;entraînement (s)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Select runs in the list to compare them here
(Ctrl+click or Shift+click for several).</source>
        <translation>Sélectionnez des exécutions dans la liste pour les comparer ici
(Ctrl+clic ou Maj+clic pour plusieurs).</translation>
    </message>
</context>
<context>
    <name>unroll::ConfigPanel</name>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Load the settings of one of the chapter&apos;s models</source>
        <translation>Charger les paramètres de l&apos;un des modèles du chapitre</translation>
    </message>
    <message>
        <source>Train on a UTF-8 text file</source>
        <translation>Entraîner sur un fichier texte UTF-8</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>unroll::DataPanel</name>
    <message>
        <source>The previous validation batch</source>
        <translation>Le lot de validation précédent</translation>
    </message>
    <message>
        <source>The next validation batch</source>
        <translation>Le lot de validation suivant</translation>
    </message>
    <message>
        <source>Start a run or open a checkpoint to read its data.</source>
        <translation>Démarrez une exécution ou ouvrez un point de sauvegarde pour en lire les données.</translation>
    </message>
    <message>
        <source>layer </source>
        <translation>couche </translation>
    </message>
    <message>
        <source>units from </source>
        <translation>unités à partir de </translation>
    </message>
    <message>
        <source>The first of the three hidden units drawn under the text</source>
        <translation>La première des trois unités cachées dessinées sous le texte</translation>
    </message>
    <message>
        <source>Shuffle the batches</source>
        <translation>Mélanger les lots</translation>
    </message>
    <message>
        <source>Validate with the batches in a random order and compare: a stateful model then carries its state into the wrong text</source>
        <translation>Valider avec les lots dans un ordre aléatoire et comparer : un modèle avec état transmet alors son état au mauvais texte</translation>
    </message>
    <message>
        <source>Validating twice…</source>
        <translation>Double validation…</translation>
    </message>
    <message>
        <source>Validation accuracy with the batches in order: %1; shuffled: %2 (%3). %4</source>
        <translation>Précision de validation avec les lots dans l&apos;ordre : %1 ; mélangés : %2 (%3). %4</translation>
    </message>
    <message>
        <source>A stateful model&apos;s carried state only helps when the next batch continues the same text.</source>
        <translation>L&apos;état transmis par un modèle avec état n&apos;aide que si le lot suivant poursuit le même texte.</translation>
    </message>
    <message>
        <source>This model starts every batch afresh, so the order does not matter to it.</source>
        <translation>Ce modèle repart de zéro à chaque lot : l&apos;ordre lui est donc indifférent.</translation>
    </message>
    <message>
        <source>Validation batch %1 of %2: loss %3, accuracy %4 (%5 rows; the first %6 shown)</source>
        <translation>Lot de validation %1 sur %2 : perte %3, précision %4 (%5 lignes ; les %6 premières affichées)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>the model&apos;s prediction</source>
        <translation>la prédiction du modèle</translation>
    </message>
    <message>
        <source>target «%1»: p = %2</source>
        <translation>cible « %1 » : p = %2</translation>
    </message>
    <message>
        <source>Corpus %1: %2 tokens (%3), a vocabulary of %4; the 10 most frequent (%5) cover %6 % of the text; %7 training and %8 validation batches per epoch.</source>
        <translation>Corpus %1 : %2 jetons (%3), un vocabulaire de %4 ; les 10 plus fréquents (%5) couvrent %6 % du texte ; %7 lots d&apos;entraînement et %8 lots de validation par époque.</translation>
    </message>
    <message>
        <source>Validation batch %1 of %2, after those before it in a shuffled order: loss %3, accuracy %4 (%5 rows; the first %6 shown)</source>
        <translation>Lot de validation %1 sur %2, après ceux qui le précèdent dans un ordre mélangé : perte %3, précision %4 (%5 lignes ; les %6 premières affichées)</translation>
    </message>
</context>
<context>
    <name>unroll::DiagramPanel</name>
    <message>
        <source>Unrolled</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Switch between the rolled form (one cell and its loop) and the network unrolled over the tokens</source>
        <translation>Basculer entre la forme enroulée (une cellule et sa boucle) et le réseau déroulé sur les jetons</translation>
    </message>
    <message>
        <source>Open the cell</source>
        <translation>Ouvrir la cellule</translation>
    </message>
    <message>
        <source>Show what is inside the recurrent cell: the gates, their activations and the cell-state path</source>
        <translation>Montrer l&apos;intérieur de la cellule récurrente : les portes, leurs activations et le chemin de l&apos;état de cellule</translation>
    </message>
    <message>
        <source>layer </source>
        <translation>couche </translation>
    </message>
    <message>
        <source>Whose gate saturation the open cell shows</source>
        <translation>La couche dont la cellule ouverte montre la saturation des portes</translation>
    </message>
    <message>
        <source>Probe frame:</source>
        <translation>Instantané de sonde :</translation>
    </message>
    <message>
        <source>Scrub back through the recent probe frames; the right end follows training</source>
        <translation>Parcourir à rebours les derniers instantanés de sonde ; l&apos;extrémité droite suit l&apos;entraînement</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Image vectorielle (SVG)…</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>Rolled</source>
        <translation>Enroulé</translation>
    </message>
    <message>
        <source>step %1 (%2 of %3)</source>
        <translation>pas %1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>unroll::DiagramView</name>
    <message>
        <source>unrolled over %1 tokens</source>
        <translation>déroulé sur %1 jetons</translation>
    </message>
    <message>
        <source>rolled: one cell, applied to every token</source>
        <translation>enroulé : une cellule, appliquée à chaque jeton</translation>
    </message>
    <message>
        <source>   (probe at step %1)</source>
        <translation>   (sonde au pas %1)</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>cible : %1</translation>
    </message>
    <message>
        <source>layer %1 state from the last batch</source>
        <translation>état de la couche %1 venant du lot précédent</translation>
    </message>
    <message>
        <source>layer %1 state to the next batch</source>
        <translation>état de la couche %1 transmis au lot suivant</translation>
    </message>
    <message>
        <source>tied: h_o = i_hᵀ</source>
        <translation>liés : h_o = i_hᵀ</translation>
    </message>
    <message>
        <source>LSTM cell</source>
        <translation>cellule LSTM</translation>
    </message>
    <message>
        <source>GRU cell</source>
        <translation>cellule GRU</translation>
    </message>
    <message>
        <source>tanh RNN cell</source>
        <translation>cellule RNN tanh</translation>
    </message>
    <message>
        <source>ReLU cell (the chapter&apos;s h_h)</source>
        <translation>cellule ReLU (le h_h du chapitre)</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1, couche %2</translation>
    </message>
    <message>
        <source>%1% sat.</source>
        <translation>%1 % sat.</translation>
    </message>
    <message>
        <source>Gate colour: the share of its values saturated (σ below 0.05 or above 0.95, tanh beyond ±0.95) in the probe batch.</source>
        <translation>Couleur d&apos;une porte : la part de ses valeurs saturées (σ en dessous de 0,05 ou au-dessus de 0,95, tanh au-delà de ±0,95) dans le lot de la sonde.</translation>
    </message>
    <message>
        <source>The same weights at every token: the loop of the rolled form.</source>
        <translation>Les mêmes poids à chaque jeton : la boucle de la forme enroulée.</translation>
    </message>
    <message>
        <source>dropout (%1)</source>
        <translation>dropout (%1)</translation>
    </message>
    <message>
        <source>✂ detach: the state carries on, its gradient stops</source>
        <translation>✂ detach : l&apos;état continue, son gradient s&apos;arrête</translation>
    </message>
    <message>
        <source>hidden state RMS (node fill)</source>
        <translation>RMS de l&apos;état caché (remplissage des nœuds)</translation>
    </message>
    <message>
        <source>‖∂L/∂h_t‖ flowing back (lower arrows, log)</source>
        <translation>‖∂L/∂h_t‖ rétropropagé (flèches du bas, log)</translation>
    </message>
    <message>
        <source>Start training: the first probe colours the nodes by their magnitude and the backward arrows by the gradient.</source>
        <translation>Lancez l&apos;entraînement : la première sonde colore les nœuds selon leur amplitude et les flèches de retour selon le gradient.</translation>
    </message>
    <message>
        <source>the SVG could not be drawn</source>
        <translation>le SVG n&apos;a pas pu être dessiné</translation>
    </message>
</context>
<context>
    <name>unroll::DivergenceBanner</name>
    <message>
        <source>, first at time step %1 of the sequence</source>
        <translation>, d&apos;abord au pas de temps %1 de la séquence</translation>
    </message>
    <message>
        <source>an LSTM (lm6) instead of a plain RNN, whose gates keep gradients in check</source>
        <translation>un LSTM (lm6) au lieu d&apos;un RNN simple, dont les portes maîtrisent les gradients</translation>
    </message>
    <message>
        <source>step %1 (epoch %2, batch %3)</source>
        <translation>pas %1 (époque %2, lot %3)</translation>
    </message>
    <message>
        <source>Training paused: the loss exploded at %1.</source>
        <translation>Entraînement en pause : la perte a explosé au %1.</translation>
    </message>
    <message>
        <source>Training paused: %1 became non-finite at %2.</source>
        <translation>Entraînement en pause : %1 est devenu non fini au %2.</translation>
    </message>
    <message>
        <source>Skip this batch</source>
        <translation>Sauter ce lot</translation>
    </message>
    <message>
        <source>The batch counts as trained, without an update; the run goes on</source>
        <translation>Le lot compte comme entraîné, sans mise à jour ; l’exécution continue</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Arrêter l’exécution</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2. The weights were not updated, so nothing is lost.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2. Les poids n’ont pas été mis à jour : rien n’est perdu.</translation>
    </message>
    <message>
        <source>&lt;br&gt;A rewind goes back to the snapshot after step %1 and trains on from there; the plots keep the abandoned steps, faded.</source>
        <translation>&lt;br&gt;Un retour en arrière revient à l’instantané pris après l’étape %1 et reprend l’entraînement de là ; les graphiques gardent les étapes abandonnées, estompées.</translation>
    </message>
    <message>
        <source>&lt;br&gt;No snapshot before this step is kept (it is the first of its epoch): skip the batch, or stop.</source>
        <translation>&lt;br&gt;Aucun instantané n’est conservé avant cette étape (la première de son époque) : sautez le lot, ou arrêtez.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Also worth a try: %1.</source>
        <translation>&lt;br&gt;À essayer aussi : %1.</translation>
    </message>
    <message>
        <source>Rewind to step %1, learning rate %2 → %3</source>
        <translation>Revenir à l’étape %1, taux d’apprentissage %2 → %3</translation>
    </message>
    <message>
        <source>Rewind to step %1, clip gradients at %2</source>
        <translation>Revenir à l’étape %1, écrêter les gradients à %2</translation>
    </message>
    <message>
        <source>Raise the loss limit %1 → %2 and retry</source>
        <translation>Relever la limite de perte %1 → %2 et réessayer</translation>
    </message>
</context>
<context>
    <name>unroll::EpochTable</name>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
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
        <translation>précision</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>perplexité</translation>
    </message>
    <message>
        <source>time</source>
        <translation>temps</translation>
    </message>
    <message>
        <source>Epochs are counted from 1, as everywhere in the window (fastai&apos;s table counts from 0). train_loss is the smoothed training loss at the end of the epoch, as fastai prints it; valid_loss and accuracy are measured on the validation split.</source>
        <translation>Les époques sont comptées à partir de 1, comme partout dans la fenêtre (le tableau de fastai compte à partir de 0). train_loss est la perte d&apos;entraînement lissée à la fin de l&apos;époque, telle que fastai l&apos;affiche ; valid_loss et la précision sont mesurées sur la partie de validation.</translation>
    </message>
</context>
<context>
    <name>unroll::GatePlot</name>
    <message>
        <source>Gate saturation</source>
        <translation>Saturation des portes</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>saturated share</source>
        <translation>part saturée</translation>
    </message>
    <message>
        <source>layer %1 %2</source>
        <translation>couche %1 %2</translation>
    </message>
</context>
<context>
    <name>unroll::GeneratePanel</name>
    <message>
        <source>A prompt in the corpus&apos;s words, e.g. one thousand two hundred</source>
        <translation>Une amorce dans les mots du corpus, par ex. one thousand two hundred</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Sample from the model&apos;s current weights (between two training steps when a run goes)</source>
        <translation>Échantillonner avec les poids actuels du modèle (entre deux pas d&apos;entraînement si une exécution est en cours)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>How many tokens to generate</source>
        <translation>Combien de jetons générer</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Below 1 sharpens the distribution, above 1 flattens it; 0 is greedy</source>
        <translation>En dessous de 1 la distribution s&apos;affine, au-dessus elle s&apos;aplatit ; 0 est glouton</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Sample among the k most likely tokens only (0: all)</source>
        <translation>Échantillonner parmi les k jetons les plus probables seulement (0 : tous)</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Sample among the smallest set of tokens holding this much probability</source>
        <translation>Échantillonner parmi le plus petit ensemble de jetons portant cette probabilité</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>Glouton</translation>
    </message>
    <message>
        <source>Always take the most likely token</source>
        <translation>Toujours prendre le jeton le plus probable</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>The same seed, prompt and weights give the same text</source>
        <translation>La même graine, la même amorce et les mêmes poids donnent le même texte</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilité</translation>
    </message>
    <message>
        <source>Hover a token: what the model weighed</source>
        <translation>Survolez un jeton : ce que le modèle a pesé</translation>
    </message>
    <message>
        <source>Counting check: %1 of %2 numbers are one more than the one before (%3).</source>
        <translation>Test de comptage : %1 nombres sur %2 valent un de plus que le précédent (%3).</translation>
    </message>
    <message>
        <source>Token %1: «%2», p = %3</source>
        <translation>Jeton %1 : « %2 », p = %3</translation>
    </message>
    <message>
        <source>Tokens generated: %1.</source>
        <translation>Jetons générés : %1.</translation>
    </message>
    <message>
        <source>The prompt was cut at %1 characters, the most it holds.</source>
        <translation>L&apos;amorce a été coupée à %1 caractères, le maximum qu&apos;elle peut contenir.</translation>
    </message>
</context>
<context>
    <name>unroll::GradNormPlot</name>
    <message>
        <source>Gradient norm</source>
        <translation>Norme du gradient</translation>
    </message>
    <message>
        <source>before clipping</source>
        <translation>avant écrêtage</translation>
    </message>
    <message>
        <source>after clipping</source>
        <translation>après écrêtage</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
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
        <translation>Flux du gradient à travers le temps</translation>
    </message>
    <message>
        <source>The layer the heatmap shows</source>
        <translation>La couche affichée par la carte de chaleur</translation>
    </message>
    <message>
        <source>∂L_T/∂h_t: last prediction</source>
        <translation>∂L_T/∂h_t : dernière prédiction</translation>
    </message>
    <message>
        <source>∂L/∂h_t: whole loss</source>
        <translation>∂L/∂h_t : perte totale</translation>
    </message>
    <message>
        <source>∂L_T/∂h_t follows the last prediction&apos;s gradient back through time: its fall towards t = 1 is the vanishing gradient. ∂L/∂h_t is what each step&apos;s state receives from the whole loss.</source>
        <translation>∂L_T/∂h_t suit le gradient de la dernière prédiction en remontant le temps : sa chute vers t = 1 est l&apos;évanouissement du gradient. ∂L/∂h_t est ce que l&apos;état de chaque pas reçoit de la perte totale.</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>pas de temps t</translation>
    </message>
    <message>
        <source>heatmap</source>
        <translation>carte de chaleur</translation>
    </message>
    <message>
        <source>‖∂L/∂h_t‖</source>
        <translation>‖∂L/∂h_t‖</translation>
    </message>
    <message>
        <source>t (latest probe)</source>
        <translation>t (dernière sonde)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>step %1, t = %2: %3</source>
        <translation>pas %1, t = %2 : %3</translation>
    </message>
    <message>
        <source>%1, t = %2: %3</source>
        <translation>%1, t = %2 : %3</translation>
    </message>
</context>
<context>
    <name>unroll::HiddenStrip</name>
    <message>
        <source>layer %1, unit %2</source>
        <translation>couche %1, unité %2</translation>
    </message>
    <message>
        <source>Hidden units over the first row&apos;s text: blue negative, red positive.</source>
        <translation>Unités cachées sur le texte de la première ligne : bleu négatif, rouge positif.</translation>
    </message>
</context>
<context>
    <name>unroll::HistogramPlot</name>
    <message>
        <source>Weight and gradient histograms</source>
        <translation>Histogrammes des poids et des gradients</translation>
    </message>
    <message>
        <source>The parameter tensor to show</source>
        <translation>Le tenseur de paramètres à afficher</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>gradient</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradients</translation>
    </message>
    <message>
        <source>weight (step %1)</source>
        <translation>poids (pas %1)</translation>
    </message>
    <message>
        <source>%1 in [%2, %3): %4</source>
        <translation>%1 dans [%2, %3) : %4</translation>
    </message>
</context>
<context>
    <name>unroll::LossPlot</name>
    <message>
        <source>Loss and accuracy</source>
        <translation>Perte et précision</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>lissée</translation>
    </message>
    <message>
        <source>valid loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
</context>
<context>
    <name>unroll::LrFinderDialog</name>
    <message>
        <source>Learning-rate finder</source>
        <translation>Recherche du taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>the loss passed 4× its best</source>
        <translation>la perte a dépassé 4× sa meilleure valeur</translation>
    </message>
    <message>
        <source>the loss became non-finite</source>
        <translation>la perte est devenue non finie</translation>
    </message>
    <message>
        <source>it was stopped</source>
        <translation>il a été arrêté</translation>
    </message>
    <message>
        <source>every step was taken</source>
        <translation>tous les pas ont été effectués</translation>
    </message>
    <message>
        <source>%1 steps at exponentially growing learning rates; the sweep ended because %2. The model was put back as it was.</source>
        <translation>%1 pas à des taux d&apos;apprentissage croissant exponentiellement ; le balayage s&apos;est terminé parce que %2. Le modèle a été remis dans son état d&apos;origine.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>perte (lissée)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>vallée</translation>
    </message>
    <message>
        <source>minimum ÷ 10</source>
        <translation>minimum ÷ 10</translation>
    </message>
    <message>
        <source>steepest</source>
        <translation>plus forte pente</translation>
    </message>
    <message>
        <source>Use %1 (%2)</source>
        <translation>Utiliser %1 (%2)</translation>
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
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Human Numbers is built in: pick a preset or an architecture and press Start (F5).</source>
        <translation>Human Numbers est intégré : choisissez un préréglage ou une architecture et appuyez sur Démarrer (F5).</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>Enregistré automatiquement : %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Applied to the run from the next step.</source>
        <translation>Appliqué à l&apos;exécution à partir du pas suivant.</translation>
    </message>
    <message>
        <source>Fix the settings marked in red first.</source>
        <translation>Corrigez d&apos;abord les paramètres marqués en rouge.</translation>
    </message>
    <message>
        <source>%1: %2 parameters, %3 batches per epoch, corpus %4 (%5 tokens)</source>
        <translation>%1 : %2 paramètres, %3 lots par époque, corpus %4 (%5 jetons)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Configurations (*.json);;All files (*)</source>
        <translation>Configurations (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Configuration…</source>
        <translation>&amp;Ouvrir une configuration…</translation>
    </message>
    <message>
        <source>Save &amp;Configuration As…</source>
        <translation>Enregistrer la &amp;configuration sous…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Open C&amp;heckpoint…</source>
        <translation>Ouvrir un &amp;point de sauvegarde…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Save Checkpoint</source>
        <translation>&amp;Enregistrer le point de sauvegarde</translation>
    </message>
    <message>
        <source>Save Checkpoint &amp;As…</source>
        <translation>Enregistrer le point de sauvegarde &amp;sous…</translation>
    </message>
    <message>
        <source>A&amp;utosave Each Epoch</source>
        <translation>Enregistrement a&amp;utomatique à chaque époque</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Réinitiali&amp;ser</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Start a new run with these settings (F5)</source>
        <translation>Démarrer une nouvelle exécution avec ces paramètres (F5)</translation>
    </message>
    <message>
        <source>Pause or resume after the current batch (F6)</source>
        <translation>Mettre en pause ou reprendre après le lot en cours (F6)</translation>
    </message>
    <message>
        <source>End the run after the current batch (Shift+F5)</source>
        <translation>Terminer l&apos;exécution après le lot en cours (Maj+F5)</translation>
    </message>
    <message>
        <source>Discard the run and clear the plots; the settings stay</source>
        <translation>Abandonner l&apos;exécution et effacer les graphiques ; les paramètres sont conservés</translation>
    </message>
    <message>
        <source>Find &amp;Learning Rate…</source>
        <translation>Chercher un &amp;taux d&apos;apprentissage…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>fastai&apos;s lr_find: a short sweep of growing learning rates</source>
        <translation>lr_find de fastai : un court balayage de taux d&apos;apprentissage croissants</translation>
    </message>
    <message>
        <source>P&amp;resets</source>
        <translation>Préré&amp;glages</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Unroll</source>
        <translation>À &amp;propos d&apos;Unroll</translation>
    </message>
    <message>
        <source>About Unroll</source>
        <translation>À propos d&apos;Unroll</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Unroll %1&lt;/h3&gt;&lt;p&gt;Train recurrent language models from scratch and watch them learn: the models of the fastai book&apos;s chapter “A Language Model from Scratch”, on its Human Numbers data set, with what happens inside them drawn live.&lt;/p&gt;&lt;p&gt;The same engine runs headless as &lt;tt&gt;unroll-cli&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Unroll %1&lt;/h3&gt;&lt;p&gt;Entraînez des modèles de langue récurrents à partir de zéro et regardez-les apprendre : les modèles du chapitre « A Language Model from Scratch » du livre de fastai, sur son jeu de données Human Numbers, avec ce qui se passe à l&apos;intérieur dessiné en direct.&lt;/p&gt;&lt;p&gt;Le même moteur fonctionne sans interface graphique sous le nom &lt;tt&gt;unroll-cli&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Open Configuration</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>L&apos;ouverture de %1</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Chargé : %1</translation>
    </message>
    <message>
        <source>Save Configuration</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>L&apos;enregistrement de %1</translation>
    </message>
    <message>
        <source>Finding a learning rate…</source>
        <translation>Recherche d&apos;un taux d&apos;apprentissage…</translation>
    </message>
    <message>
        <source>The language changes when Unroll starts again.</source>
        <translation>La langue changera au prochain démarrage d&apos;Unroll.</translation>
    </message>
    <message>
        <source>Step %1 skipped: %2</source>
        <translation>Pas %1 ignoré : %2</translation>
    </message>
    <message>
        <source>Unroll — %1 (%2)</source>
        <translation>Unroll — %1 (%2)</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Open Co&amp;rpus…</source>
        <translation>Ouvrir un co&amp;rpus…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Train on a UTF-8 text file (or drop one on the window)</source>
        <translation>Entraîner sur un fichier texte UTF-8 (ou en déposer un sur la fenêtre)</translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>Ouvrir un corpus</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Stop the run first to train on another file.</source>
        <translation>Arrêtez d&apos;abord l&apos;exécution pour entraîner sur un autre fichier.</translation>
    </message>
    <message>
        <source>Corpus: %1 — it is read and checked when the run starts (Tokens: word or char).</source>
        <translation>Corpus : %1 — il est lu et vérifié au démarrage de l&apos;exécution (Jetons : word ou char).</translation>
    </message>
    <message>
        <source>Loading the corpus: %1 % (Stop cancels)</source>
        <translation>Chargement du corpus : %1 % (Arrêter annule)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>This run is not recorded in the Runs tab: %1</source>
        <translation>Cette exécution n&apos;est pas enregistrée dans l&apos;onglet Exécutions : %1</translation>
    </message>
    <message>
        <source>Recent Corpora</source>
        <translation>Corpus récents</translation>
    </message>
    <message>
        <source>Recent Checkpoints</source>
        <translation>Points de contrôle récents</translation>
    </message>
    <message>
        <source>&amp;Follow a Run Log…</source>
        <translation>&amp;Suivre un journal d&apos;exécution…</translation>
    </message>
    <message>
        <source>Follow a run log</source>
        <translation>Suivre un journal d&apos;exécution</translation>
    </message>
    <message>
        <source>Run logs (*.jsonl);;All files (*)</source>
        <translation>Journaux d&apos;exécution (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recent Run Logs</source>
        <translation>Journaux d&apos;exécution récents</translation>
    </message>
    <message>
        <source>R&amp;ace Architectures…</source>
        <translation>&amp;Course d&apos;architectures…</translation>
    </message>
    <message>
        <source>The last session&apos;s settings could not be restored (%1); the defaults are shown.</source>
        <translation>Les réglages de la dernière session n&apos;ont pas pu être restaurés (%1) ; les valeurs par défaut sont affichées.</translation>
    </message>
    <message>
        <source>Stop the run first to change the settings.</source>
        <translation>Arrêtez d&apos;abord l&apos;exécution pour changer les réglages.</translation>
    </message>
    <message>
        <source>The form now holds that run&apos;s settings.</source>
        <translation>Le formulaire contient maintenant les réglages de cette exécution.</translation>
    </message>
    <message>
        <source>Save the checkpoint after every epoch (to the file this run was last saved to, or into the run&apos;s own folder in the Runs tab)</source>
        <translation>Enregistrer le point de sauvegarde après chaque époque (dans le fichier où cette exécution a été enregistrée en dernier, ou dans le dossier propre de l&apos;exécution dans l&apos;onglet Exécutions)</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergé</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Failed to start</source>
        <translation>Échec du démarrage</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Train a stopped or finished run on: raise Epochs first. The added epochs follow the Schedule setting: one_cycle starts a new cycle over them, constant holds the learning rate (Ctrl+F5)</source>
        <translation>Poursuivre l’entraînement d’une exécution arrêtée ou terminée : augmentez d’abord les époques. Les époques ajoutées suivent le planning : one_cycle commence un nouveau cycle sur elles, constant garde le taux d’apprentissage fixe (Ctrl+F5)</translation>
    </message>
    <message>
        <source>Starting a new run</source>
        <translation>Démarrer une nouvelle exécution</translation>
    </message>
    <message>
        <source>To continue, raise Epochs (a finished run needs more than it had); other settings than those that may change during a run need a new run.</source>
        <translation>Pour continuer, augmentez les époques (une exécution terminée en demande plus qu’elle n’en avait) ; changer d’autres réglages que ceux modifiables en cours d’exécution demande une nouvelle exécution.</translation>
    </message>
    <message numerus="yes">
        <source>Continuing for %n more epoch(s) with a new one-cycle.</source>
        <translation>
            <numerusform>Poursuite pour %n époque de plus avec un nouveau cycle.</numerusform>
            <numerusform>Poursuite pour %n époques de plus avec un nouveau cycle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuing for %n more epoch(s) at a constant learning rate.</source>
        <translation>
            <numerusform>Poursuite pour %n époque de plus à taux d’apprentissage constant.</numerusform>
            <numerusform>Poursuite pour %n époques de plus à taux d’apprentissage constant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>L’exécution n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Opening a checkpoint</source>
        <translation>Ouvrir un point de contrôle</translation>
    </message>
    <message>
        <source>Nothing to save yet: start a run or open a checkpoint first.</source>
        <translation>Rien à enregistrer : démarrez d’abord une exécution ou ouvrez un point de contrôle.</translation>
    </message>
    <message>
        <source>Wait a moment: the run is being prepared or is stopping.</source>
        <translation>Un instant : l’exécution est en préparation ou s’arrête.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 workers</translation>
    </message>
    <message>
        <source>Data-parallel: %1 processes each train on their share of every batch&apos;s rows, and average their gradients every step</source>
        <translation>Parallélisme de données : %1 processus entraînent chacun leur part des lignes de chaque lot et moyennent leurs gradients à chaque pas</translation>
    </message>
</context>
<context>
    <name>unroll::ParameterPlot</name>
    <message>
        <source>Gradient norm per parameter</source>
        <translation>Norme du gradient par paramètre</translation>
    </message>
    <message>
        <source>Update / weight ratio</source>
        <translation>Rapport mise à jour / poids</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
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
        <translation>Axe des valeurs logarithmique</translation>
    </message>
    <message>
        <source>Smoothing: 0 draws the raw values</source>
        <translation>Lissage : 0 affiche les valeurs brutes</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the axes to the data and follow it again (or double-click the plot)</source>
        <translation>Ajuster les axes aux données et les suivre à nouveau (ou double-cliquer sur le graphique)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Image vectorielle (SVG)…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Données (CSV)…</translation>
    </message>
    <message>
        <source>Smoothing: %1</source>
        <translation>Lissage : %1</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter « %1 »</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>%1 (abandoned by a rewind)</source>
        <translation>%1 (abandonné par un retour en arrière)</translation>
    </message>
    <message>
        <source>the SVG could not be drawn</source>
        <translation>le SVG n&apos;a pas pu être dessiné</translation>
    </message>
</context>
<context>
    <name>unroll::ProgressPanel</name>
    <message>
        <source>epoch %1 of %2</source>
        <translation>époque %1 sur %2</translation>
    </message>
    <message>
        <source>batch %1 of %2</source>
        <translation>lot %1 sur %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation>pas encore d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>unroll::RaceDialog</name>
    <message>
        <source>Race architectures</source>
        <translation>Course d&apos;architectures</translation>
    </message>
    <message>
        <source>The racers train on the form&apos;s corpus with its seed, so every one sees the same batches in the same order.</source>
        <translation>Les concurrents s&apos;entraînent sur le corpus du formulaire avec sa graine : chacun voit les mêmes lots dans le même ordre.</translation>
    </message>
    <message>
        <source>interleaved, one step each in turn</source>
        <translation>entrelacée, un pas chacun à tour de rôle</translation>
    </message>
    <message>
        <source>one after another</source>
        <translation>l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Start the race</source>
        <translation>Lancer la course</translation>
    </message>
</context>
<context>
    <name>unroll::RunsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Follow a run log…</source>
        <translation>Suivre un journal…</translation>
    </message>
    <message>
        <source>Plot a run log that unroll-cli train --log is still writing, live</source>
        <translation>Tracer en direct un journal qu&apos;unroll-cli train --log est encore en train d&apos;écrire</translation>
    </message>
    <message>
        <source>Race…</source>
        <translation>Course…</translation>
    </message>
    <message>
        <source>Train several presets on the same data and batch order</source>
        <translation>Entraîner plusieurs presets sur les mêmes données et dans le même ordre de lots</translation>
    </message>
    <message>
        <source>Stop the race</source>
        <translation>Arrêter la course</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>architecture</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>valid loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>training time</source>
        <translation>temps d&apos;entraînement</translation>
    </message>
    <message>
        <source>from</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>The race stopped: %1</source>
        <translation>La course s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>running (epoch %1 of %2)</source>
        <translation>en cours (époque %1 sur %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is still training: stop it before deleting it.</source>
        <translation>« %1 » est encore en entraînement : arrêtez-la avant de la supprimer.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Supprimer des exécutions</translation>
    </message>
    <message>
        <source>Delete %1 run(s) and everything in their folders (%2)? This cannot be undone.</source>
        <translation>Supprimer %1 exécution(s) et tout le contenu de leurs dossiers (%2) ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Renommer l&apos;exécution</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Follow a run log</source>
        <translation>Suivre un journal d&apos;exécution</translation>
    </message>
    <message>
        <source>Run logs (*.jsonl);;All files (*)</source>
        <translation>Journaux d&apos;exécution (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open its checkpoint</source>
        <translation>Ouvrir son point de contrôle</translation>
    </message>
    <message>
        <source>Load the run&apos;s last checkpoint into the window, to resume, inspect or generate from it</source>
        <translation>Charger le dernier point de contrôle de l&apos;exécution dans la fenêtre, pour la reprendre, l&apos;examiner ou générer à partir d&apos;elle</translation>
    </message>
    <message>
        <source>Use its settings</source>
        <translation>Utiliser ses réglages</translation>
    </message>
    <message>
        <source>Put the run&apos;s configuration in the form</source>
        <translation>Mettre la configuration de l&apos;exécution dans le formulaire</translation>
    </message>
    <message>
        <source>The run&apos;s settings cannot be read: %1</source>
        <translation>Les réglages de l&apos;exécution ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Ouvrir son dossier</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
</context>
<context>
    <name>unroll::SchedulePlot</name>
    <message>
        <source>Learning rate and momentum</source>
        <translation>Taux d&apos;apprentissage et momentum</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>β1</source>
        <translation>β1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
</context>
<context>
    <name>unroll::ScriptedRun</name>
    <message>
        <source>cannot apply setting &apos;%1&apos;</source>
        <translation>impossible d&apos;appliquer le paramètre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write screenshot: %1</source>
        <translation>impossible d&apos;écrire la capture d&apos;écran : %1</translation>
    </message>
    <message>
        <source>cannot write report: %1</source>
        <translation>impossible d&apos;écrire le rapport : %1</translation>
    </message>
</context>
<context>
    <name>unroll::StreamLayoutView</name>
    <message>
        <source>group_chunks: row j reads the text from sample j·%1 on; batch i+1 continues every row of batch i (the state carries into its own text)</source>
        <translation>group_chunks : la ligne j lit le texte à partir de l&apos;exemple j·%1 ; le lot i+1 prolonge chaque ligne du lot i (l&apos;état se poursuit dans son propre texte)</translation>
    </message>
    <message>
        <source>In order: batch i holds samples i·%1 … i·%1+%2, so a row&apos;s next batch reads other text (a carried state would be wrong)</source>
        <translation>Dans l&apos;ordre : le lot i contient les exemples i·%1 … i·%1+%2, donc le lot suivant d&apos;une ligne lit un autre texte (un état transmis serait erroné)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>tokens %1–%2</source>
        <translation>jetons %1–%2</translation>
    </message>
    <message>
        <source>▲ batch %1</source>
        <translation>▲ lot %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>+%1 rows</source>
        <translation>+%1 lignes</translation>
    </message>
</context>
<context>
    <name>unroll::TrainingController</name>
    <message>
        <source>Changing the settings</source>
        <translation>La modification des paramètres</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>L&apos;enregistrement de %1</translation>
    </message>
    <message>
        <source>Finding a learning rate</source>
        <translation>La recherche d&apos;un taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Preparing the run</source>
        <translation>La préparation de l&apos;exécution</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>L&apos;entraînement</translation>
    </message>
    <message>
        <source>Start a run or open a checkpoint first: generation uses the model&apos;s current weights.</source>
        <translation>Démarrez d&apos;abord une exécution ou ouvrez un point de sauvegarde : la génération utilise les poids actuels du modèle.</translation>
    </message>
    <message>
        <source>Reading a validation batch</source>
        <translation>La lecture d&apos;un lot de validation</translation>
    </message>
    <message>
        <source>Validating in shuffled order</source>
        <translation>La validation dans un ordre mélangé</translation>
    </message>
    <message>
        <source>Continuing the run</source>
        <translation>Poursuite de l’exécution</translation>
    </message>
    <message>
        <source>Recovering the run</source>
        <translation>Rétablissement de l’exécution</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>there is no model to save: start a run or open a checkpoint first</source>
        <translation>il n’y a aucun modèle à enregistrer : démarrez d’abord une exécution ou ouvrez un point de contrôle</translation>
    </message>
    <message>
        <source>Recording the run</source>
        <translation>Enregistrement de l’exécution</translation>
    </message>
</context>
</TS>
