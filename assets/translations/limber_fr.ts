<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>SettingsText</name>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Where I am &amp; equipment</source>
        <translation>Lieu et matériel</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrage à la connexion</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>When Limber reminds you to get up and move.</source>
        <translation>Quand Limber vous rappelle de vous lever et de bouger.</translation>
    </message>
    <message>
        <source>How long a guided break lasts and how many make a good day.</source>
        <translation>La durée d&apos;une pause guidée et le nombre de pauses qui font une bonne journée.</translation>
    </message>
    <message>
        <source>Limber only offers exercises that fit where you are and what you have.</source>
        <translation>Limber ne propose que des exercices adaptés à l&apos;endroit où vous êtes et au matériel dont vous disposez.</translation>
    </message>
    <message>
        <source>How Limber gets your attention during a break.</source>
        <translation>Comment Limber attire votre attention pendant une pause.</translation>
    </message>
    <message>
        <source>Limber works best when it runs all day.</source>
        <translation>Limber fonctionne au mieux lorsqu&apos;il tourne toute la journée.</translation>
    </message>
    <message>
        <source>No reminders in the evening or at night.</source>
        <translation>Aucun rappel le soir ni la nuit.</translation>
    </message>
    <message>
        <source>Make the break window easier to follow.</source>
        <translation>Rendre la fenêtre de pause plus facile à suivre.</translation>
    </message>
    <message>
        <source>So that a reminder never lands in a call, Limber notices whether a camera, the microphone or a screen share is in use. It reads only which devices are open (from PipeWire and the list of open files), never a sound or a picture, and keeps nothing of it.</source>
        <translation>Pour qu&apos;un rappel ne tombe jamais en plein appel, Limber remarque si une caméra, le microphone ou un partage d&apos;écran est utilisé. Il lit seulement quels périphériques sont ouverts (via PipeWire et la liste des fichiers ouverts), jamais un son ni une image, et n&apos;en conserve rien.</translation>
    </message>
    <message>
        <source>Remind me after sitting for</source>
        <translation>Me rappeler après un temps assis de</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Reporter de</translation>
    </message>
    <message>
        <source>Repeat an ignored reminder after</source>
        <translation>Répéter un rappel ignoré après</translation>
    </message>
    <message>
        <source>Count time away as a break after</source>
        <translation>Compter une absence comme pause après</translation>
    </message>
    <message>
        <source>Length of a break</source>
        <translation>Durée d&apos;une pause</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif quotidien</translation>
    </message>
    <message>
        <source>I take my breaks</source>
        <translation>Je fais mes pauses</translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation>Matériel à disposition</translation>
    </message>
    <message>
        <source>Play a gentle sound between exercises</source>
        <translation>Jouer un son doux entre les exercices</translation>
    </message>
    <message>
        <source>Start Limber when you log in</source>
        <translation>Lancer Limber à la connexion</translation>
    </message>
    <message>
        <source>Hold reminders during quiet hours</source>
        <translation>Suspendre les rappels pendant les heures calmes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <source>A camera in use is a call</source>
        <translation>Une caméra utilisée compte comme un appel</translation>
    </message>
    <message>
        <source>The microphone in use is a call</source>
        <translation>Le microphone utilisé compte comme un appel</translation>
    </message>
    <message>
        <source>Sharing the screen is a call</source>
        <translation>Le partage d&apos;écran compte comme un appel</translation>
    </message>
    <message>
        <source>Avoid exercises that press on the spine</source>
        <translation>Éviter les exercices qui appuient sur la colonne vertébrale</translation>
    </message>
    <message>
        <source>Exercises left out</source>
        <translation>Exercices exclus</translation>
    </message>
    <message>
        <source>Safety notes read</source>
        <translation>Consignes de sécurité lues</translation>
    </message>
    <message>
        <source>At a desk</source>
        <translation>Au bureau</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>À la maison</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rouleau en mousse</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Serviette</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <source>Tennis balls</source>
        <translation>Balles de tennis</translation>
    </message>
    <message>
        <source>Exercise band</source>
        <translation>Bande élastique</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Haltères</translation>
    </message>
    <message>
        <source>Yoga mat</source>
        <translation>Tapis de yoga</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source> break</source>
        <translation>&#xa0;pause</translation>
    </message>
    <message numerus="yes">
        <source> breaks</source>
        <translation>
            <numerusform>&#xa0;pause</numerusform>
            <numerusform>&#xa0;pauses</numerusform>
        </translation>
    </message>
    <message>
        <source>Your computers</source>
        <translation>Vos ordinateurs</translation>
    </message>
    <message>
        <source>On several computers, Limber keeps one history, streak and week through a folder you already sync between them. Each computer adds its own breaks to a small journal file there; the history itself stays on each computer.</source>
        <translation>Sur plusieurs ordinateurs, Limber tient un seul historique, une seule série et une seule semaine grâce à un dossier que vous synchronisez déjà entre eux. Chaque ordinateur y ajoute ses pauses dans un petit fichier journal&#xa0;; l’historique lui-même reste sur chaque ordinateur.</translation>
    </message>
    <message>
        <source>Synced folder</source>
        <translation>Dossier synchronisé</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>limber::BreakEndPage</name>
    <message>
        <source>Break complete</source>
        <translation>Pause terminée</translation>
    </message>
    <message>
        <source>You moved for %1. Well done.</source>
        <translation>Vous avez bougé pendant %1. Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Break ended early</source>
        <translation>Pause écourtée</translation>
    </message>
    <message>
        <source>Saved as a partial break: %1 of %2 done.</source>
        <translation>Enregistrée comme pause partielle&#xa0;: temps effectué %1 sur %2.</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non effectué</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>breaks today</source>
        <translation>pauses aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n breaks</source>
        <translation>
            <numerusform>Aujourd&apos;hui&#xa0;: %1 sur %n pause</numerusform>
            <numerusform>Aujourd&apos;hui&#xa0;: %1 sur %n pauses</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>série en cours</translation>
    </message>
    <message>
        <source>Current streak: 1 day</source>
        <translation>Série en cours&#xa0;: 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n days</source>
        <translation>
            <numerusform>Série en cours&#xa0;: %n jour</numerusform>
            <numerusform>Série en cours&#xa0;: %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::BreakExercisePage</name>
    <message>
        <source>Whole break</source>
        <translation>Pause entière</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Cautions for this exercise</source>
        <translation>Précautions pour cet exercice</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Exercice %1 sur %2</translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation>Dosage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Up next: %1 (%2)</source>
        <translation>Ensuite&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Last exercise of this break</source>
        <translation>Dernier exercice de cette pause</translation>
    </message>
    <message>
        <source>Paused · %1 left in this break</source>
        <translation>Suspendu · il reste %1 dans cette pause</translation>
    </message>
    <message>
        <source>%1 left in this break</source>
        <translation>Il reste %1 dans cette pause</translation>
    </message>
