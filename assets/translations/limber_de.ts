<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>SettingsText</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsroutine</translation>
    </message>
    <message>
        <source>Where I am &amp; equipment</source>
        <translation>Ort &amp; Hilfsmittel</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>When Limber reminds you to get up and move.</source>
        <translation>Wann Limber dich erinnert, aufzustehen und dich zu bewegen.</translation>
    </message>
    <message>
        <source>How long a guided break lasts and how many make a good day.</source>
        <translation>Wie lange eine angeleitete Pause dauert und wie viele einen guten Tag ausmachen.</translation>
    </message>
    <message>
        <source>Limber only offers exercises that fit where you are and what you have.</source>
        <translation>Limber schlägt nur Übungen vor, die zu deinem Ort und deinen Hilfsmitteln passen.</translation>
    </message>
    <message>
        <source>How Limber gets your attention during a break.</source>
        <translation>Wie Limber dich während einer Pause aufmerksam macht.</translation>
    </message>
    <message>
        <source>Limber works best when it runs all day.</source>
        <translation>Limber funktioniert am besten, wenn es den ganzen Tag läuft.</translation>
    </message>
    <message>
        <source>No reminders in the evening or at night.</source>
        <translation>Keine Erinnerungen am Abend oder in der Nacht.</translation>
    </message>
    <message>
        <source>Make the break window easier to follow.</source>
        <translation>Damit das Pausenfenster leichter zu verfolgen ist.</translation>
    </message>
    <message>
        <source>Remind me after sitting for</source>
        <translation>Erinnern nach einer Sitzzeit von</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Später erinnern nach</translation>
    </message>
    <message>
        <source>Repeat an ignored reminder after</source>
        <translation>Unbeachtete Erinnerung wiederholen nach</translation>
    </message>
    <message>
        <source>Count time away as a break after</source>
        <translation>Abwesenheit zählt als Pause nach</translation>
    </message>
    <message>
        <source>Length of a break</source>
        <translation>Dauer einer Pause</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>I take my breaks</source>
        <translation>Ich mache meine Pausen</translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation>Vorhandene Hilfsmittel</translation>
    </message>
    <message>
        <source>Play a gentle sound between exercises</source>
        <translation>Zwischen den Übungen einen sanften Ton abspielen</translation>
    </message>
    <message>
        <source>Start Limber when you log in</source>
        <translation>Limber beim Anmelden starten</translation>
    </message>
    <message>
        <source>Hold reminders during quiet hours</source>
        <translation>Während der Ruhezeiten keine Erinnerungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Animationen reduzieren</translation>
    </message>
    <message>
        <source>At a desk</source>
        <translation>Am Schreibtisch</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Zu Hause</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Tennis balls</source>
        <translation>Tennisbälle</translation>
    </message>
    <message>
        <source>Exercise band</source>
        <translation>Fitnessband</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Kurzhanteln</translation>
    </message>
    <message>
        <source>Yoga mat</source>
        <translation>Yogamatte</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> break</source>
        <translation> Pause</translation>
    </message>
    <message numerus="yes">
        <source> breaks</source>
        <translation>
            <numerusform> Pause</numerusform>
            <numerusform> Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>So that a reminder never lands in a call, Limber notices whether a camera, the microphone or a screen share is in use. It reads only which devices are open (from PipeWire and the list of open files), never a sound or a picture, and keeps nothing of it.</source>
        <translation>Damit eine Erinnerung nie in ein Gespräch platzt, bemerkt Limber, ob eine Kamera, das Mikrofon oder eine Bildschirmfreigabe in Gebrauch ist. Es liest nur, welche Geräte geöffnet sind (aus PipeWire und der Liste offener Dateien), nie einen Ton oder ein Bild, und speichert nichts davon.</translation>
    </message>
    <message>
        <source>A camera in use is a call</source>
        <translation>Eine Kamera in Gebrauch ist ein Gespräch</translation>
    </message>
    <message>
        <source>The microphone in use is a call</source>
        <translation>Das Mikrofon in Gebrauch ist ein Gespräch</translation>
    </message>
    <message>
        <source>Sharing the screen is a call</source>
        <translation>Eine Bildschirmfreigabe ist ein Gespräch</translation>
    </message>
    <message>
        <source>Avoid exercises that press on the spine</source>
        <translation>Übungen meiden, die auf die Wirbelsäule drücken</translation>
    </message>
    <message>
        <source>Exercises left out</source>
        <translation>Herausgenommene Übungen</translation>
    </message>
    <message>
        <source>Safety notes read</source>
        <translation>Sicherheitshinweise gelesen</translation>
    </message>
    <message>
        <source>Your computers</source>
        <translation>Deine Computer</translation>
    </message>
    <message>
        <source>On several computers, Limber keeps one history, streak and week through a folder you already sync between them. Each computer adds its own breaks to a small journal file there; the history itself stays on each computer.</source>
        <translation>Auf mehreren Computern führt Limber einen gemeinsamen Verlauf, eine Serie und eine Woche – über einen Ordner, den du schon zwischen ihnen synchronisierst. Jeder Computer schreibt seine Pausen in eine kleine Journaldatei dort; der Verlauf selbst bleibt auf jedem Computer.</translation>
    </message>
    <message>
        <source>Synced folder</source>
        <translation>Synchronisierter Ordner</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
