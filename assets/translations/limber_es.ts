<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>SettingsText</name>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Where I am &amp; equipment</source>
        <translation>Lugar y material</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>When Limber reminds you to get up and move.</source>
        <translation>Cuándo te recuerda Limber que te levantes y te muevas.</translation>
    </message>
    <message>
        <source>How long a guided break lasts and how many make a good day.</source>
        <translation>Cuánto dura una pausa guiada y cuántas hacen falta para un buen día.</translation>
    </message>
    <message>
        <source>Limber only offers exercises that fit where you are and what you have.</source>
        <translation>Limber solo ofrece ejercicios adecuados al lugar donde estás y al material que tienes.</translation>
    </message>
    <message>
        <source>How Limber gets your attention during a break.</source>
        <translation>Cómo llama tu atención Limber durante una pausa.</translation>
    </message>
    <message>
        <source>Limber works best when it runs all day.</source>
        <translation>Limber funciona mejor cuando está en marcha todo el día.</translation>
    </message>
    <message>
        <source>No reminders in the evening or at night.</source>
        <translation>Sin recordatorios por la tarde ni por la noche.</translation>
    </message>
    <message>
        <source>Make the break window easier to follow.</source>
        <translation>Para que la ventana de la pausa sea más fácil de seguir.</translation>
    </message>
    <message>
        <source>So that a reminder never lands in a call, Limber notices whether a camera, the microphone or a screen share is in use. It reads only which devices are open (from PipeWire and the list of open files), never a sound or a picture, and keeps nothing of it.</source>
        <translation>Para que un recordatorio nunca llegue en mitad de una llamada, Limber detecta si se está usando una cámara, el micrófono o una pantalla compartida. Solo lee qué dispositivos están abiertos (a partir de PipeWire y de la lista de archivos abiertos), nunca un sonido ni una imagen, y no guarda nada de ello.</translation>
    </message>
    <message>
        <source>Remind me after sitting for</source>
        <translation>Recordarme tras estar sentado</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <source>Repeat an ignored reminder after</source>
        <translation>Repetir un recordatorio ignorado tras</translation>
    </message>
    <message>
        <source>Count time away as a break after</source>
        <translation>Contar la ausencia como pausa tras</translation>
    </message>
    <message>
        <source>Length of a break</source>
        <translation>Duración de una pausa</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>I take my breaks</source>
        <translation>Hago mis pausas</translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation>Material a mano</translation>
    </message>
    <message>
        <source>Play a gentle sound between exercises</source>
        <translation>Reproducir un sonido suave entre ejercicios</translation>
    </message>
    <message>
        <source>Start Limber when you log in</source>
        <translation>Abrir Limber al iniciar sesión</translation>
    </message>
    <message>
        <source>Hold reminders during quiet hours</source>
        <translation>Retener los recordatorios en las horas de silencio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir las animaciones</translation>
    </message>
    <message>
        <source>A camera in use is a call</source>
        <translation>Una cámara en uso cuenta como llamada</translation>
    </message>
    <message>
        <source>The microphone in use is a call</source>
        <translation>El micrófono en uso cuenta como llamada</translation>
    </message>
    <message>
        <source>Sharing the screen is a call</source>
        <translation>Compartir la pantalla cuenta como llamada</translation>
    </message>
    <message>
        <source>Avoid exercises that press on the spine</source>
        <translation>Evitar los ejercicios que presionan la columna</translation>
    </message>
    <message>
        <source>Exercises left out</source>
        <translation>Ejercicios excluidos</translation>
    </message>
    <message>
        <source>Safety notes read</source>
        <translation>Notas de seguridad leídas</translation>
    </message>
    <message>
        <source>At a desk</source>
        <translation>En el escritorio</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rodillo de espuma</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Toalla</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Tennis balls</source>
        <translation>Pelotas de tenis</translation>
    </message>
    <message>
        <source>Exercise band</source>
        <translation>Banda elástica</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Mancuernas</translation>
    </message>
    <message>
        <source>Yoga mat</source>
        <translation>Esterilla de yoga</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> break</source>
        <translation> pausa</translation>
    </message>
    <message numerus="yes">
        <source> breaks</source>
        <translation>
            <numerusform> pausa</numerusform>
            <numerusform> pausas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your computers</source>
        <translation>Tus ordenadores</translation>
    </message>
    <message>
        <source>On several computers, Limber keeps one history, streak and week through a folder you already sync between them. Each computer adds its own breaks to a small journal file there; the history itself stays on each computer.</source>
        <translation>En varios ordenadores, Limber lleva un solo historial, una sola racha y una sola semana mediante una carpeta que ya sincronizas entre ellos. Cada ordenador añade allí sus pausas a un pequeño archivo de registro; el historial en sí se queda en cada ordenador.</translation>
    </message>
    <message>
        <source>Synced folder</source>
        <translation>Carpeta sincronizada</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este ordenador</translation>
    </message>