</context>
<context>
    <name>limber::BreakProgressBar</name>
    <message>
        <source>%1 of the break left</source>
        <translation>Il reste %1 de pause</translation>
    </message>
</context>
<context>
    <name>limber::BreakSafetyPage</name>
    <message>
        <source>Leave out exercises that press on my spine</source>
        <translation>Exclure les exercices qui appuient sur ma colonne vertébrale</translation>
    </message>
    <message>
        <source>Start the break</source>
        <translation>Commencer la pause</translation>
    </message>
    <message>
        <source>Starts the break; these notes are not shown again (Return)</source>
        <translation>Commence la pause&#xa0;; ces consignes ne seront plus affichées (Entrée)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Closes this window without a break (Esc)</source>
        <translation>Ferme cette fenêtre sans faire de pause (Échap)</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Consignes de sécurité</translation>
    </message>
    <message>
        <source>Before your first break</source>
        <translation>Avant votre première pause</translation>
    </message>
    <message>
        <source>The exercises are gentle, but not right for everyone at every time. Please read this once.</source>
        <translation>Les exercices sont doux, mais ne conviennent pas à tout le monde à tout moment. Veuillez lire ceci une fois.</translation>
    </message>
    <message>
        <source>Osteoporosis or osteopenia</source>
        <translation>Ostéoporose ou ostéopénie</translation>
    </message>
    <message>
        <source>Avoid exercises that press on the spine: lying on tennis balls or on a foam roller along the spine.</source>
        <translation>Évitez les exercices qui appuient sur la colonne vertébrale&#xa0;: s&apos;allonger sur des balles de tennis ou sur un rouleau en mousse placé le long de la colonne.</translation>
    </message>
    <message>
        <source>Breaks then leave out the tennis-ball and foam-roller exercises that press on the spine</source>
        <translation>Les pauses excluent alors les exercices avec balles de tennis et rouleau en mousse qui appuient sur la colonne vertébrale</translation>
    </message>
    <message>
        <source>A recent injury, surgery or pain</source>
        <translation>Une blessure récente, une opération ou des douleurs</translation>
    </message>
    <message>
        <source>Ask a doctor or physiotherapist before you start. Stop an exercise if it hurts: a gentle stretch is fine, pain is not.</source>
        <translation>Demandez conseil à un médecin ou à un kinésithérapeute avant de commencer. Arrêtez un exercice s&apos;il fait mal&#xa0;: un étirement doux, c&apos;est bien&#xa0;; la douleur, non.</translation>
    </message>
    <message>
        <source>Limber is not medical advice</source>
        <translation>Limber n&apos;est pas un avis médical</translation>
    </message>
    <message>
        <source>It suggests gentle movement; it does not diagnose or treat anything. You know your body best.</source>
        <translation>Il propose des mouvements doux&#xa0;; il ne pose aucun diagnostic et ne soigne rien. C&apos;est vous qui connaissez le mieux votre corps.</translation>
    </message>
    <message>
        <source>See the exercises…</source>
        <translation>Voir les exercices…</translation>
    </message>
    <message>
        <source>Opens the Exercises window: every exercise in full, and which to leave out of your breaks</source>
        <translation>Ouvre la fenêtre Exercices&#xa0;: chaque exercice en détail, et ceux à exclure de vos pauses</translation>
    </message>