</context>
<context>
    <name>limber::BreakEndPage</name>
    <message>
        <source>Break complete</source>
        <translation>Pause geschafft</translation>
    </message>
    <message>
        <source>You moved for %1. Well done.</source>
        <translation>Du hast dich %1 lang bewegt. Gut gemacht!</translation>
    </message>
    <message>
        <source>Break ended early</source>
        <translation>Pause vorzeitig beendet</translation>
    </message>
    <message>
        <source>Saved as a partial break: %1 of %2 done.</source>
        <translation>Als unvollständige Pause gespeichert: %1 von %2 geschafft.</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht gemacht</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>breaks today</source>
        <translation>Pausen heute</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>aktuelle Serie</translation>
    </message>
    <message>
        <source>Current streak: 1 day</source>
        <translation>Aktuelle Serie: 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n breaks</source>
        <translation>
            <numerusform>Heute: %1 von %n Pause</numerusform>
            <numerusform>Heute: %1 von %n Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n days</source>
        <translation>
            <numerusform>Aktuelle Serie: %n Tag</numerusform>
            <numerusform>Aktuelle Serie: %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::BreakExercisePage</name>
    <message>
        <source>Whole break</source>
        <translation>Gesamte Pause</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <source>Cautions for this exercise</source>
        <translation>Hinweise zu dieser Übung</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>Up next: %1 (%2)</source>
        <translation>Als Nächstes: %1 (%2)</translation>
    </message>
    <message>
        <source>Last exercise of this break</source>
        <translation>Letzte Übung dieser Pause</translation>
    </message>
    <message>
        <source>Paused · %1 left in this break</source>
        <translation>Angehalten · noch %1 in dieser Pause</translation>
    </message>
    <message>
        <source>%1 left in this break</source>
        <translation>Noch %1 in dieser Pause</translation>
    </message>
</context>
<context>
    <name>limber::BreakProgressBar</name>
    <message>
        <source>%1 of the break left</source>
        <translation>Noch %1 der Pause</translation>
    </message>
</context>
<context>
    <name>limber::BreakSafetyPage</name>
    <message>
        <source>Leave out exercises that press on my spine</source>
        <translation>Übungen weglassen, die auf meine Wirbelsäule drücken</translation>
    </message>
    <message>
        <source>Start the break</source>
        <translation>Pause beginnen</translation>
    </message>
    <message>
        <source>Starts the break; these notes are not shown again (Return)</source>
        <translation>Beginnt die Pause; diese Hinweise erscheinen nicht wieder (Eingabe)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Closes this window without a break (Esc)</source>
        <translation>Schließt dieses Fenster ohne Pause (Esc)</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Before your first break</source>
        <translation>Vor deiner ersten Pause</translation>
    </message>
    <message>
        <source>The exercises are gentle, but not right for everyone at every time. Please read this once.</source>
        <translation>Die Übungen sind sanft, passen aber nicht für alle zu jeder Zeit. Bitte lies das einmal.</translation>
    </message>
    <message>
        <source>Osteoporosis or osteopenia</source>
        <translation>Osteoporose oder Osteopenie</translation>
    </message>
    <message>
        <source>Avoid exercises that press on the spine: lying on tennis balls or on a foam roller along the spine.</source>
        <translation>Meide Übungen, die auf die Wirbelsäule drücken: das Liegen auf Tennisbällen oder auf einer Faszienrolle längs der Wirbelsäule.</translation>
    </message>
    <message>
        <source>Breaks then leave out the tennis-ball and foam-roller exercises that press on the spine</source>
        <translation>Pausen lassen dann die Übungen mit Tennisbällen und Faszienrolle weg, die auf die Wirbelsäule drücken</translation>
    </message>
    <message>
        <source>A recent injury, surgery or pain</source>
        <translation>Eine frische Verletzung, Operation oder Schmerzen</translation>
    </message>
    <message>
        <source>Ask a doctor or physiotherapist before you start. Stop an exercise if it hurts: a gentle stretch is fine, pain is not.</source>
        <translation>Hol dir vorher ärztlichen oder physiotherapeutischen Rat. Hör mit einer Übung auf, wenn sie wehtut: Sanftes Dehnen ist in Ordnung, Schmerz nicht.</translation>
    </message>
    <message>
        <source>Limber is not medical advice</source>
        <translation>Limber ist kein medizinischer Rat</translation>
    </message>
    <message>
        <source>It suggests gentle movement; it does not diagnose or treat anything. You know your body best.</source>
        <translation>Es schlägt sanfte Bewegung vor; es stellt keine Diagnose und behandelt nichts. Du kennst deinen Körper am besten.</translation>
    </message>
    <message>
        <source>See the exercises…</source>
        <translation>Übungen ansehen…</translation>
    </message>
    <message>
        <source>Opens the Exercises window: every exercise in full, and which to leave out of your breaks</source>
        <translation>Öffnet das Fenster Übungen: jede Übung ausführlich, und welche du aus deinen Pausen weglässt</translation>
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
        <translation>Limber-Pause</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pauses or resumes the countdown</source>
        <translation>Hält den Countdown an oder setzt ihn fort</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Goes on to the next exercise</source>
        <translation>Geht zur nächsten Übung</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Ends the break now and keeps the time done</source>
        <translation>Beendet die Pause jetzt; die geschaffte Zeit bleibt gespeichert</translation>
    </message>
    <message>
        <source>Space pause · → next · Esc finish</source>
        <translation>Leertaste anhalten · → weiter · Esc beenden</translation>
    </message>
    <message>
        <source>Keyboard: Space pauses, Right arrow goes to the next exercise, Esc finishes the break</source>
        <translation>Tastatur: Leertaste hält an, Pfeil nach rechts geht zur nächsten Übung, Esc beendet die Pause</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pause geschafft</translation>
    </message>
    <message>
        <source>Break ended early</source>
        <translation>Pause vorzeitig beendet</translation>
    </message>
    <message>
        <source>Move within a comfortable range. Stop if you feel sharp pain, burning, tingling or nerve-like symptoms. Limber is not medical advice: with pain or a recent injury, ask a professional first.</source>
        <translation>Beweg dich nur in einem angenehmen Bereich. Hör auf, wenn du stechenden Schmerz, Brennen, Kribbeln oder nervenartige Beschwerden spürst. Limber ist kein medizinischer Rat: Frag bei Schmerzen oder einer frischen Verletzung zuerst eine Fachperson.</translation>
    </message>