</context>
<context>
    <name>limber::BreakEndPage</name>
    <message>
        <source>Break complete</source>
        <translation>Pausa completada</translation>
    </message>
    <message>
        <source>You moved for %1. Well done.</source>
        <translation>Te has movido durante %1. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>Break ended early</source>
        <translation>Pausa terminada antes de tiempo</translation>
    </message>
    <message>
        <source>Saved as a partial break: %1 of %2 done.</source>
        <translation>Guardada como pausa parcial: hecho %1 de %2.</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>breaks today</source>
        <translation>pausas hoy</translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n breaks</source>
        <translation>
            <numerusform>Hoy: %1 de %n pausa</numerusform>
            <numerusform>Hoy: %1 de %n pausas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>racha actual</translation>
    </message>
    <message>
        <source>Current streak: 1 day</source>
        <translation>Racha actual: 1 día</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n days</source>
        <translation>
            <numerusform>Racha actual: %n día</numerusform>
            <numerusform>Racha actual: %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::BreakExercisePage</name>
    <message>
        <source>Whole break</source>
        <translation>Toda la pausa</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Cautions for this exercise</source>
        <translation>Precauciones de este ejercicio</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Ejercicio %1 de %2</translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation>Dosis: %1</translation>
    </message>
    <message>
        <source>Up next: %1 (%2)</source>
        <translation>A continuación: %1 (%2)</translation>
    </message>
    <message>
        <source>Last exercise of this break</source>
        <translation>Último ejercicio de esta pausa</translation>
    </message>
    <message>
        <source>Paused · %1 left in this break</source>
        <translation>En pausa · quedan %1 de esta pausa</translation>
    </message>
    <message>
        <source>%1 left in this break</source>
        <translation>Quedan %1 de esta pausa</translation>
    </message>
</context>
<context>
    <name>limber::BreakProgressBar</name>
    <message>
        <source>%1 of the break left</source>
        <translation>Quedan %1 de la pausa</translation>
    </message>
</context>
<context>
    <name>limber::BreakSafetyPage</name>
    <message>
        <source>Leave out exercises that press on my spine</source>
        <translation>Dejar fuera los ejercicios que presionan mi columna</translation>
    </message>
    <message>
        <source>Start the break</source>
        <translation>Empezar la pausa</translation>
    </message>
    <message>
        <source>Starts the break; these notes are not shown again (Return)</source>
        <translation>Empieza la pausa; estas notas no se vuelven a mostrar (Intro)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Closes this window without a break (Esc)</source>
        <translation>Cierra esta ventana sin hacer la pausa (Esc)</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Notas de seguridad</translation>
    </message>
    <message>
        <source>Before your first break</source>
        <translation>Antes de tu primera pausa</translation>
    </message>
    <message>
        <source>The exercises are gentle, but not right for everyone at every time. Please read this once.</source>
        <translation>Los ejercicios son suaves, pero no son adecuados para todo el mundo en todo momento. Léelo una vez, por favor.</translation>
    </message>
    <message>
        <source>Osteoporosis or osteopenia</source>
        <translation>Osteoporosis u osteopenia</translation>
    </message>
    <message>
        <source>Avoid exercises that press on the spine: lying on tennis balls or on a foam roller along the spine.</source>
        <translation>Evita los ejercicios que presionan la columna: tumbarte sobre pelotas de tenis o sobre un rodillo de espuma a lo largo de la columna.</translation>
    </message>
    <message>
        <source>Breaks then leave out the tennis-ball and foam-roller exercises that press on the spine</source>
        <translation>Así, las pausas dejan fuera los ejercicios con pelotas de tenis y con rodillo de espuma que presionan la columna</translation>
    </message>
    <message>
        <source>A recent injury, surgery or pain</source>
        <translation>Una lesión u operación reciente, o dolor</translation>
    </message>
    <message>
        <source>Ask a doctor or physiotherapist before you start. Stop an exercise if it hurts: a gentle stretch is fine, pain is not.</source>
        <translation>Consulta a un médico o fisioterapeuta antes de empezar. Deja un ejercicio si te duele: un estiramiento suave está bien; el dolor, no.</translation>
    </message>
    <message>
        <source>Limber is not medical advice</source>
        <translation>Limber no es un consejo médico</translation>
    </message>
    <message>
        <source>It suggests gentle movement; it does not diagnose or treat anything. You know your body best.</source>
        <translation>Sugiere movimiento suave; no diagnostica ni trata nada. Nadie conoce tu cuerpo mejor que tú.</translation>
    </message>
    <message>
        <source>See the exercises…</source>
        <translation>Ver los ejercicios…</translation>
    </message>
    <message>
        <source>Opens the Exercises window: every exercise in full, and which to leave out of your breaks</source>
        <translation>Abre la ventana Ejercicios: cada ejercicio completo y cuáles dejar fuera de tus pausas</translation>
    </message>