</context>
<context>
    <name>limber::BreakWindow</name>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Limber break</source>
        <translation>Pause Limber</translation>
    </message>
    <message>
        <source>Move within a comfortable range. Stop if you feel sharp pain, burning, tingling or nerve-like symptoms. Limber is not medical advice: with pain or a recent injury, ask a professional first.</source>
        <translation>Bougez dans une amplitude confortable. Arrêtez si vous ressentez une douleur vive, une brûlure, des picotements ou des symptômes de type nerveux. Limber n&apos;est pas un avis médical&#xa0;: en cas de douleur ou de blessure récente, demandez d&apos;abord l&apos;avis d&apos;un professionnel.</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Consigne de sécurité</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Pauses or resumes the countdown</source>
        <translation>Suspend ou reprend le compte à rebours</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Goes on to the next exercise</source>
        <translation>Passe à l&apos;exercice suivant</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Ends the break now and keeps the time done</source>
        <translation>Termine la pause maintenant et garde le temps effectué</translation>
    </message>
    <message>
        <source>Space pause · → next · Esc finish</source>
        <translation>Espace suspendre · → suivant · Échap terminer</translation>
    </message>
    <message>
        <source>Keyboard: Space pauses, Right arrow goes to the next exercise, Esc finishes the break</source>
        <translation>Clavier&#xa0;: Espace suspend, Flèche droite passe à l&apos;exercice suivant, Échap termine la pause</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Ferme cette fenêtre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pause terminée</translation>
    </message>
    <message>
        <source>Break ended early</source>
        <translation>Pause écourtée</translation>
    </message>
</context>
<context>
    <name>limber::CanberraSoundPlayer</name>
    <message>
        <source>Limber: next exercise</source>
        <translation>Limber&#xa0;: exercice suivant</translation>
    </message>
    <message>
        <source>Limber: break complete</source>
        <translation>Limber&#xa0;: pause terminée</translation>
    </message>
</context>
<context>
    <name>limber::CommandLine</name>
    <message>
        <source>unknown option &quot;%1&quot;; see %2</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»&#xa0;; voir %2</translation>
    </message>
    <message>
        <source>%1 needs a number of minutes from 1 to %2</source>
        <translation>%1 attend un nombre de minutes entre 1 et %2</translation>
    </message>
    <message>
        <source>%1 needs a format: %2 or %3</source>
        <translation>%1 attend un format&#xa0;: %2 ou %3</translation>
    </message>
    <message>
        <source>%1 needs a directory</source>
        <translation>%1 attend un dossier</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 n&apos;accepte pas de valeur</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be combined</source>
        <translation>%1 et %2 ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see %2</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#xa0;; voir %2</translation>
    </message>
    <message>
        <source>%1 goes with %2 or %3</source>
        <translation>%1 s&apos;utilise avec %2 ou %3</translation>
    </message>
    <message>
        <source>Usage: limber [COMMAND]

Limber lives in the system tray, measures how long you have been sitting and
reminds you to take a short guided mid-back mobility break.

Without a command, starts Limber (or tells the running Limber to show itself).

Commands for the running Limber:
  --break-now        start a guided break now
  --snooze MIN       put the next reminder off by MIN minutes
  --pause MIN        hold reminders for MIN minutes (1-1440)
  --resume           end a pause
  --status [--json]  sitting time, next break, pause, backends in use
  --stats [--json]   today&apos;s breaks, current and best streak, this week
                     (works without a running Limber too)
  --settings         open the settings (starts Limber if it is not running)
  --history          open the history of the last weeks (starts Limber too)
  --exercises        open the exercises: each one&apos;s figure, dose, cautions and
                     source; leave some out of your breaks (starts Limber too)
  --quit             stop Limber

Your history (with or without a running Limber):
  --export csv|json [FILE]
                     write every break, reminder and day to FILE, or to
                     stdout without one (columns: see the man page)

Other:
  --autostart        start quietly in the tray (used at login)
  --render-exercises DIR
                     draw every exercise&apos;s key poses into PNG files in DIR
                     (a contact sheet for reviewing the illustrations)
  --version          print the version
  --help             print this help

Exit status: 0 done, 1 failed, 2 bad command line, 3 Limber is not running.

Files: settings in $LIMBER_CONFIG_DIR or $XDG_CONFIG_HOME/limber/limber.conf;
history in $LIMBER_DATA_DIR or $XDG_DATA_HOME/limber/history.sqlite3.
</source>
        <translation>Utilisation&#xa0;: limber [COMMANDE]

Limber se loge dans la zone de notification, mesure le temps que vous passez
assis et vous rappelle de faire une courte pause guidée de mobilité pour le
milieu du dos.

Sans commande, lance Limber (ou demande au Limber déjà lancé de s&apos;afficher).

Commandes pour le Limber déjà lancé&#xa0;:
  --break-now        commencer une pause guidée maintenant
  --snooze MIN       reporter le prochain rappel de MIN minutes
  --pause MIN        suspendre les rappels pendant MIN minutes (1-1440)
  --resume           mettre fin à une suspension
  --status [--json]  temps assis, prochaine pause, suspension, moteurs utilisés
  --stats [--json]   pauses du jour, série en cours et meilleure série, semaine
                     (fonctionne aussi sans Limber lancé)
  --settings         ouvrir les paramètres (lance Limber s&apos;il ne tourne pas)
  --history          ouvrir l&apos;historique des dernières semaines (lance aussi
                     Limber)
  --exercises        ouvrir les exercices&#xa0;: figure, dosage, précautions et
                     source de chacun&#xa0;; en exclure certains de vos pauses
                     (lance aussi Limber)
  --quit             arrêter Limber

Votre historique (avec ou sans Limber lancé)&#xa0;:
  --export csv|json [FICHIER]
                     écrire chaque pause, rappel et jour dans FICHIER, ou sur la
                     sortie standard sans FICHIER (colonnes&#xa0;: voir la page de
                     manuel)