</context>
<context>
    <name>limber::CanberraSoundPlayer</name>
    <message>
        <source>Limber: next exercise</source>
        <translation>Limber: nächste Übung</translation>
    </message>
    <message>
        <source>Limber: break complete</source>
        <translation>Limber: Pause geschafft</translation>
    </message>
</context>
<context>
    <name>limber::CommandLine</name>
    <message>
        <source>unknown option &quot;%1&quot;; see %2</source>
        <translation>unbekannte Option „%1“; siehe %2</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be combined</source>
        <translation>%1 und %2 lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>%1 needs a number of minutes from 1 to %2</source>
        <translation>%1 braucht eine Minutenzahl von 1 bis %2</translation>
    </message>
    <message>
        <source>%1 needs a directory</source>
        <translation>%1 braucht ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1 needs a format: %2 or %3</source>
        <translation>%1 braucht ein Format: %2 oder %3</translation>
    </message>
    <message>
        <source>%1 goes with %2 or %3</source>
        <translation>%1 geht nur zusammen mit %2 oder %3</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 erwartet keinen Wert</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see %2</source>
        <translation>unerwartetes Argument „%1“; siehe %2</translation>
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
        <translation>Aufruf: limber [BEFEHL]

Limber wohnt in der Systemleiste, misst, wie lange du schon sitzt, und erinnert
dich an eine kurze, angeleitete Bewegungspause für den mittleren Rücken.

Ohne Befehl startet Limber (oder bittet das laufende Limber, sich zu zeigen).

Befehle an das laufende Limber:
  --break-now        jetzt eine angeleitete Pause beginnen
  --snooze MIN       die nächste Erinnerung um MIN Minuten aufschieben
  --pause MIN        Erinnerungen für MIN Minuten pausieren (1-1440)
  --resume           Erinnerungen wieder aufnehmen
  --status [--json]  Sitzzeit, nächste Pause, ob pausiert, verwendete Backends
  --stats [--json]   heutige Pausen, aktuelle und beste Serie, diese Woche
                     (geht auch ohne laufendes Limber)
  --settings         die Einstellungen öffnen (startet Limber, falls es nicht läuft)
  --history          den Verlauf der letzten Wochen öffnen (startet Limber ebenso)
  --exercises        die Übungen öffnen: Figur, Umfang, Hinweise und Quelle jeder
                     Übung; einzelne aus deinen Pausen herausnehmen (startet Limber ebenso)
  --quit             Limber beenden

Dein Verlauf (mit oder ohne laufendes Limber):
  --export csv|json [DATEI]
                     jede Pause, Erinnerung und jeden Tag in DATEI schreiben,
                     ohne DATEI auf die Standardausgabe (Spalten: siehe Manpage)

Sonstiges:
  --autostart        still in der Systemleiste starten (beim Anmelden verwendet)
  --render-exercises VERZ
                     die Schlüsselposen jeder Übung als PNG-Dateien in VERZ
                     zeichnen (ein Kontaktbogen zum Prüfen der Illustrationen)
  --version          die Version ausgeben
  --help             diese Hilfe ausgeben

Rückgabewert: 0 erledigt, 1 fehlgeschlagen, 2 ungültige Befehlszeile,
3 Limber läuft nicht.

Dateien: Einstellungen in $LIMBER_CONFIG_DIR oder $XDG_CONFIG_HOME/limber/limber.conf;
Verlauf in $LIMBER_DATA_DIR oder $XDG_DATA_HOME/limber/history.sqlite3.
</translation>
    </message>