</context>
<context>
    <name>limber::BreakWindow</name>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Limber break</source>
        <translation>Pausa de Limber</translation>
    </message>
    <message>
        <source>Move within a comfortable range. Stop if you feel sharp pain, burning, tingling or nerve-like symptoms. Limber is not medical advice: with pain or a recent injury, ask a professional first.</source>
        <translation>Muévete dentro de un rango cómodo. Para si notas un dolor agudo, ardor, hormigueo o síntomas de tipo nervioso. Limber no es un consejo médico: si tienes dolor o una lesión reciente, consulta antes a un profesional.</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pauses or resumes the countdown</source>
        <translation>Pausa o reanuda la cuenta atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Goes on to the next exercise</source>
        <translation>Pasa al siguiente ejercicio</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Ends the break now and keeps the time done</source>
        <translation>Termina la pausa ahora y guarda el tiempo hecho</translation>
    </message>
    <message>
        <source>Space pause · → next · Esc finish</source>
        <translation>Espacio: pausar · →: siguiente · Esc: terminar</translation>
    </message>
    <message>
        <source>Keyboard: Space pauses, Right arrow goes to the next exercise, Esc finishes the break</source>
        <translation>Teclado: Espacio pausa, Flecha derecha pasa al siguiente ejercicio, Esc termina la pausa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pausa completada</translation>
    </message>
    <message>
        <source>Break ended early</source>
        <translation>Pausa terminada antes de tiempo</translation>
    </message>
</context>
<context>
    <name>limber::CanberraSoundPlayer</name>
    <message>
        <source>Limber: next exercise</source>
        <translation>Limber: siguiente ejercicio</translation>
    </message>
    <message>
        <source>Limber: break complete</source>
        <translation>Limber: pausa completada</translation>
    </message>
</context>
<context>
    <name>limber::CommandLine</name>
    <message>
        <source>unknown option &quot;%1&quot;; see %2</source>
        <translation>opción desconocida «%1»; véase %2</translation>
    </message>
    <message>
        <source>%1 needs a number of minutes from 1 to %2</source>
        <translation>%1 necesita un número de minutos entre 1 y %2</translation>
    </message>
    <message>
        <source>%1 needs a format: %2 or %3</source>
        <translation>%1 necesita un formato: %2 o %3</translation>
    </message>
    <message>
        <source>%1 needs a directory</source>
        <translation>%1 necesita un directorio</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 no admite ningún valor</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be combined</source>
        <translation>%1 y %2 no se pueden combinar</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see %2</source>
        <translation>argumento inesperado «%1»; véase %2</translation>
    </message>
    <message>
        <source>%1 goes with %2 or %3</source>
        <translation>%1 solo va con %2 o %3</translation>
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
        <translation>Uso: limber [ORDEN]

Limber vive en el área de notificación, mide cuánto tiempo llevas sentado y te
recuerda que hagas una breve pausa guiada de movilidad para la zona dorsal.

Sin una orden, inicia Limber (o pide al Limber en ejecución que se muestre).

Órdenes para el Limber en ejecución:
  --break-now        empezar ahora una pausa guiada
  --snooze MIN       posponer el próximo recordatorio MIN minutos
  --pause MIN        pausar los recordatorios durante MIN minutos (1-1440)
  --resume           reanudar los recordatorios
  --status [--json]  tiempo sentado, próxima pausa, si los recordatorios están
                     en pausa y los servicios del escritorio en uso
  --stats [--json]   pausas de hoy, racha actual y mejor racha, esta semana
                     (funciona también sin Limber en ejecución)
  --settings         abrir las preferencias (inicia Limber si hace falta)
  --history          abrir el historial de las últimas semanas (también inicia
                     Limber si hace falta)
  --exercises        abrir los ejercicios: figura, dosis, precauciones y
                     fuente de cada uno; excluir algunos de tus pausas
                     (también inicia Limber si hace falta)
  --quit             cerrar Limber

Tu historial (con o sin Limber en ejecución):
  --export csv|json [ARCHIVO]
                     escribir cada pausa, recordatorio y día en ARCHIVO o, si
                     no se indica, en la salida estándar (columnas: véase la
                     página de manual)

Otras:
  --autostart        iniciar discretamente en el área de notificación (se usa
                     al iniciar sesión)
  --render-exercises DIR
                     dibujar las posturas clave de cada ejercicio como PNG en
                     DIR (una hoja de contactos para revisar las ilustraciones)
  --version          mostrar la versión
  --help             mostrar esta ayuda

Estado de salida: 0 hecho, 1 error, 2 línea de órdenes incorrecta,
3 Limber no está en ejecución.

Archivos: preferencias en $LIMBER_CONFIG_DIR o
$XDG_CONFIG_HOME/limber/limber.conf; historial en $LIMBER_DATA_DIR o
$XDG_DATA_HOME/limber/history.sqlite3.
</translation>
    </message>
</context>
<context>
    <name>limber::ControlClient</name>
    <message>
        <source>Limber is not running</source>
        <translation>Limber no está en ejecución</translation>
    </message>
    <message>
        <source>could not talk to Limber: %1</source>
        <translation>no se pudo comunicar con Limber: %1</translation>
    </message>
    <message>
        <source>Limber gave no valid answer (%1)</source>
        <translation>Limber no dio una respuesta válida (%1)</translation>
    </message>
