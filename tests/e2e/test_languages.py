# SPDX-License-Identifier: GPL-3.0-or-later
"""A German, French or Spanish person meets no English word from Limber: the reminder as
the notification server receives it, the tray menu as a StatusNotifierItem host reads
it over dbusmenu, and the break window, its end screen and the Today, settings, history
and exercises windows as a screen reader reads them over AT-SPI, each in a session
started with that language.

"English word" is measured, not listed by hand: a word of the English sources (every
`<source>` of the language's .ts file and every text of assets/exercises.json) that
appears nowhere in that language's own words (its .ts translations and its exercise
catalogue file). "Limber", "min" or "Pause" are then not English words in German, but
"break", "Skip" or "Wall angels" are. The titles of the source articles are citations
of English articles and keep their titles (docs/TRANSLATING.md): they are taken out
before the check."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from accessibility import Accessibility
from limber_driver import Limber

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "assets" / "translations"
LANGUAGES = {
    "de": {"LANG": "de_DE.UTF-8", "LANGUAGE": "de"},
    "fr": {"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr"},
    "es": {"LANG": "es_ES.UTF-8", "LANGUAGE": "es"},
}
# Day and month names come from Qt's locale data (CLDR), not from Limber's files: they
# are the language's own words too ("Do." is Donnerstag, "may" is mayo).
LOCALE_WORDS = {
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so "
          "januar februar märz april mai juni juli august september oktober november dezember "
          "jan feb mär apr aug sep sept okt nov dez",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim "
          "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
          "janv févr avr juil sept oct nov déc",
    "es": "lunes martes miércoles jueves viernes sábado domingo lun mar mié jue vie sáb dom "
          "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
          "ene feb abr may jun jul ago sept oct nov dic",
}
# Ten simulated minutes of sitting make a break due; see test_daemon.py.
DUE_SOON = dict(schedule_work_interval=10, schedule_natural_break_threshold=30, schedule_snooze=1)
ENGLISH_CATALOGUE = json.loads((ROOT / "assets" / "exercises.json").read_text())
SOURCE_TITLES = [source["title"] for source in ENGLISH_CATALOGUE["sources"]]


# What stays as it is inside translated text: options (--break-now), variables, paths,
# setting keys (notifications/sound_cue), file names (limber.conf).
VERBATIM = re.compile(r"--[\w-]+|\$\w+|\S*/\S*|\w+_\w+|\w+\.(conf|json|csv|sqlite3)")


def words(text: str) -> set[str]:
    """The words of a text, in lower case; letters only, two or more."""
    return set(re.findall(r"[^\W\d_]{2,}", VERBATIM.sub(" ", text).lower()))


def strings(value) -> list[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    return []


def english_only_words(language: str) -> set[str]:
    root = ET.parse(TRANSLATIONS / f"limber_{language}.ts").getroot()
    english, own = set(), set()
    for message in root.iter("message"):
        english |= words(message.findtext("source") or "")
        own |= words(" ".join(message.find("translation").itertext()))
    catalogue = json.loads((TRANSLATIONS / f"exercises_{language}.json").read_text())
    for exercise in ENGLISH_CATALOGUE["exercises"]:
        english |= words(" ".join(strings({k: v for k, v in exercise.items() if k != "id"})))
    own |= words(" ".join(strings(catalogue["exercises"])))
    return english - own - set(LOCALE_WORDS[language].split())


def english_in(texts: list[str], english: set[str]) -> list[tuple[str, list[str]]]:
    """The texts that hold English words, with those words."""
    found = []
    for text in texts:
        for title in SOURCE_TITLES:
            text = text.replace(title, "")
        hits = sorted(words(text) & english)
        if hits:
            found.append((text, hits))
    return found


def shown_texts(node, showing: bool = True) -> list[str]:
    """What a screen reader can announce of a window: every name and description of
    what is showing (with `showing` False: of every node, also on pages not open)."""
    return [text for n in node.walk() if not showing or "showing" in n.states
            for text in (n.name, n.description) if text]


def menu_labels(entries) -> list[str]:
    return [label for e in entries if e["visible"] for label in [e["label"], *menu_labels(e["children"])]]


@pytest.fixture(params=sorted(LANGUAGES))
def language(request) -> str:
    return request.param


def test_the_reminder_the_menu_and_the_break_speak_the_language(language, desktop_sni, limber_binary,
                                                               artifacts):
    desktop = desktop_sni
    english = english_only_words(language)
    assert {"break", "skip", "exercise", "wall", "angels"} <= english  # the measure works
    a11y = Accessibility.start(desktop)
    limber = Limber(desktop, limber_binary, **DUE_SOON)
    limber.env.update(LANGUAGES[language])
    own_names = {e["name"] for e in json.loads(
        (TRANSLATIONS / f"exercises_{language}.json").read_text())["exercises"].values()}

    with desktop.dbus_monitor() as monitor:
        limber.start()

        def reminder():
            calls = limber.notify_calls(monitor)
            return calls and calls[0].id is not None and calls[0]
        call = desktop.wait_for(reminder, 30, "the reminder on the bus", interval=0.2)
    texts = [call.summary, call.body] + [label for _, label in call.action_pairs]
    assert english_in(texts, english) == [], texts
    assert any(name in call.body for name in own_names), (call.body, own_names)

    item = desktop.wait_for(desktop.sni_items, 15, "Limber's StatusNotifierItem")[0]
    labels = desktop.wait_for(lambda: len(shown := menu_labels(desktop.sni_menu(item))) > 25 and shown, 15,
                              "the menu with the week (the history is read on a thread)")
    assert english_in(labels, english) == [], labels

    limber.run("--break-now")
    def break_window():  # its title is in the language too: the one large window of Limber's
        return next((w for w in desktop.windows_of("limber")
                     if w.width > 200 and desktop.is_viewable(w.id)), None)
    window = desktop.wait_for(break_window, 15, "the break window")
    desktop.wait_for(lambda: int(desktop.xdotool("getwindowfocus").strip()) == window.id, 10,
                     "the focus on the break window")
    desktop.key("space")  # hold the exercise (a simulated minute is a second here)
    dialog = a11y.wait_for_node("limber", role="dialog")
    shown = shown_texts(dialog)
    assert len(shown) > 15, shown
    assert english_in(shown, english) == [], shown
    assert any(text in own_names for text in shown), shown  # the exercise, in the language
    desktop.screenshot(artifacts / f"break-{language}.png")

    desktop.key("Escape")  # finish early: the end screen
    desktop.wait_for(lambda: limber.query("SELECT 1 FROM breaks WHERE outcome != 'natural'"), 10,
                     "the break to be recorded")

    def end_screen():
        texts = shown_texts(a11y.wait_for_node("limber", role="dialog"))
        return len(texts) > 3 and texts
    end = desktop.wait_for(end_screen, 10, "the end screen")
    assert english_in(end, english) == [], end
    desktop.screenshot(artifacts / f"break-end-{language}.png")


def test_the_windows_speak_the_language(language, desktop_xembed, limber_binary, artifacts):
    desktop = desktop_xembed
    english = english_only_words(language)
    a11y = Accessibility.start(desktop)
    limber = Limber(desktop, limber_binary, scale=1)
    limber.env.update(LANGUAGES[language])
    limber.start()
    for command in ("--settings", "--history", "--exercises", None):  # None: Limber again, Today
        count = len(a11y.tree("limber").children)
        limber.run(*([command] if command else []))
        desktop.wait_for(lambda: len(a11y.tree("limber").children) > count, 15,
                         f"the window of {command or 'Today'}")
    windows = a11y.tree("limber").children
    assert len(windows) == 4, [w.name for w in windows]
    for window in windows:
        texts = shown_texts(window, showing=False)
        assert len(texts) > 5, (window.name, texts)
        assert english_in(texts, english) == [], (window.name, texts)
    desktop.screenshot(artifacts / f"windows-{language}.png")