</context>
<context>
    <name>limber::ControlClient</name>
    <message>
        <source>Limber is not running</source>
        <translation>Limber läuft nicht</translation>
    </message>
    <message>
        <source>could not talk to Limber: %1</source>
        <translation>keine Verbindung zu Limber: %1</translation>
    </message>
    <message>
        <source>Limber gave no valid answer (%1)</source>
        <translation>Limber hat nicht gültig geantwortet (%1)</translation>
    </message>
</context>
<context>
    <name>limber::ControlRequestHandler</name>
    <message>
        <source>Limber is already running.
%1
</source>
        <translation>Limber läuft bereits.
%1
</translation>
    </message>
    <message>
        <source>the history is not available</source>
        <translation>der Verlauf ist nicht verfügbar</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>unbekannter Befehl</translation>
    </message>
    <message>
        <source>Synced through %1 as “%2”, with: %3</source>
        <translation>Synchronisiert über %1 als „%2“, mit: %3</translation>
    </message>
    <message>
        <source>no other computer yet</source>
        <translation>noch keinem anderen Computer</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this exercise: %1, paused</source>
        <translation>Verbleibende Zeit dieser Übung: %1, angehalten</translation>
    </message>
    <message>
        <source>Time left in this exercise: %1</source>
        <translation>Verbleibende Zeit dieser Übung: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>left</source>
        <translation>übrig</translation>
    </message>
</context>
<context>
    <name>limber::Daemon</name>
    <message>
        <source>Limber found problems in your files</source>
        <translation>Limber hat Probleme in deinen Dateien gefunden</translation>
    </message>
    <message>
        <source> (and %1 more; see the log)</source>
        <translation> (und %1 weitere; siehe Protokoll)</translation>
    </message>
    <message>
        <source>Limber cannot save your breaks</source>
        <translation>Limber kann deine Pausen nicht speichern</translation>
    </message>
    <message>
        <source>The history file could not be opened: %1</source>
        <translation>Die Verlaufsdatei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Limber started a new history</source>
        <translation>Limber hat einen neuen Verlauf begonnen</translation>
    </message>
    <message>
        <source>The history file was damaged. It was kept as %1.</source>
        <translation>Die Verlaufsdatei war beschädigt. Sie wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseDetails</name>
    <message>
        <source>Include in my breaks</source>
        <translation>In meine Pausen aufnehmen</translation>
    </message>
    <message>
        <source>When unticked, this exercise is never part of a break</source>
        <translation>Ohne Haken kommt diese Übung in keiner Pause vor</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <source>Cautions for this exercise</source>
        <translation>Hinweise zu dieser Übung</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Only at home</source>
        <translation>Nur zu Hause</translation>
    </message>
    <message>
        <source>Needs equipment not at hand</source>
        <translation>Braucht Zubehör, das du nicht hast</translation>
    </message>
    <message>
        <source>Presses on the spine</source>
        <translation>Drückt auf die Wirbelsäule</translation>
    </message>
    <message>
        <source>Longer than your break</source>
        <translation>Länger als deine Pause</translation>
    </message>
    <message>
        <source>Not offered with your settings: %1. You can change them in Settings.</source>
        <translation>Mit deinen Einstellungen nicht angeboten: %1. Du kannst sie in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2 in a break)</source>
        <translation>%1 (%2 in einer Pause)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3 in a break)</source>
        <translation>%1 (%2 bis %3 in einer Pause)</translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation>Umfang: %1</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseFigureView</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Illustration der Übung</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>Illustration: %1</translation>
    </message>