</context>
<context>
    <name>limber::ControlRequestHandler</name>
    <message>
        <source>Limber is already running.
%1
</source>
        <translation>Limber ya está en ejecución.
%1
</translation>
    </message>
    <message>
        <source>the history is not available</source>
        <translation>el historial no está disponible</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>orden desconocida</translation>
    </message>
    <message>
        <source>Synced through %1 as “%2”, with: %3</source>
        <translation>Sincronizado mediante %1 como «%2», con: %3</translation>
    </message>
    <message>
        <source>no other computer yet</source>
        <translation>ningún otro ordenador todavía</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this exercise: %1, paused</source>
        <translation>Tiempo restante de este ejercicio: %1, en pausa</translation>
    </message>
    <message>
        <source>Time left in this exercise: %1</source>
        <translation>Tiempo restante de este ejercicio: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restante</translation>
    </message>
</context>
<context>
    <name>limber::Daemon</name>
    <message>
        <source>Limber cannot save your breaks</source>
        <translation>Limber no puede guardar tus pausas</translation>
    </message>
    <message>
        <source>The history file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo del historial: %1</translation>
    </message>
    <message>
        <source>Limber started a new history</source>
        <translation>Limber ha empezado un historial nuevo</translation>
    </message>
    <message>
        <source>The history file was damaged. It was kept as %1.</source>
        <translation>El archivo del historial estaba dañado. Se ha conservado como %1.</translation>
    </message>
    <message>
        <source>Limber found problems in your files</source>
        <translation>Limber ha encontrado problemas en tus archivos</translation>
    </message>
    <message>
        <source> (and %1 more; see the log)</source>
        <translation> (y %1 más; consulta el registro)</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseDetails</name>
    <message>
        <source>Include in my breaks</source>
        <translation>Incluir en mis pausas</translation>
    </message>
    <message>
        <source>When unticked, this exercise is never part of a break</source>
        <translation>Si no está marcado, este ejercicio nunca forma parte de una pausa</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Cautions for this exercise</source>
        <translation>Precauciones de este ejercicio</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Only at home</source>
        <translation>Solo en casa</translation>
    </message>
    <message>
        <source>Needs equipment not at hand</source>
        <translation>Necesita material que no tienes a mano</translation>
    </message>
    <message>
        <source>Presses on the spine</source>
        <translation>Presiona la columna</translation>
    </message>
    <message>
        <source>Longer than your break</source>
        <translation>Más largo que tu pausa</translation>
    </message>
    <message>
        <source>Not offered with your settings: %1. You can change them in Settings.</source>
        <translation>No se ofrece con tus preferencias: %1. Puedes cambiarlas en Preferencias.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2 in a break)</source>
        <translation>%1 (%2 en una pausa)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3 in a break)</source>
        <translation>%1 (de %2 a %3 en una pausa)</translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation>Dosis: %1</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseFigureView</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Ilustración del ejercicio</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>Ilustración: %1</translation>
    </message>