Autres&#xa0;:
  --autostart        démarrer discrètement dans la zone de notification
                     (utilisé à la connexion)
  --render-exercises DOSSIER
                     dessiner les poses clés de chaque exercice en fichiers PNG
                     dans DOSSIER (une planche contact pour vérifier les
                     illustrations)
  --version          afficher la version
  --help             afficher cette aide

Code de retour&#xa0;: 0 succès, 1 échec, 2 ligne de commande incorrecte,
3 Limber n&apos;est pas lancé.

Fichiers&#xa0;: paramètres dans $LIMBER_CONFIG_DIR ou
$XDG_CONFIG_HOME/limber/limber.conf&#xa0;; historique dans $LIMBER_DATA_DIR ou
$XDG_DATA_HOME/limber/history.sqlite3.
</translation>
    </message>
</context>
<context>
    <name>limber::ControlClient</name>
    <message>
        <source>Limber is not running</source>
        <translation>Limber n&apos;est pas lancé</translation>
    </message>
    <message>
        <source>could not talk to Limber: %1</source>
        <translation>impossible de communiquer avec Limber&#xa0;: %1</translation>
    </message>
    <message>
        <source>Limber gave no valid answer (%1)</source>
        <translation>Limber n&apos;a pas donné de réponse valide (%1)</translation>
    </message>
</context>
<context>
    <name>limber::ControlRequestHandler</name>
    <message>
        <source>Limber is already running.
%1
</source>
        <translation>Limber est déjà lancé.
%1
</translation>
    </message>
    <message>
        <source>the history is not available</source>
        <translation>l&apos;historique n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>commande inconnue</translation>
    </message>
    <message>
        <source>Synced through %1 as “%2”, with: %3</source>
        <translation>Synchronisé via %1 sous le nom «&#xa0;%2&#xa0;», avec&#xa0;: %3</translation>
    </message>
    <message>
        <source>no other computer yet</source>
        <translation>aucun autre ordinateur pour l’instant</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this exercise: %1, paused</source>
        <translation>Temps restant pour cet exercice&#xa0;: %1, suspendu</translation>
    </message>
    <message>
        <source>Time left in this exercise: %1</source>
        <translation>Temps restant pour cet exercice&#xa0;: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restant</translation>
    </message>
</context>
<context>
    <name>limber::Daemon</name>
    <message>
        <source>Limber cannot save your breaks</source>
        <translation>Limber ne peut pas enregistrer vos pauses</translation>
    </message>
    <message>
        <source>The history file could not be opened: %1</source>
        <translation>Le fichier d&apos;historique n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Limber started a new history</source>
        <translation>Limber a commencé un nouvel historique</translation>
    </message>
    <message>
        <source>The history file was damaged. It was kept as %1.</source>
        <translation>Le fichier d&apos;historique était endommagé. Il a été conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>Limber found problems in your files</source>
        <translation>Limber a trouvé des problèmes dans vos fichiers</translation>
    </message>
    <message>
        <source> (and %1 more; see the log)</source>
        <translation> (et %1 de plus&#xa0;; voir le journal)</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseDetails</name>
    <message>
        <source>Include in my breaks</source>
        <translation>Inclure dans mes pauses</translation>
    </message>
    <message>
        <source>When unticked, this exercise is never part of a break</source>
        <translation>Si la case est décochée, cet exercice ne fait jamais partie d&apos;une pause</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Cautions for this exercise</source>
        <translation>Précautions pour cet exercice</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Only at home</source>
        <translation>Seulement à la maison</translation>
    </message>
    <message>
        <source>Needs equipment not at hand</source>
        <translation>Nécessite du matériel dont vous ne disposez pas</translation>
    </message>
    <message>
        <source>Presses on the spine</source>
        <translation>Appuie sur la colonne vertébrale</translation>
    </message>
    <message>
        <source>Longer than your break</source>
        <translation>Plus long que votre pause</translation>
    </message>
    <message>
        <source>Not offered with your settings: %1. You can change them in Settings.</source>
        <translation>Non proposé avec vos paramètres&#xa0;: %1. Vous pouvez les modifier dans Paramètres.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2 in a break)</source>
        <translation>%1 (%2 dans une pause)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3 in a break)</source>
        <translation>%1 (%2 à %3 dans une pause)</translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation>Dosage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseFigureView</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Illustration de l&apos;exercice</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>Illustration&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>limber::ExercisesWindow</name>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>No exercise for your breaks</source>
        <translation>Aucun exercice pour vos pauses</translation>
    </message>
    <message>
        <source>None of the exercises that suit your settings is included, so a break would have nothing to offer. Tick one here, or change where you take your breaks and your equipment in Settings.</source>
        <translation>Aucun des exercices adaptés à vos paramètres n&apos;est inclus&#xa0;: une pause n&apos;aurait donc rien à proposer. Cochez-en un ici, ou modifiez dans Paramètres l&apos;endroit où vous faites vos pauses et votre matériel.</translation>
    </message>
    <message>
        <source>Every exercise Limber knows. Checked ones can be part of your breaks; Space ticks or unticks the selected one.</source>
        <translation>Tous les exercices que Limber connaît. Ceux qui sont cochés peuvent faire partie de vos pauses&#xa0;; Espace coche ou décoche l&apos;exercice sélectionné.</translation>
    </message>
    <message>
        <source>Left out of your breaks</source>
        <translation>Exclu de vos pauses</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 of %1 in your breaks</source>
        <translation>1 sur %1 dans vos pauses</translation>
    </message>
    <message>
        <source>%1 of %2 in your breaks</source>
        <translation>%1 sur %2 dans vos pauses</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>limber::ExportCommand</name>
    <message>
        <source>export failed: %1</source>
        <translation>échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>limber::FreedesktopNotifier</name>
    <message>
        <source>Start break</source>
        <translation>Commencer la pause</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Reporter de %1&#xa0;min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>limber::HistoryChart</name>
    <message>
        <source>1 break</source>
        <translation>1 pause</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pause</numerusform>
            <numerusform>%n pauses</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaks in the last weeks</source>
        <translation>Pauses des dernières semaines</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n weeks</source>
        <translation>
            <numerusform>Pauses sur %n semaine</numerusform>
            <numerusform>Pauses des %n dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 breaks, goal reached</source>
        <translation>%1 sur %2 pauses, objectif atteint</translation>
    </message>
    <message>
        <source>%1 of %2 breaks</source>
        <translation>%1 sur %2 pauses</translation>
    </message>
    <message>
        <source>no breaks</source>
        <translation>aucune pause</translation>
    </message>
    <message>
        <source>away from the computer</source>
        <translation>loin de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>, %1 cut short</source>
        <translation>, écourtées&#xa0;: %1</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Pas encore d&apos;historique.</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks from %1 to %2. Daily goal: %3.</source>
        <translation>
            <numerusform>%n semaine, du %1 au %2. Objectif quotidien&#xa0;: %3.</numerusform>
            <numerusform>%n semaines, du %1 au %2. Objectif quotidien&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all; goal reached on %2.</source>
        <translation>%1 au total&#xa0;; objectif atteint&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Week of %1: %2, goal reached on %3.</source>
        <translation>Semaine du %1&#xa0;: %2, objectif atteint&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Semaine du %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>limber::HistoryWindow</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your last 8 weeks</source>
        <translation>Vos 8 dernières semaines</translation>
    </message>
    <message>
        <source>Done most often</source>
        <translation>Les plus pratiqués</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Some breaks</source>
        <translation>Quelques pauses</translation>
    </message>
    <message>
        <source>No breaks</source>
        <translation>Aucune pause</translation>
    </message>
    <message>
        <source>Away from the computer</source>
        <translation>Loin de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>A break cut short</source>
        <translation>Une pause écourtée</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Meilleure série</translation>
    </message>
    <message>
        <source>Breaks this week</source>
        <translation>Pauses cette semaine</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in %n weeks</source>
        <translation>
            <numerusform>Pauses en %n semaine</numerusform>
            <numerusform>Pauses en %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal of %1 breaks reached on %2 of %n days</source>
        <translation>
            <numerusform>Objectif quotidien (%1 par jour) atteint %2 fois en %n jour</numerusform>
            <numerusform>Objectif quotidien (%1 par jour) atteint %2 fois en %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing yet: the exercises of your breaks will show up here.</source>
        <translation>Rien pour l&apos;instant&#xa0;: les exercices de vos pauses apparaîtront ici.</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history cannot be read right now.