</context>
<context>
    <name>limber::ExercisesWindow</name>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>No exercise for your breaks</source>
        <translation>Keine Übung für deine Pausen</translation>
    </message>
    <message>
        <source>None of the exercises that suit your settings is included, so a break would have nothing to offer. Tick one here, or change where you take your breaks and your equipment in Settings.</source>
        <translation>Keine der Übungen, die zu deinen Einstellungen passen, ist aufgenommen, also hätte eine Pause nichts anzubieten. Setze hier einen Haken oder ändere in den Einstellungen, wo du Pause machst und welches Zubehör du hast.</translation>
    </message>
    <message>
        <source>Every exercise Limber knows. Checked ones can be part of your breaks; Space ticks or unticks the selected one.</source>
        <translation>Jede Übung, die Limber kennt. Angehakte können in deinen Pausen vorkommen; die Leertaste setzt oder entfernt den Haken der gewählten.</translation>
    </message>
    <message>
        <source>Left out of your breaks</source>
        <translation>Aus deinen Pausen herausgenommen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 of %1 in your breaks</source>
        <translation>1 von %1 in deinen Pausen</translation>
    </message>
    <message>
        <source>%1 of %2 in your breaks</source>
        <translation>%1 von %2 in deinen Pausen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>limber::ExportCommand</name>
    <message>
        <source>export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>limber::FreedesktopNotifier</name>
    <message>
        <source>Start break</source>
        <translation>Pause beginnen</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>%1 Min. später</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>limber::HistoryChart</name>
    <message>
        <source>1 break</source>
        <translation>1 Pause</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>Breaks in the last weeks</source>
        <translation>Pausen der letzten Wochen</translation>
    </message>
    <message>
        <source>%1 of %2 breaks, goal reached</source>
        <translation>%1 von %2 Pausen, Ziel erreicht</translation>
    </message>
    <message>
        <source>%1 of %2 breaks</source>
        <translation>%1 von %2 Pausen</translation>
    </message>
    <message>
        <source>no breaks</source>
        <translation>keine Pausen</translation>
    </message>
    <message>
        <source>away from the computer</source>
        <translation>nicht am Computer</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>steht noch bevor</translation>
    </message>
    <message>
        <source>, %1 cut short</source>
        <translation>, %1 vorzeitig beendet</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>heute, %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Noch kein Verlauf.</translation>
    </message>
    <message>
        <source>%1 in all; goal reached on %2.</source>
        <translation>Insgesamt %1; Ziel erreicht: %2.</translation>
    </message>
    <message>
        <source>Week of %1: %2, goal reached on %3.</source>
        <translation>Woche ab %1: %2, Ziel erreicht: %3.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Woche ab %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n weeks</source>
        <translation>
            <numerusform>Pausen der letzten %n Woche</numerusform>
            <numerusform>Pausen der letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks from %1 to %2. Daily goal: %3.</source>
        <translation>
            <numerusform>%n Woche, %1 bis %2. Tagesziel: %3.</numerusform>
            <numerusform>%n Wochen, %1 bis %2. Tagesziel: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::HistoryWindow</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your last 8 weeks</source>
        <translation>Deine letzten 8 Wochen</translation>
    </message>
    <message>
        <source>Done most often</source>
        <translation>Am häufigsten gemacht</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Some breaks</source>
        <translation>Einige Pausen</translation>
    </message>
    <message>
        <source>No breaks</source>
        <translation>Keine Pausen</translation>
    </message>
    <message>
        <source>Away from the computer</source>
        <translation>Nicht am Computer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>A break cut short</source>
        <translation>Eine vorzeitig beendete Pause</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Beste Serie</translation>
    </message>
    <message>
        <source>Breaks this week</source>
        <translation>Pausen diese Woche</translation>
    </message>
    <message>
        <source>Nothing yet: the exercises of your breaks will show up here.</source>
        <translation>Noch nichts: Die Übungen aus deinen Pausen erscheinen hier.</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The history cannot be read right now.
%1</source>
        <translation>Der Verlauf kann gerade nicht gelesen werden.
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breaks in %n weeks</source>
        <translation>
            <numerusform>Pausen in %n Woche</numerusform>
            <numerusform>Pausen in %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal of %1 breaks reached on %2 of %n days</source>
        <translation>
            <numerusform>Tagesziel (%1 pro Tag) an %2 von %n Tag erreicht</numerusform>
            <numerusform>Tagesziel (%1 pro Tag) an %2 von %n Tagen erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>On your computers</source>
        <translation>Auf Ihren Computern</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <source>Another computer</source>
        <translation>Ein anderer Computer</translation>
    </message>
    <message>
        <source>1 break</source>
        <translation>1 Pause</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>the last on %1</source>
        <translation>die letzte am %1</translation>
    </message>
    <message>
        <source>none in these weeks</source>
        <translation>keine in diesen Wochen</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>limber::IllustrationFrame</name>
    <message>
        <source>Illustration: %1. %2</source>
        <translation>Illustration: %1. %2</translation>
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
        <translation>der Verlauf %1 ist beschädigt (%2); er bleibt, wie er ist, und Limber legt ihn beim nächsten Start beiseite und beginnt einen neuen</translation>
    </message>
    <message>
        <source>cannot read the history %1: %2</source>
        <translation>der Verlauf %1 lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>limber::ReminderFlow</name>
    <message>
        <source>%1-minute</source>
        <translation>%1-Minuten</translation>
    </message>
    <message>
        <source>%1-second</source>
        <translation>%1-Sekunden</translation>
    </message>
    <message>
        <source>%1 mid-back routine: %2</source>
        <translation>%1-Routine für den mittleren Rücken: %2</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Zeit für Bewegung</translation>
    </message>
    <message>
        <source>Click to start.</source>
        <translation>Zum Starten klicken.</translation>
    </message>
    <message>
        <source>%1 of 1 break today</source>
        <translation>%1 von 1 Pause heute</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks today</source>
        <translation>
            <numerusform>%1 von %n Pause heute</numerusform>
            <numerusform>%1 von %n Pausen heute</numerusform>
        </translation>
    </message>
    <message>
        <source>streak 1 day</source>
        <translation>Serie: 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>streak %n days</source>
        <translation>
            <numerusform>Serie: %n Tag</numerusform>
            <numerusform>Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>today&apos;s breaks, then the streak</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Limber has no icon here: open it from your applications (Limber) to see your week.</source>
        <translation>Limber hat hier kein Symbol: Öffne es über deine Anwendungen (Limber), um deine Woche zu sehen.</translation>
    </message>
    <message>
        <source>No exercise fits your settings: include some in Exercises.</source>
        <translation>Keine Übung passt zu deinen Einstellungen: nimm einige unter Übungen auf.</translation>
    </message>