</context>
<context>
    <name>limber::ExercisesWindow</name>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>No exercise for your breaks</source>
        <translation>Ningún ejercicio para tus pausas</translation>
    </message>
    <message>
        <source>None of the exercises that suit your settings is included, so a break would have nothing to offer. Tick one here, or change where you take your breaks and your equipment in Settings.</source>
        <translation>No está incluido ninguno de los ejercicios adecuados a tus preferencias, así que una pausa no tendría nada que ofrecer. Marca alguno aquí o cambia en Preferencias dónde haces tus pausas y tu material.</translation>
    </message>
    <message>
        <source>Every exercise Limber knows. Checked ones can be part of your breaks; Space ticks or unticks the selected one.</source>
        <translation>Todos los ejercicios que conoce Limber. Los marcados pueden formar parte de tus pausas; Espacio marca o desmarca el seleccionado.</translation>
    </message>
    <message>
        <source>Left out of your breaks</source>
        <translation>Excluido de tus pausas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 of %1 in your breaks</source>
        <translation>1 de %1 en tus pausas</translation>
    </message>
    <message>
        <source>%1 of %2 in your breaks</source>
        <translation>%1 de %2 en tus pausas</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>limber::ExportCommand</name>
    <message>
        <source>export failed: %1</source>
        <translation>la exportación ha fallado: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::FreedesktopNotifier</name>
    <message>
        <source>Start break</source>
        <translation>Empezar pausa</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Posponer %1 min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>limber::HistoryChart</name>
    <message>
        <source>1 break</source>
        <translation>1 pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pausas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaks in the last weeks</source>
        <translation>Pausas de las últimas semanas</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n weeks</source>
        <translation>
            <numerusform>Pausas de la última %n semana</numerusform>
            <numerusform>Pausas de las últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 breaks, goal reached</source>
        <translation>%1 de %2 pausas, objetivo cumplido</translation>
    </message>
    <message>
        <source>%1 of %2 breaks</source>
        <translation>%1 de %2 pausas</translation>
    </message>
    <message>
        <source>no breaks</source>
        <translation>sin pausas</translation>
    </message>
    <message>
        <source>away from the computer</source>
        <translation>lejos del ordenador</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>por llegar</translation>
    </message>
    <message>
        <source>, %1 cut short</source>
        <translation>, interrumpidas: %1</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>hoy, %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Aún no hay historial.</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks from %1 to %2. Daily goal: %3.</source>
        <translation>
            <numerusform>%n semana, de %1 a %2. Objetivo diario: %3.</numerusform>
            <numerusform>%n semanas, de %1 a %2. Objetivo diario: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all; goal reached on %2.</source>
        <translation>%1 en total; objetivo cumplido en %2.</translation>
    </message>
    <message>
        <source>Week of %1: %2, goal reached on %3.</source>
        <translation>Semana del %1: %2, objetivo cumplido en %3.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Semana del %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::HistoryWindow</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your last 8 weeks</source>
        <translation>Tus últimas 8 semanas</translation>
    </message>
    <message>
        <source>Done most often</source>
        <translation>Los que más has hecho</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>Some breaks</source>
        <translation>Algunas pausas</translation>
    </message>
    <message>
        <source>No breaks</source>
        <translation>Sin pausas</translation>
    </message>
    <message>
        <source>Away from the computer</source>
        <translation>Lejos del ordenador</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>A break cut short</source>
        <translation>Una pausa interrumpida</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Mejor racha</translation>
    </message>
    <message>
        <source>Breaks this week</source>
        <translation>Pausas esta semana</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in %n weeks</source>
        <translation>
            <numerusform>Pausas en %n semana</numerusform>
            <numerusform>Pausas en %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal of %1 breaks reached on %2 of %n days</source>
        <translation>
            <numerusform>Objetivo de %1 pausas cumplido en %2 de %n día</numerusform>
            <numerusform>Objetivo de %1 pausas cumplido en %2 de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing yet: the exercises of your breaks will show up here.</source>
        <translation>Aún nada: aquí aparecerán los ejercicios de tus pausas.</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The history cannot be read right now.
%1</source>
        <translation>Ahora mismo no se puede leer el historial.
%1</translation>
    </message>
    <message>
        <source>On your computers</source>
        <translation>En sus ordenadores</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (este ordenador)</translation>
    </message>
    <message>
        <source>Another computer</source>
        <translation>Otro ordenador</translation>
    </message>
    <message>
        <source>1 break</source>
        <translation>1 pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pausas</numerusform>
        </translation>
    </message>
    <message>
        <source>the last on %1</source>
        <translation>la última el %1</translation>
    </message>
    <message>
        <source>none in these weeks</source>
        <translation>ninguna en estas semanas</translation>
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
        <translation>Ilustración: %1. %2</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
</context>
<context>
    <name>limber::ReadOnlyHistory</name>
    <message>
        <source>the history %1 is damaged (%2); it was left as it is, and Limber keeps it aside and starts a new one when it next starts</source>
        <translation>el historial %1 está dañado (%2); se ha dejado como está, y Limber lo apartará y empezará uno nuevo la próxima vez que se inicie</translation>
    </message>
    <message>
        <source>cannot read the history %1: %2</source>
        <translation>no se puede leer el historial %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::ReminderFlow</name>
    <message>
        <source>%1-minute</source>
        <translation>de %1 min</translation>
    </message>
    <message>
        <source>%1-second</source>
        <translation>de %1 s</translation>
    </message>
    <message>
        <source>No exercise fits your settings: include some in Exercises.</source>
        <translation>Ningún ejercicio encaja con tus preferencias: incluye alguno en Ejercicios.</translation>
    </message>
    <message>
        <source>%1 mid-back routine: %2</source>
        <translation>Rutina para la zona dorsal %1: %2</translation>
    </message>
    <message>
        <source>%1 of 1 break today</source>
        <translation>%1 de 1 pausa hoy</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks today</source>
        <translation>
            <numerusform>%1 de %n pausa hoy</numerusform>
            <numerusform>%1 de %n pausas hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>streak 1 day</source>
        <translation>racha de 1 día</translation>
    </message>
    <message numerus="yes">
        <source>streak %n days</source>
        <translation>
            <numerusform>racha de %n día</numerusform>
            <numerusform>racha de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>today&apos;s breaks, then the streak</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Limber has no icon here: open it from your applications (Limber) to see your week.</source>
        <translation>Limber no tiene icono aquí: ábrelo desde tus aplicaciones (Limber) para ver tu semana.</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Hora de moverte</translation>
    </message>
    <message>
        <source>Click to start.</source>
        <translation>Pulsa para empezar.</translation>
    </message>