%1</source>
        <translation>L&apos;historique ne peut pas être lu pour le moment.
%1</translation>
    </message>
    <message>
        <source>On your computers</source>
        <translation>Sur vos ordinateurs</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>Another computer</source>
        <translation>Un autre ordinateur</translation>
    </message>
    <message>
        <source>1 break</source>
        <translation>1 pause</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pause</numerusform>
            <numerusform>%n pauses</numerusform>
        </translation>
    </message>
    <message>
        <source>the last on %1</source>
        <translation>la dernière le %1</translation>
    </message>
    <message>
        <source>none in these weeks</source>
        <translation>aucune ces semaines-ci</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
</context>
<context>
    <name>limber::IllustrationFrame</name>
    <message>
        <source>Illustration: %1. %2</source>
        <translation>Illustration&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
</context>
<context>
    <name>limber::ReadOnlyHistory</name>
    <message>
        <source>the history %1 is damaged (%2); it was left as it is, and Limber keeps it aside and starts a new one when it next starts</source>
        <translation>l&apos;historique %1 est endommagé (%2)&#xa0;; il a été laissé tel quel, et Limber le mettra de côté et en commencera un nouveau à son prochain démarrage</translation>
    </message>
    <message>
        <source>cannot read the history %1: %2</source>
        <translation>impossible de lire l&apos;historique %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>limber::ReminderFlow</name>
    <message>
        <source>%1-minute</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1-second</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>No exercise fits your settings: include some in Exercises.</source>
        <translation>Aucun exercice ne correspond à vos paramètres&#xa0;: incluez-en quelques-uns dans Exercices.</translation>
    </message>
    <message>
        <source>%1 mid-back routine: %2</source>
        <translation>Routine de %1 pour le milieu du dos&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of 1 break today</source>
        <translation>%1 sur 1 pause aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks today</source>
        <translation>
            <numerusform>%1 sur %n pause aujourd&apos;hui</numerusform>
            <numerusform>%1 sur %n pauses aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>streak 1 day</source>
        <translation>série&#xa0;: 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>streak %n days</source>
        <translation>
            <numerusform>série&#xa0;: %n jour</numerusform>
            <numerusform>série&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>today&apos;s breaks, then the streak</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Limber has no icon here: open it from your applications (Limber) to see your week.</source>
        <translation>Limber n&apos;a pas d&apos;icône ici&#xa0;: ouvrez-le depuis vos applications (Limber) pour voir votre semaine.</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>C&apos;est l&apos;heure de bouger</translation>
    </message>
    <message>
        <source>Click to start.</source>
        <translation>Cliquez pour commencer.</translation>
    </message>
