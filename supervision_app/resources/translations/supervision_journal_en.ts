<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>ActionsView</name>
        <message numerus="yes">
            <source>%n open action(s), {overdue} overdue</source>
            <translation>
                <numerusform>%n open action, {overdue} overdue</numerusform>
                <numerusform>%n open actions, {overdue} overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ Overdue by %n day(s)</source>
            <translation>
                <numerusform>⚠ Overdue by %n day</numerusform>
                <numerusform>⚠ Overdue by %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CpdPanel</name>
        <message numerus="yes">
            <source> (%n evidence file(s) kept)</source>
            <translation>
                <numerusform> (%n evidence file kept)</numerusform>
                <numerusform> (%n evidence files kept)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n standard(s)</source>
            <translation>
                <numerusform>%n standard</numerusform>
                <numerusform>%n standards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s)</source>
            <translation>
                <numerusform>%n evidence file</numerusform>
                <numerusform>%n evidence files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CpdSettingsDialog</name>
        <message numerus="yes">
            <source>Ask again about %n finding(s) marked as fine</source>
            <translation>
                <numerusform>Ask again about %n finding marked as fine</numerusform>
                <numerusform>Ask again about %n findings marked as fine</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDonePage</name>
        <message numerus="yes">
            <source>Wrote {n} record(s) to {path}.</source>
            <translation>
                <numerusform>Wrote {n} record to {path}.</numerusform>
                <numerusform>Wrote {n} records to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replaced {n} detail(s) with [redacted].</source>
            <translation>
                <numerusform>Replaced {n} detail with [redacted].</numerusform>
                <numerusform>Replaced {n} details with [redacted].</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message numerus="yes">
            <source>%n open action(s) from earlier sessions will be reviewed.</source>
            <translation>
                <numerusform>%n open action from earlier sessions will be reviewed.</numerusform>
                <numerusform>%n open actions from earlier sessions will be reviewed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The relationship is due to be re-evaluated %n session(s) after this one.</source>
            <translation>
                <numerusform>The relationship is due to be re-evaluated %n session after this one.</numerusform>
                <numerusform>The relationship is due to be re-evaluated %n sessions after this one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) flagged to bring: Companion ▸ Prepare for supervision drafts the agenda from them.</source>
            <translation>
                <numerusform>%n item flagged to bring: Companion ▸ Prepare for supervision drafts the agenda from them.</numerusform>
                <numerusform>%n items flagged to bring: Companion ▸ Prepare for supervision drafts the agenda from them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartnersDialog</name>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every %n day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderButton</name>
        <message numerus="yes">
            <source>%n supervision reminder(s)</source>
            <translation>
                <numerusform>%n supervision reminder</numerusform>
                <numerusform>%n supervision reminders</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message numerus="yes">
            <source>%n template(s) exported.</source>
            <translation>
                <numerusform>%n template exported.</numerusform>
                <numerusform>%n templates exported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n template(s) imported.</source>
            <translation>
                <numerusform>%n template imported.</numerusform>
                <numerusform>%n templates imported.</numerusform>
            </translation>
        </message>
    </context>
</TS>