</context>
<context>
    <name>limber::SettingEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>Excluidos: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>limber::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>limber::SettingsSchema</name>
    <message>
        <source>Sitting time before a break is due</source>
        <translation>Tiempo sentado antes de que toque una pausa</translation>
    </message>
    <message>
        <source>Length of a guided break</source>
        <translation>Duración de una pausa guiada</translation>
    </message>
    <message>
        <source>How long Snooze puts a reminder off</source>
        <translation>Cuánto tiempo aplaza un recordatorio el botón «Posponer»</translation>
    </message>
    <message>
        <source>How soon an ignored reminder comes back</source>
        <translation>Cuánto tarda en volver un recordatorio ignorado</translation>
    </message>
    <message>
        <source>Time away from keyboard and mouse that counts as a break</source>
        <translation>Tiempo lejos del teclado y el ratón que cuenta como pausa</translation>
    </message>
    <message>
        <source>Completed breaks a day needs to count towards the streak</source>
        <translation>Pausas completadas que necesita un día para contar en la racha</translation>
    </message>
    <message>
        <source>Where you take breaks: at a desk (standing and seated exercises) or at home (floor exercises too)</source>
        <translation>Dónde haces las pausas: en el escritorio (ejercicios de pie y sentado) o en casa (también ejercicios en el suelo)</translation>
    </message>
    <message>
        <source>Equipment you have at hand</source>
        <translation>Material que tienes a mano</translation>
    </message>
    <message>
        <source>Start Limber when you log in</source>
        <translation>Abrir Limber al iniciar sesión</translation>
    </message>
    <message>
        <source>Hold reminders during quiet hours</source>
        <translation>Retener los recordatorios en las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours begin</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>Play a gentle sound between exercises</source>
        <translation>Reproducir un sonido suave entre ejercicios</translation>
    </message>
    <message>
        <source>Show exercises as still key poses instead of animating them</source>
        <translation>Mostrar los ejercicios como posturas clave fijas en lugar de animarlos</translation>
    </message>
    <message>
        <source>Hold reminders while a camera is in use</source>
        <translation>Retener los recordatorios mientras se use una cámara</translation>
    </message>
    <message>
        <source>Hold reminders while the microphone is in use</source>
        <translation>Retener los recordatorios mientras se use el micrófono</translation>
    </message>
    <message>
        <source>Hold reminders while the screen is shared</source>
        <translation>Retener los recordatorios mientras se comparta la pantalla</translation>
    </message>
    <message>
        <source>Leave out exercises that press on the spine (foam roller, tennis balls), as osteoporosis or osteopenia asks</source>
        <translation>Dejar fuera los ejercicios que presionan la columna (rodillo de espuma, pelotas de tenis), como requieren la osteoporosis o la osteopenia</translation>
    </message>
    <message>
        <source>Exercises never offered in a break; choose them in the Exercises window</source>
        <translation>Ejercicios que nunca se ofrecen en una pausa; elígelos en la ventana Ejercicios</translation>
    </message>
    <message>
        <source>The safety notes were read before the first break; untick to see them again before the next one</source>
        <translation>Las notas de seguridad se leyeron antes de la primera pausa; desmárcalo para volver a verlas antes de la siguiente</translation>
    </message>
    <message>
        <source>A folder you sync between your computers (Syncthing, Nextcloud, Dropbox); empty: this computer&apos;s history only</source>
        <translation>Una carpeta que sincronizas entre tus ordenadores (Syncthing, Nextcloud, Dropbox); vacía: solo el historial de este ordenador</translation>
    </message>
    <message>
        <source>This computer&apos;s name in the history of the others; empty: its host name</source>
        <translation>El nombre de este ordenador en el historial de los demás; vacío: su nombre de equipo</translation>
    </message>
