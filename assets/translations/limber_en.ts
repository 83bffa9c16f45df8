<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SettingsText</name>
    <message numerus="yes">
        <source> breaks</source>
        <translation>
            <numerusform> break</numerusform>
            <numerusform> breaks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::BreakEndPage</name>
    <message numerus="yes">
        <source>Today: %1 of %n breaks</source>
        <translation>
            <numerusform>Today: %1 of %n break</numerusform>
            <numerusform>Today: %1 of %n breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n days</source>
        <translation>
            <numerusform>Current streak: %n day</numerusform>
            <numerusform>Current streak: %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::HistoryChart</name>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n break</numerusform>
            <numerusform>%n breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n weeks</source>
        <translation>
            <numerusform>Breaks in the last %n week</numerusform>
            <numerusform>Breaks in the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks from %1 to %2. Daily goal: %3.</source>
        <translation>
            <numerusform>%n week from %1 to %2. Daily goal: %3.</numerusform>
            <numerusform>%n weeks from %1 to %2. Daily goal: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::HistoryWindow</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breaks in %n weeks</source>
        <translation>
            <numerusform>Breaks in %n week</numerusform>
            <numerusform>Breaks in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal of %1 breaks reached on %2 of %n days</source>
        <translation>
            <numerusform>Goal of %1 breaks reached on %2 of %n day</numerusform>
            <numerusform>Goal of %1 breaks reached on %2 of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n break</numerusform>
            <numerusform>%n breaks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::ReminderFlow</name>
    <message numerus="yes">
        <source>%1 of %n breaks today</source>
        <translation>
            <numerusform>%1 of %n break today</numerusform>
            <numerusform>%1 of %n breaks today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>streak %n days</source>
        <translation>
            <numerusform>streak %n day</numerusform>
            <numerusform>streak %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::StatsReport</name>
    <message numerus="yes">
        <source>Today: %1 of %n breaks (%2 partial)</source>
        <translation>
            <numerusform>Today: %1 of %n break (%2 partial)</numerusform>
            <numerusform>Today: %1 of %n breaks (%2 partial)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days (best %1)</source>
        <translation>
            <numerusform>Streak: %n day (best %1)</numerusform>
            <numerusform>Streak: %n days (best %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::TrayMenuModel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 of %n break</numerusform>
            <numerusform>%1 of %n breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::text</name>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