</context>
<context>
    <name>limber::SettingEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>Exclus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>limber::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>limber::SettingsSchema</name>
    <message>
        <source>Sitting time before a break is due</source>
        <translation>Temps passé assis avant qu&apos;une pause soit proposée</translation>
    </message>
    <message>
        <source>Length of a guided break</source>
        <translation>Durée d&apos;une pause guidée</translation>
    </message>
    <message>
        <source>How long Snooze puts a reminder off</source>
        <translation>De combien «&#xa0;Reporter&#xa0;» décale un rappel</translation>
    </message>
    <message>
        <source>How soon an ignored reminder comes back</source>
        <translation>Délai avant qu&apos;un rappel ignoré revienne</translation>
    </message>
    <message>
        <source>Time away from keyboard and mouse that counts as a break</source>
        <translation>Temps loin du clavier et de la souris qui compte comme une pause</translation>
    </message>
    <message>
        <source>Completed breaks a day needs to count towards the streak</source>
        <translation>Pauses terminées nécessaires dans une journée pour qu&apos;elle compte dans la série</translation>
    </message>
    <message>
        <source>Where you take breaks: at a desk (standing and seated exercises) or at home (floor exercises too)</source>
        <translation>Où vous faites vos pauses&#xa0;: au bureau (exercices debout et assis) ou à la maison (exercices au sol en plus)</translation>
    </message>
    <message>
        <source>Equipment you have at hand</source>
        <translation>Matériel dont vous disposez</translation>
    </message>
    <message>
        <source>Start Limber when you log in</source>
        <translation>Lancer Limber à la connexion</translation>
    </message>
    <message>
        <source>Hold reminders during quiet hours</source>
        <translation>Suspendre les rappels pendant les heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours begin</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>Play a gentle sound between exercises</source>
        <translation>Jouer un son doux entre les exercices</translation>
    </message>
    <message>
        <source>Show exercises as still key poses instead of animating them</source>
        <translation>Montrer les exercices en poses clés fixes au lieu de les animer</translation>
    </message>
    <message>
        <source>Hold reminders while a camera is in use</source>
        <translation>Suspendre les rappels tant qu&apos;une caméra est utilisée</translation>
    </message>
    <message>
        <source>Hold reminders while the microphone is in use</source>
        <translation>Suspendre les rappels tant que le microphone est utilisé</translation>
    </message>
    <message>
        <source>Hold reminders while the screen is shared</source>
        <translation>Suspendre les rappels tant que l&apos;écran est partagé</translation>
    </message>
    <message>
        <source>Leave out exercises that press on the spine (foam roller, tennis balls), as osteoporosis or osteopenia asks</source>
        <translation>Exclure les exercices qui appuient sur la colonne vertébrale (rouleau en mousse, balles de tennis), comme l&apos;exigent l&apos;ostéoporose ou l&apos;ostéopénie</translation>
    </message>
    <message>
        <source>Exercises never offered in a break; choose them in the Exercises window</source>
        <translation>Exercices jamais proposés dans une pause&#xa0;; choisissez-les dans la fenêtre Exercices</translation>
    </message>
    <message>
        <source>The safety notes were read before the first break; untick to see them again before the next one</source>
        <translation>Les consignes de sécurité ont été lues avant la première pause&#xa0;; décochez pour les revoir avant la suivante</translation>
    </message>
    <message>
        <source>A folder you sync between your computers (Syncthing, Nextcloud, Dropbox); empty: this computer&apos;s history only</source>
        <translation>Un dossier que vous synchronisez entre vos ordinateurs (Syncthing, Nextcloud, Dropbox)&#xa0;; vide&#xa0;: l’historique de cet ordinateur seulement</translation>
    </message>
    <message>
        <source>This computer&apos;s name in the history of the others; empty: its host name</source>
        <translation>Le nom de cet ordinateur dans l’historique des autres&#xa0;; vide&#xa0;: son nom d’hôte</translation>
    </message>