</context>
<context>
    <name>limber::StatsReport</name>
    <message>
        <source>done</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>sin pausas</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>future</source>
        <translation>por venir</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then its status</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n breaks (%2 partial)</source>
        <translation>
            <numerusform>Hoy: %1 de %n pausa (parciales: %2)</numerusform>
            <numerusform>Hoy: %1 de %n pausas (parciales: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days (best %1)</source>
        <translation>
            <numerusform>Racha: %n día (mejor: %1)</numerusform>
            <numerusform>Racha: %n días (mejor: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Esta semana: %1</translation>
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
        <translation>No hay ningún área de notificación en ejecución; el icono aparecerá en cuanto se inicie una.</translation>
    </message>
    <message>
        <source>No notification server is running; reminders show at the tray icon.</source>
        <translation>No hay ningún servidor de notificaciones en ejecución; los recordatorios se muestran en el icono del área de notificación.</translation>
    </message>
    <message>
        <source>Input idle time cannot be read; only a locked screen or a suspend count as natural breaks.</source>
        <translation>No se puede leer el tiempo de inactividad de los dispositivos de entrada; solo una pantalla bloqueada o una suspensión cuentan como pausas naturales.</translation>
    </message>
    <message>
        <source>This desktop stops the idle time while a video plays, so watching a video counts as sitting.</source>
        <translation>Este escritorio detiene el tiempo de inactividad mientras se reproduce un vídeo, así que ver un vídeo cuenta como estar sentado.</translation>
    </message>
    <message>
        <source>PipeWire is not running, so a microphone or screen share in use is not seen as a call (a camera opened directly still is).</source>
        <translation>PipeWire no está en ejecución, así que un micrófono o una pantalla compartida en uso no se consideran una llamada (una cámara abierta directamente, sí).</translation>
    </message>
    <message>
        <source>Screen lock and suspend are not reported; a suspend is still noticed from the clocks.</source>
        <translation>No se notifican el bloqueo de pantalla ni la suspensión; aun así, una suspensión se detecta por los relojes.</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>No hay bus de sesión de D-Bus.</translation>
    </message>
    <message>
        <source>There is no D-Bus system bus; logind&apos;s lock and sleep signals are not available.</source>
        <translation>No hay bus del sistema de D-Bus; las señales de bloqueo y de suspensión de logind no están disponibles.</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set; the control socket is in the temporary directory instead.</source>
        <translation>XDG_RUNTIME_DIR no está definida; el socket de control está en el directorio temporal.</translation>
    </message>
    <message>
        <source>Breaks are not being saved: %1</source>
        <translation>Las pausas no se están guardando: %1</translation>
    </message>
    <message>
        <source>The settings file has problems; defaults are used where a value could not be read (see the log).</source>
        <translation>El archivo de preferencias tiene problemas; donde no se pudo leer un valor se usa el predeterminado (consulta el registro).</translation>
    </message>
    <message>
        <source>Your exercise file has problems; the entries in question are left out (see the log).</source>
        <translation>Tu archivo de ejercicios tiene problemas; las entradas afectadas se dejan fuera (consulta el registro).</translation>
    </message>
    <message>
        <source>The sound cue is on, but no sound can be played (no sound server, or libcanberra is missing; see the log).</source>
        <translation>El aviso sonoro está activado, pero no se puede reproducir ningún sonido (no hay servidor de sonido o falta libcanberra; consulta el registro).</translation>
    </message>
    <message>
        <source>The synced folder cannot be used now (see the log); breaks are kept on this computer and synced once it is back.</source>
        <translation>La carpeta sincronizada no se puede usar ahora (consulta el registro); las pausas se guardan en este ordenador y se sincronizarán cuando vuelva.</translation>
    </message>
</context>
<context>
    <name>limber::StatusReport</name>
    <message>
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>pantalla bloqueada</translation>
    </message>
    <message>
        <source>in a meeting</source>
        <translation>en una reunión</translation>
    </message>
    <message>
        <source>reminders paused</source>
        <translation>recordatorios en pausa</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>horas de silencio</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>en una llamada</translation>
    </message>
    <message>
        <source>a fullscreen window is active</source>
        <translation>hay una ventana a pantalla completa activa</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>no molestar</translation>
    </message>
    <message>
        <source>Sitting %1 min · next break in %2 min</source>
        <translation>Tiempo sentado: %1 min · próxima pausa en %2 min</translation>
    </message>
    <message>
        <source>Sitting %1 min · time for a break</source>
        <translation>Tiempo sentado: %1 min · hora de hacer una pausa</translation>
    </message>
    <message>
        <source>Sitting %1 min · snoozed, reminder in %2 min</source>
        <translation>Tiempo sentado: %1 min · pospuesta, recordatorio en %2 min</translation>
    </message>
    <message>
        <source>Away · that counts as a break</source>
        <translation>Ausente · cuenta como pausa</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En una pausa</translation>
    </message>
    <message>
        <source>Paused: %1 · until %2</source>
        <translation>En pausa: %1 · hasta %2</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
</context>
<context>
    <name>limber::StepList</name>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Punto %1</translation>
    </message>
</context>
<context>
    <name>limber::SyncService</name>
    <message>
        <source>Limber found a copy of itself</source>
        <translation>Limber ha encontrado una copia de sí mismo</translation>
    </message>
    <message>
        <source>Another computer synced its breaks under this computer&apos;s name, as after copying a home folder. Both keep their breaks; this computer now writes a journal of its own.</source>
        <translation>Otro ordenador ha sincronizado sus pausas con el nombre de este ordenador, como tras copiar una carpeta personal. Ambos conservan sus pausas; este ordenador escribe ahora un registro propio.</translation>
    </message>
</context>
<context>
    <name>limber::TodayWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Empezar pausa</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>Empezar pausa ahora</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Snooze the break</source>
        <translation>Posponer la pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar recordatorios</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>En una reunión</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <source>Breaks today against the daily goal</source>
        <translation>Pausas de hoy frente al objetivo diario</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Ejercicios…</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
</context>
<context>
    <name>limber::TrayIcon</name>
    <message>
        <source>Today…</source>
        <translation>Hoy…</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>Empezar pausa ahora</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar recordatorios</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>En una reunión</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Ejercicios…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Salir de Limber</translation>
    </message>
</context>
<context>
    <name>limber::TrayMenuModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
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
        <translation>En pausa mientras el ordenador está suspendido</translation>
    </message>
    <message>
        <source>Paused while the screen is locked</source>
        <translation>En pausa mientras la pantalla está bloqueada</translation>
    </message>
    <message>
        <source>In a call, your break comes right after</source>
        <translation>En una llamada; tu pausa llegará justo después</translation>
    </message>
    <message>
        <source>Paused while a fullscreen window is open</source>
        <translation>En pausa mientras haya una ventana a pantalla completa</translation>
    </message>
    <message>
        <source>Paused while do not disturb is on</source>
        <translation>En pausa mientras «No molestar» esté activado</translation>
    </message>
    <message>
        <source>In a meeting until %1</source>
        <translation>En una reunión hasta %1</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>En una reunión</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Recordatorios en pausa hasta %1</translation>
    </message>
    <message>
        <source>Reminders paused</source>
        <translation>Recordatorios en pausa</translation>
    </message>
    <message>
        <source>Quiet hours until %1</source>
        <translation>Horas de silencio hasta %1</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>done</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>sin pausas</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>por venir</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>día de descanso</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Tiempo sentado</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Próxima pausa</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>en %1 min</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1 min (snoozed)</source>
        <translation>en %1 min (pospuesta)</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Leyendo tu historial…</translation>
    </message>
    <message>
        <source>History unavailable: breaks are not being saved</source>
        <translation>Historial no disponible: las pausas no se están guardando</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Mejor racha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>%1 of 1 break</source>
        <translation>%1 de 1 pausa</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 de %n pausa</numerusform>
            <numerusform>%1 de %n pausas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::TrayOfferNotice</name>
    <message>
        <source>Restart Limber to show its icon</source>
        <translation>Reinicia Limber para mostrar su icono</translation>
    </message>
    <message>
        <source>The AppIndicator extension is on now. Limber shows its icon and its menu in the top bar once it has restarted.</source>
        <translation>La extensión AppIndicator ya está activada. Limber mostrará su icono y su menú en la barra superior cuando se haya reiniciado.</translation>
    </message>
    <message>
        <source>Restart Limber</source>
        <translation>Reiniciar Limber</translation>
    </message>
    <message>
        <source>Show Limber in the top bar</source>
        <translation>Mostrar Limber en la barra superior</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons by itself. With the AppIndicator extension, Limber&apos;s icon and its menu appear in the top bar.</source>
        <translation>Este escritorio no muestra por sí mismo iconos en el área de notificación. Con la extensión AppIndicator, el icono y el menú de Limber aparecen en la barra superior.</translation>
    </message>
    <message>
        <source>Show in the top bar</source>
        <translation>Mostrar en la barra superior</translation>
    </message>
</context>
<context>
    <name>limber::TrayOfferPolicy</name>
    <message>
        <source>The top bar extension could not be turned on</source>
        <translation>No se pudo activar la extensión de la barra superior</translation>
    </message>
    <message>
        <source>GNOME Shell said: %1</source>
        <translation>Respuesta de GNOME Shell: %1</translation>
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
        <translation>Esta semana</translation>
    </message>
</context>
<context>
    <name>limber::WindowPresenter</name>
    <message>
        <source>The history file could not be opened.</source>
        <translation>No se pudo abrir el archivo del historial.</translation>
    </message>
</context>
<context>
    <name>limber::contactsheet</name>
    <message>
        <source>%1 (each side)</source>
        <translation>%1 (por lado)</translation>
    </message>
</context>
<context>
    <name>limber::main</name>
    <message>
        <source>cannot open the control socket: %1</source>
        <translation>no se puede abrir el socket de control: %1</translation>
    </message>
    <message>
        <source>another Limber holds %1 but does not answer: %2</source>
        <translation>otro Limber tiene %1, pero no responde: %2</translation>
    </message>
    <message>
        <source>cannot start Limber again: %1</source>
        <translation>no se puede volver a iniciar Limber: %1</translation>
    </message>
</context>
<context>
    <name>limber::text</name>
    <message>
        <source>foam roller</source>
        <translation>rodillo de espuma</translation>
    </message>
    <message>
        <source>towel</source>
        <translation>toalla</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>pared</translation>
    </message>
    <message>
        <source>tennis balls</source>
        <translation>pelotas de tenis</translation>
    </message>
    <message>
        <source>exercise band</source>
        <translation>banda elástica</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>mancuernas</translation>
    </message>
    <message>
        <source>yoga mat</source>
        <translation>esterilla de yoga</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>En el suelo</translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation>A cuatro patas</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>Tumbado de lado</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Tumbado boca abajo</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>Tumbado boca arriba</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Sin material</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Limber&apos;s adaptation of “%1”</source>
        <translation>Adaptación de Limber de «%1»</translation>
    </message>
    <message>
        <source>Limber&apos;s adaptation of “%1”, from %2</source>
        <translation>Adaptación de Limber de «%1», a partir de %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 repetición</translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1 s</source>
        <translation>mantén %1 s</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>por lado</translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>minutes and seconds</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
</TS>