</context>
<context>
    <name>limber::SettingEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>%1 herausgenommen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>limber::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>limber::SettingsSchema</name>
    <message>
        <source>Sitting time before a break is due</source>
        <translation>Sitzzeit, bis eine Pause fällig ist</translation>
    </message>
    <message>
        <source>Length of a guided break</source>
        <translation>Dauer einer angeleiteten Pause</translation>
    </message>
    <message>
        <source>How long Snooze puts a reminder off</source>
        <translation>Wie lange „Später erinnern“ eine Erinnerung aufschiebt</translation>
    </message>
    <message>
        <source>How soon an ignored reminder comes back</source>
        <translation>Wie bald eine unbeachtete Erinnerung wiederkommt</translation>
    </message>
    <message>
        <source>Time away from keyboard and mouse that counts as a break</source>
        <translation>Zeit weg von Tastatur und Maus, die als Pause zählt</translation>
    </message>
    <message>
        <source>Completed breaks a day needs to count towards the streak</source>
        <translation>Abgeschlossene Pausen, die ein Tag braucht, um zur Serie zu zählen</translation>
    </message>
    <message>
        <source>Where you take breaks: at a desk (standing and seated exercises) or at home (floor exercises too)</source>
        <translation>Wo du deine Pausen machst: am Schreibtisch (Übungen im Stehen und Sitzen) oder zu Hause (auch Übungen am Boden)</translation>
    </message>
    <message>
        <source>Equipment you have at hand</source>
        <translation>Hilfsmittel, die du zur Hand hast</translation>
    </message>
    <message>
        <source>Start Limber when you log in</source>
        <translation>Limber beim Anmelden starten</translation>
    </message>
    <message>
        <source>Hold reminders during quiet hours</source>
        <translation>Während der Ruhezeiten keine Erinnerungen</translation>
    </message>
    <message>
        <source>Quiet hours begin</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <source>Play a gentle sound between exercises</source>
        <translation>Zwischen den Übungen einen sanften Ton abspielen</translation>
    </message>
    <message>
        <source>Show exercises as still key poses instead of animating them</source>
        <translation>Übungen als ruhende Schlüsselposen statt als Animation zeigen</translation>
    </message>
    <message>
        <source>Hold reminders while a camera is in use</source>
        <translation>Erinnerungen zurückhalten, solange eine Kamera in Gebrauch ist</translation>
    </message>
    <message>
        <source>Hold reminders while the microphone is in use</source>
        <translation>Erinnerungen zurückhalten, solange das Mikrofon in Gebrauch ist</translation>
    </message>
    <message>
        <source>Hold reminders while the screen is shared</source>
        <translation>Erinnerungen zurückhalten, solange der Bildschirm freigegeben ist</translation>
    </message>
    <message>
        <source>Leave out exercises that press on the spine (foam roller, tennis balls), as osteoporosis or osteopenia asks</source>
        <translation>Übungen weglassen, die auf die Wirbelsäule drücken (Faszienrolle, Tennisbälle), wie es Osteoporose oder Osteopenie verlangt</translation>
    </message>
    <message>
        <source>Exercises never offered in a break; choose them in the Exercises window</source>
        <translation>Übungen, die nie in einer Pause angeboten werden; wähle sie im Fenster Übungen</translation>
    </message>
    <message>
        <source>The safety notes were read before the first break; untick to see them again before the next one</source>
        <translation>Die Sicherheitshinweise wurden vor der ersten Pause gelesen; Haken entfernen, um sie vor der nächsten wieder zu sehen</translation>
    </message>
    <message>
        <source>A folder you sync between your computers (Syncthing, Nextcloud, Dropbox); empty: this computer&apos;s history only</source>
        <translation>Ein Ordner, den du zwischen deinen Computern synchronisierst (Syncthing, Nextcloud, Dropbox); leer: nur der Verlauf dieses Computers</translation>
    </message>
    <message>
        <source>This computer&apos;s name in the history of the others; empty: its host name</source>
        <translation>Der Name dieses Computers im Verlauf der anderen; leer: sein Rechnername</translation>
    </message>