</context>
<context>
    <name>limber::StatsReport</name>
    <message>
        <source>done</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>future</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then its status</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n breaks (%2 partial)</source>
        <translation>
            <numerusform>Aujourd&apos;hui&#xa0;: %1 sur %n pause (partielles&#xa0;: %2)</numerusform>
            <numerusform>Aujourd&apos;hui&#xa0;: %1 sur %n pauses (partielles&#xa0;: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days (best %1)</source>
        <translation>
            <numerusform>Série&#xa0;: %n jour (meilleure&#xa0;: %1)</numerusform>
            <numerusform>Série&#xa0;: %n jours (meilleure&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Cette semaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>limber::StatusProblems</name>
    <message>
        <source>No system tray is running; the icon appears as soon as one starts.</source>
        <translation>Aucune zone de notification n&apos;est active&#xa0;; l&apos;icône apparaîtra dès qu&apos;il y en aura une.</translation>
    </message>
    <message>
        <source>No notification server is running; reminders show at the tray icon.</source>
        <translation>Aucun serveur de notifications n&apos;est actif&#xa0;; les rappels s&apos;affichent sur l&apos;icône de la zone de notification.</translation>
    </message>
    <message>
        <source>Input idle time cannot be read; only a locked screen or a suspend count as natural breaks.</source>
        <translation>Le temps d&apos;inactivité des périphériques d&apos;entrée ne peut pas être lu&#xa0;; seuls un écran verrouillé ou une mise en veille comptent comme des pauses naturelles.</translation>
    </message>
    <message>
        <source>This desktop stops the idle time while a video plays, so watching a video counts as sitting.</source>
        <translation>Cet environnement de bureau arrête le temps d&apos;inactivité pendant la lecture d&apos;une vidéo&#xa0;: regarder une vidéo compte donc comme du temps assis.</translation>
    </message>
    <message>
        <source>PipeWire is not running, so a microphone or screen share in use is not seen as a call (a camera opened directly still is).</source>
        <translation>PipeWire n&apos;est pas lancé&#xa0;: un microphone ou un partage d&apos;écran en cours n&apos;est donc pas reconnu comme un appel (une caméra ouverte directement l&apos;est toujours).</translation>
    </message>
    <message>
        <source>Screen lock and suspend are not reported; a suspend is still noticed from the clocks.</source>
        <translation>Le verrouillage de l&apos;écran et la mise en veille ne sont pas signalés&#xa0;; une mise en veille est tout de même détectée grâce aux horloges.</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Il n&apos;y a pas de bus de session D-Bus.</translation>
    </message>
    <message>
        <source>There is no D-Bus system bus; logind&apos;s lock and sleep signals are not available.</source>
        <translation>Il n&apos;y a pas de bus système D-Bus&#xa0;; les signaux de verrouillage et de mise en veille de logind ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set; the control socket is in the temporary directory instead.</source>
        <translation>XDG_RUNTIME_DIR n&apos;est pas défini&#xa0;; le socket de contrôle se trouve à la place dans le répertoire temporaire.</translation>
    </message>
    <message>
        <source>Breaks are not being saved: %1</source>
        <translation>Les pauses ne sont pas enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The settings file has problems; defaults are used where a value could not be read (see the log).</source>
        <translation>Le fichier de paramètres comporte des erreurs&#xa0;; les valeurs par défaut sont utilisées là où une valeur n&apos;a pas pu être lue (voir le journal).</translation>
    </message>
    <message>
        <source>Your exercise file has problems; the entries in question are left out (see the log).</source>
        <translation>Votre fichier d&apos;exercices comporte des erreurs&#xa0;; les entrées concernées sont ignorées (voir le journal).</translation>
    </message>
    <message>
        <source>The sound cue is on, but no sound can be played (no sound server, or libcanberra is missing; see the log).</source>
        <translation>Le signal sonore est activé, mais aucun son ne peut être joué (pas de serveur de son, ou libcanberra est absent&#xa0;; voir le journal).</translation>
    </message>
    <message>
        <source>The synced folder cannot be used now (see the log); breaks are kept on this computer and synced once it is back.</source>
        <translation>Le dossier synchronisé est inutilisable pour l’instant (voir le journal)&#xa0;; les pauses restent sur cet ordinateur et seront synchronisées dès son retour.</translation>
    </message>
</context>
<context>
    <name>limber::StatusReport</name>
    <message>
        <source>suspended</source>
        <translation>ordinateur en veille</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>écran verrouillé</translation>
    </message>
    <message>
        <source>in a meeting</source>
        <translation>en réunion</translation>
    </message>
    <message>
        <source>reminders paused</source>
        <translation>rappels suspendus</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>heures calmes</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>en appel</translation>
    </message>
    <message>
        <source>a fullscreen window is active</source>
        <translation>une fenêtre en plein écran est active</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>ne pas déranger</translation>
    </message>
    <message>
        <source>Sitting %1 min · next break in %2 min</source>
        <translation>Temps assis&#xa0;: %1&#xa0;min · prochaine pause dans %2&#xa0;min</translation>
    </message>
    <message>
        <source>Sitting %1 min · time for a break</source>
        <translation>Temps assis&#xa0;: %1&#xa0;min · c&apos;est l&apos;heure d&apos;une pause</translation>
    </message>
    <message>
        <source>Sitting %1 min · snoozed, reminder in %2 min</source>
        <translation>Temps assis&#xa0;: %1&#xa0;min · reporté, rappel dans %2&#xa0;min</translation>
    </message>
    <message>
        <source>Away · that counts as a break</source>
        <translation>Loin de l&apos;ordinateur · cela compte comme une pause</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused: %1 · until %2</source>
        <translation>Suspendu&#xa0;: %1 · jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Suspendu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>limber::StepList</name>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Point %1</translation>
    </message>
</context>
<context>
    <name>limber::SyncService</name>
    <message>
        <source>Limber found a copy of itself</source>
        <translation>Limber a trouvé une copie de lui-même</translation>
    </message>
    <message>
        <source>Another computer synced its breaks under this computer&apos;s name, as after copying a home folder. Both keep their breaks; this computer now writes a journal of its own.</source>
        <translation>Un autre ordinateur a synchronisé ses pauses sous le nom de cet ordinateur, comme après la copie d’un dossier personnel. Les deux gardent leurs pauses&#xa0;; cet ordinateur écrit désormais son propre journal.</translation>
    </message>
</context>
<context>
    <name>limber::TodayWindow</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Commencer la pause</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>Commencer une pause maintenant</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Snooze the break</source>
        <translation>Reporter la pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>En réunion</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <source>Breaks today against the daily goal</source>
        <translation>Pauses du jour par rapport à l&apos;objectif quotidien</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Exercices…</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif quotidien</translation>
    </message>
</context>
<context>
    <name>limber::TrayIcon</name>
    <message>
        <source>Today…</source>
        <translation>Aujourd&apos;hui…</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>Commencer une pause maintenant</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>En réunion</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Exercices…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Quitter Limber</translation>
    </message>
</context>
<context>
    <name>limber::TrayMenuModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Paused while the computer sleeps</source>
        <translation>Suspendu pendant la mise en veille de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Paused while the screen is locked</source>
        <translation>Suspendu tant que l&apos;écran est verrouillé</translation>
    </message>
    <message>
        <source>In a call, your break comes right after</source>
        <translation>En appel, votre pause viendra juste après</translation>
    </message>
    <message>
        <source>Paused while a fullscreen window is open</source>
        <translation>Suspendu tant qu&apos;une fenêtre est en plein écran</translation>
    </message>
    <message>
        <source>Paused while do not disturb is on</source>
        <translation>Suspendu tant que «&#xa0;Ne pas déranger&#xa0;» est activé</translation>
    </message>
    <message>
        <source>In a meeting until %1</source>
        <translation>En réunion jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>En réunion</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Rappels suspendus jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Reminders paused</source>
        <translation>Rappels suspendus</translation>
    </message>
    <message>
        <source>Quiet hours until %1</source>
        <translation>Heures calmes jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en partie</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>jour de repos</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Temps assis</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Prochaine pause</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>dans %1&#xa0;min</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1 min (snoozed)</source>
        <translation>dans %1&#xa0;min (reportée)</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>En ce moment</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Lecture de votre historique…</translation>
    </message>
    <message>
        <source>History unavailable: breaks are not being saved</source>
        <translation>Historique indisponible&#xa0;: les pauses ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Meilleure série</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 of 1 break</source>
        <translation>%1 sur 1 pause</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 sur %n pause</numerusform>
            <numerusform>%1 sur %n pauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::TrayOfferNotice</name>
    <message>
        <source>Restart Limber to show its icon</source>
        <translation>Redémarrez Limber pour afficher son icône</translation>
    </message>
    <message>
        <source>The AppIndicator extension is on now. Limber shows its icon and its menu in the top bar once it has restarted.</source>
        <translation>L&apos;extension AppIndicator est maintenant activée. Limber affichera son icône et son menu dans la barre supérieure une fois redémarré.</translation>
    </message>
    <message>
        <source>Restart Limber</source>
        <translation>Redémarrer Limber</translation>
    </message>
    <message>
        <source>Show Limber in the top bar</source>
        <translation>Afficher Limber dans la barre supérieure</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons by itself. With the AppIndicator extension, Limber&apos;s icon and its menu appear in the top bar.</source>
        <translation>Cet environnement de bureau n&apos;affiche pas de lui-même d&apos;icônes dans une zone de notification. Avec l&apos;extension AppIndicator, l&apos;icône et le menu de Limber apparaissent dans la barre supérieure.</translation>
    </message>
    <message>
        <source>Show in the top bar</source>
        <translation>Afficher dans la barre supérieure</translation>
    </message>
</context>
<context>
    <name>limber::TrayOfferPolicy</name>
    <message>
        <source>The top bar extension could not be turned on</source>
        <translation>L&apos;extension de la barre supérieure n&apos;a pas pu être activée</translation>
    </message>
    <message>
        <source>GNOME Shell said: %1</source>
        <translation>GNOME Shell a répondu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>limber::WeekDayCell</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>limber::WeekStrip</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
</context>
<context>
    <name>limber::WindowPresenter</name>
    <message>
        <source>The history file could not be opened.</source>
        <translation>Le fichier d&apos;historique n&apos;a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>limber::contactsheet</name>
    <message>
        <source>%1 (each side)</source>
        <translation>%1 (de chaque côté)</translation>
    </message>
</context>
<context>
    <name>limber::main</name>
    <message>
        <source>cannot open the control socket: %1</source>
        <translation>impossible d&apos;ouvrir le socket de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>another Limber holds %1 but does not answer: %2</source>
        <translation>un autre Limber occupe %1 mais ne répond pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot start Limber again: %1</source>
        <translation>impossible de relancer Limber&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>limber::text</name>
    <message>
        <source>foam roller</source>
        <translation>rouleau en mousse</translation>
    </message>
    <message>
        <source>towel</source>
        <translation>serviette</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>mur</translation>
    </message>
    <message>
        <source>tennis balls</source>
        <translation>balles de tennis</translation>
    </message>
    <message>
        <source>exercise band</source>
        <translation>bande élastique</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>haltères</translation>
    </message>
    <message>
        <source>yoga mat</source>
        <translation>tapis de yoga</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>En position assise</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Au sol</translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation>À quatre pattes</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>Sur le côté</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Sur le ventre</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>Sur le dos</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Sans matériel</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Limber&apos;s adaptation of “%1”</source>
        <translation>Adaptation par Limber de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Limber&apos;s adaptation of “%1”, from %2</source>
        <translation>Adaptation par Limber de «&#xa0;%1&#xa0;», d&apos;après %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>D&apos;après %1</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 répétition</translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1 s</source>
        <translation>tenir %1&#xa0;s</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>minutes and seconds</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
</context>
</TS>