</context>
<context>
    <name>limber::StatsReport</name>
    <message>
        <source>done</source>
        <translation>geschafft</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>future</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then its status</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n breaks (%2 partial)</source>
        <translation>
            <numerusform>Heute: %1 von %n Pause (%2 teilweise)</numerusform>
            <numerusform>Heute: %1 von %n Pausen (%2 teilweise)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days (best %1)</source>
        <translation>
            <numerusform>Serie: %n Tag (beste: %1)</numerusform>
            <numerusform>Serie: %n Tage (beste: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Diese Woche: %1</translation>
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
        <translation>Es läuft keine Systemleiste; das Symbol erscheint, sobald eine startet.</translation>
    </message>
    <message>
        <source>No notification server is running; reminders show at the tray icon.</source>
        <translation>Es läuft kein Benachrichtigungsdienst; Erinnerungen erscheinen am Symbol in der Systemleiste.</translation>
    </message>
    <message>
        <source>Input idle time cannot be read; only a locked screen or a suspend count as natural breaks.</source>
        <translation>Die Leerlaufzeit der Eingabegeräte lässt sich nicht lesen; nur ein gesperrter Bildschirm oder der Bereitschaftsmodus zählen als natürliche Pausen.</translation>
    </message>
    <message>
        <source>Screen lock and suspend are not reported; a suspend is still noticed from the clocks.</source>
        <translation>Bildschirmsperre und Bereitschaftsmodus werden nicht gemeldet; der Bereitschaftsmodus wird trotzdem an den Uhren erkannt.</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus.</translation>
    </message>
    <message>
        <source>There is no D-Bus system bus; logind&apos;s lock and sleep signals are not available.</source>
        <translation>Es gibt keinen D-Bus-Systembus; die Sperr- und Schlafsignale von logind fehlen.</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set; the control socket is in the temporary directory instead.</source>
        <translation>XDG_RUNTIME_DIR ist nicht gesetzt; der Steuer-Socket liegt stattdessen im temporären Verzeichnis.</translation>
    </message>
    <message>
        <source>Breaks are not being saved: %1</source>
        <translation>Pausen werden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The settings file has problems; defaults are used where a value could not be read (see the log).</source>
        <translation>Die Einstellungsdatei hat Probleme; wo ein Wert nicht lesbar war, gilt der Standardwert (siehe Protokoll).</translation>
    </message>
    <message>
        <source>Your exercise file has problems; the entries in question are left out (see the log).</source>
        <translation>Deine Übungsdatei hat Probleme; die betroffenen Einträge werden ausgelassen (siehe Protokoll).</translation>
    </message>
    <message>
        <source>This desktop stops the idle time while a video plays, so watching a video counts as sitting.</source>
        <translation>Dieser Desktop hält die Leerlaufzeit an, solange ein Video läuft; Videoschauen zählt daher als Sitzen.</translation>
    </message>
    <message>
        <source>PipeWire is not running, so a microphone or screen share in use is not seen as a call (a camera opened directly still is).</source>
        <translation>PipeWire läuft nicht, daher gilt ein Mikrofon oder eine Bildschirmfreigabe in Gebrauch nicht als Gespräch (eine direkt geöffnete Kamera weiterhin schon).</translation>
    </message>
    <message>
        <source>The sound cue is on, but no sound can be played (no sound server, or libcanberra is missing; see the log).</source>
        <translation>Der Ton zwischen den Übungen ist eingeschaltet, kann aber nicht abgespielt werden (kein Sound-Server, oder libcanberra fehlt; siehe Protokoll).</translation>
    </message>
    <message>
        <source>The synced folder cannot be used now (see the log); breaks are kept on this computer and synced once it is back.</source>
        <translation>Der synchronisierte Ordner ist gerade nicht nutzbar (siehe Protokoll); die Pausen bleiben auf diesem Computer und werden synchronisiert, sobald er wieder da ist.</translation>
    </message>
</context>
<context>
    <name>limber::StatusReport</name>
    <message>
        <source>Sitting %1 min · next break in %2 min</source>
        <translation>%1 Min. gesessen · nächste Pause in %2 Min.</translation>
    </message>
    <message>
        <source>Sitting %1 min · time for a break</source>
        <translation>%1 Min. gesessen · Zeit für eine Pause</translation>
    </message>
    <message>
        <source>Sitting %1 min · snoozed, reminder in %2 min</source>
        <translation>%1 Min. gesessen · aufgeschoben, Erinnerung in %2 Min.</translation>
    </message>
    <message>
        <source>Away · that counts as a break</source>
        <translation>Abwesend · das zählt als Pause</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <source>Paused: %1 · until %2</source>
        <translation>Pausiert: %1 · bis %2</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>Ruhezustand</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>Bildschirm gesperrt</translation>
    </message>
    <message>
        <source>in a meeting</source>
        <translation>in einer Besprechung</translation>
    </message>
    <message>
        <source>reminders paused</source>
        <translation>Erinnerungen pausiert</translation>
    </message>
    <message>
        <source>a fullscreen window is active</source>
        <translation>ein Vollbildfenster ist aktiv</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>Bitte nicht stören</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>im Gespräch</translation>
    </message>
</context>
<context>
    <name>limber::StepList</name>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Punkt %1</translation>
    </message>
</context>
<context>
    <name>limber::SyncService</name>
    <message>
        <source>Limber found a copy of itself</source>
        <translation>Limber hat eine Kopie von sich gefunden</translation>
    </message>
    <message>
        <source>Another computer synced its breaks under this computer&apos;s name, as after copying a home folder. Both keep their breaks; this computer now writes a journal of its own.</source>
        <translation>Ein anderer Computer hat seine Pausen unter dem Namen dieses Computers synchronisiert, wie nach dem Kopieren eines Benutzerordners. Beide behalten ihre Pausen; dieser Computer schreibt nun ein eigenes Journal.</translation>
    </message>
</context>
<context>
    <name>limber::TodayWindow</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Pause beginnen</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>Pause jetzt beginnen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>Snooze the break</source>
        <translation>Pause aufschieben</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>In einer Besprechung</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Breaks today against the daily goal</source>
        <translation>Pausen heute, gemessen am Tagesziel</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Übungen…</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
</context>
<context>
    <name>limber::TrayIcon</name>
    <message>
        <source>Start break now</source>
        <translation>Pause jetzt beginnen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>In einer Besprechung</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Limber beenden</translation>
    </message>
    <message>
        <source>Today…</source>
        <translation>Heute…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Übungen…</translation>
    </message>
</context>
<context>
    <name>limber::TrayMenuModel</name>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paused while the computer sleeps</source>
        <translation>Pausiert, solange der Computer schläft</translation>
    </message>
    <message>
        <source>Paused while the screen is locked</source>
        <translation>Pausiert, solange der Bildschirm gesperrt ist</translation>
    </message>
    <message>
        <source>Paused while a fullscreen window is open</source>
        <translation>Pausiert, solange ein Vollbildfenster offen ist</translation>
    </message>
    <message>
        <source>In a meeting until %1</source>
        <translation>In einer Besprechung bis %1</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>In einer Besprechung</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Erinnerungen pausiert bis %1</translation>
    </message>
    <message>
        <source>Reminders paused</source>
        <translation>Erinnerungen pausiert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>geschafft</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>History unavailable: breaks are not being saved</source>
        <translation>Verlauf nicht verfügbar: Pausen werden nicht gespeichert</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Beste Serie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>%1 of 1 break</source>
        <translation>%1 von 1 Pause</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 von %n Pause</numerusform>
            <numerusform>%1 von %n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>Quiet hours until %1</source>
        <translation>Ruhezeiten bis %1</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Gesessen</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Nächste Pause</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 Min.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1 min (snoozed)</source>
        <translation>in %1 Min. (aufgeschoben)</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>Paused while do not disturb is on</source>
        <translation>Pausiert, solange „Bitte nicht stören“ an ist</translation>
    </message>
    <message>
        <source>In a call, your break comes right after</source>
        <translation>Im Gespräch, deine Pause kommt direkt danach</translation>
    </message>
</context>
<context>
    <name>limber::TrayOfferNotice</name>
    <message>
        <source>Show in the top bar</source>
        <translation>In der oberen Leiste zeigen</translation>
    </message>
    <message>
        <source>Show Limber in the top bar</source>
        <translation>Limber in der oberen Leiste zeigen</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons by itself. With the AppIndicator extension, Limber&apos;s icon and its menu appear in the top bar.</source>
        <translation>Diese Arbeitsumgebung zeigt von sich aus keine Symbole in der Systemleiste. Mit der Erweiterung AppIndicator erscheinen Limbers Symbol und sein Menü in der oberen Leiste.</translation>
    </message>
    <message>
        <source>Restart Limber to show its icon</source>
        <translation>Limber neu starten, um sein Symbol zu zeigen</translation>
    </message>
    <message>
        <source>The AppIndicator extension is on now. Limber shows its icon and its menu in the top bar once it has restarted.</source>
        <translation>Die AppIndicator-Erweiterung ist jetzt an. Limber zeigt sein Symbol und sein Menü in der oberen Leiste, sobald es neu gestartet ist.</translation>
    </message>
    <message>
        <source>Restart Limber</source>
        <translation>Limber neu starten</translation>
    </message>
</context>
<context>
    <name>limber::TrayOfferPolicy</name>
    <message>
        <source>The top bar extension could not be turned on</source>
        <translation>Die Erweiterung für die obere Leiste ließ sich nicht einschalten</translation>
    </message>
    <message>
        <source>GNOME Shell said: %1</source>
        <translation>GNOME Shell meldet: %1</translation>
    </message>
</context>
<context>
    <name>limber::WeekDayCell</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>limber::WeekStrip</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
</context>
<context>
    <name>limber::WindowPresenter</name>
    <message>
        <source>The history file could not be opened.</source>
        <translation>Die Verlaufsdatei konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>limber::contactsheet</name>
    <message>
        <source>%1 (each side)</source>
        <translation>%1 (je Seite)</translation>
    </message>
</context>
<context>
    <name>limber::main</name>
    <message>
        <source>cannot open the control socket: %1</source>
        <translation>der Steuer-Socket lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>another Limber holds %1 but does not answer: %2</source>
        <translation>ein anderes Limber hält %1, antwortet aber nicht: %2</translation>
    </message>
    <message>
        <source>cannot start Limber again: %1</source>
        <translation>Limber lässt sich nicht erneut starten: %1</translation>
    </message>
</context>
<context>
    <name>limber::text</name>
    <message>
        <source>foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>tennis balls</source>
        <translation>Tennisbälle</translation>
    </message>
    <message>
        <source>exercise band</source>
        <translation>Fitnessband</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>Kurzhanteln</translation>
    </message>
    <message>
        <source>yoga mat</source>
        <translation>Yogamatte</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Am Boden</translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation>Im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>In Seitenlage</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>In Bauchlage</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>In Rückenlage</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Keine Hilfsmittel</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <source>hold %1 s</source>
        <translation>%1 s halten</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>minutes and seconds</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Limber&apos;s adaptation of “%1”</source>
        <translation>Limbers Abwandlung von „%1“</translation>
    </message>
    <message>
        <source>Limber&apos;s adaptation of “%1”, from %2</source>
        <translation>Limbers Abwandlung von „%1“, aus %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
</context>
</TS>
