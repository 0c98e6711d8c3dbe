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
        <name>CompanionController</name>
        <message numerus="yes">
            <source>Removed %n flag(s) from this entry.</source>
            <translation>
                <numerusform>Removed %n flag from this entry.</numerusform>
                <numerusform>Removed %n flags from this entry.</numerusform>
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
        <name>CpdYearView</name>
        <message numerus="yes">
            <source>Your regulators' rules</source>
            <translation>
                <numerusform>Your regulator's rule</numerusform>
                <numerusform>Your regulators' rules</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message numerus="yes">
            <source>{title}: %n item(s); most entries: {busiest} ({entries}). Switch to the table for every figure.</source>
            <translation>
                <numerusform>{title}: %n item; most entries: {busiest} ({entries}). Switch to the table for every figure.</numerusform>
                <numerusform>{title}: %n items; most entries: {busiest} ({entries}). Switch to the table for every figure.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}: {total} {series} over %n month(s). Switch to the table for every figure.</source>
            <translation>
                <numerusform>{title}: {total} {series} over %n month. Switch to the table for every figure.</numerusform>
                <numerusform>{title}: {total} {series} over %n months. Switch to the table for every figure.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message numerus="yes">
            <source>Saved %n chart(s) in {folder}.</source>
            <translation>
                <numerusform>Saved %n chart in {folder}.</numerusform>
                <numerusform>Saved %n charts in {folder}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message numerus="yes">
            <source>%n day(s) left (until 23:59 on {day})</source>
            <translation>
                <numerusform>%n day left (until 23:59 on {day})</numerusform>
                <numerusform>%n days left (until 23:59 on {day})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{start} – {end} (%n day(s))</source>
            <translation>
                <numerusform>{start} – {end} (%n day)</numerusform>
                <numerusform>{start} – {end} (%n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryNavigator</name>
        <message numerus="yes">
            <source>{count} entry(s)</source>
            <translation>
                <numerusform>{count} entry</numerusform>
                <numerusform>{count} entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message numerus="yes">
            <source>%n likely identifier(s)</source>
            <translation>
                <numerusform>%n likely identifier</numerusform>
                <numerusform>%n likely identifiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{first} (and %n more problem(s)); nothing was imported.</source>
            <translation>
                <numerusform>{first} (and %n more problem); nothing was imported.</numerusform>
                <numerusform>{first} (and %n more problems); nothing was imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n record(s) written to {path}.</source>
            <translation>
                <numerusform>%n record written to {path}.</numerusform>
                <numerusform>%n records written to {path}.</numerusform>
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
        <name>ExportReviewPage</name>
        <message numerus="yes">
            <source>{count} record(s)</source>
            <translation>
                <numerusform>{count} record</numerusform>
                <numerusform>{count} records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} likely identifying detail(s)</source>
            <translation>
                <numerusform>{count} likely identifying detail</numerusform>
                <numerusform>{count} likely identifying details</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExtractDialog</name>
        <message numerus="yes">
            <source>⚠ The anonymisation check found %n likely identifier(s): {items}.</source>
            <translation>
                <numerusform>⚠ The anonymisation check found %n likely identifier: {items}.</numerusform>
                <numerusform>⚠ The anonymisation check found %n likely identifiers: {items}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuidedPanel</name>
        <message numerus="yes">
            <source>%n step(s) still empty: {steps}.</source>
            <translation>
                <numerusform>One step is still empty: {steps}.</numerusform>
                <numerusform>%n steps are still empty: {steps}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message numerus="yes">
            <source>{count} entry(s) in your journal</source>
            <translation>
                <numerusform>{count} entry in your journal</numerusform>
                <numerusform>{count} entries in your journal</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>Import the %n valid note(s) and list the others</source>
            <translation>
                <numerusform>Import the %n valid note and list the others</numerusform>
                <numerusform>Import the %n valid notes and list the others</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>From {exported_by} (your {role}): %n signed record(s). Nothing has been imported yet.</source>
            <translation>
                <numerusform>From {exported_by} (your {role}): %n signed record. Nothing has been imported yet.</numerusform>
                <numerusform>From {exported_by} (your {role}): %n signed records. Nothing has been imported yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n addendum(s)</source>
            <translation>
                <numerusform>%n addendum</numerusform>
                <numerusform>%n addenda</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message numerus="yes">
            <source> and %n other record(s)</source>
            <extracomment>Rows of the file that the vault already had and kept (text-keyed rows, e.g. settings). Entries left out because the vault already has their uid (a repeated import). Phrases about what was left out (e.g. "2 entries had photos, which were not imported"), as :class:`~.i18n.Text`. One line per item left out (a video, a note with a problem), for the user to check. Entries that came with CPD details (our own CSV export re-imported).</extracomment>
            <translation>
                <numerusform> and %n other record</numerusform>
                <numerusform> and %n other records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> with %n evidence file(s) (encrypted in the vault)</source>
            <translation>
                <numerusform> with %n evidence file (encrypted in the vault)</numerusform>
                <numerusform> with %n evidence files (encrypted in the vault)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n media file(s) was not imported (listed below)</source>
            <translation>
                <numerusform>%n media file was not imported (listed below)</numerusform>
                <numerusform>%n media files were not imported (listed below)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) listed evidence files, which a CSV file does not hold (listed below)</source>
            <translation>
                <numerusform>%n record listed evidence files, which a CSV file does not hold (listed below)</numerusform>
                <numerusform>%n records listed evidence files, which a CSV file does not hold (listed below)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n entry(s)</source>
            <translation>
                <numerusform>Imported %n entry</numerusform>
                <numerusform>Imported %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready to import %n entry(s)</source>
            <translation>
                <numerusform>Ready to import %n entry</numerusform>
                <numerusform>Ready to import %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>left out %n note(s) with problems (listed below)</source>
            <translation>
                <numerusform>left out %n note with problems (listed below)</numerusform>
                <numerusform>left out %n notes with problems (listed below)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>left out %n record(s) that referred to records not in the file</source>
            <translation>
                <numerusform>left out %n record that referred to records not in the file</numerusform>
                <numerusform>left out %n records that referred to records not in the file</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>left out %n template(s) in {folder}/</source>
            <translation>
                <numerusform>left out %n template in {folder}/</numerusform>
                <numerusform>left out %n templates in {folder}/</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} addendum(s) added</source>
            <translation>
                <numerusform>{count} addendum added</numerusform>
                <numerusform>{count} addenda added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} proposal(s) in your name awaiting your sign-off (accept or reject them)</source>
            <translation>
                <numerusform>{count} proposal in your name awaiting your sign-off (accept or reject them)</numerusform>
                <numerusform>{count} proposals in your name awaiting your sign-off (accept or reject them)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} record(s) imported</source>
            <extracomment>Ids of the records added (each is also a journal entry). Records already in the vault (perhaps with new addenda added). Things in the importer's name waiting for them to accept or reject. Typed names that the partner's key now proves. False for an unsigned file (format version 1): nothing in it is verified.</extracomment>
            <translation>
                <numerusform>{count} record imported</numerusform>
                <numerusform>{count} records imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} signature(s) added to addenda</source>
            <translation>
                <numerusform>{count} signature added to addenda</numerusform>
                <numerusform>{count} signatures added to addenda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} signature(s) verified from your partner's key</source>
            <translation>
                <numerusform>{count} signature verified from your partner's key</numerusform>
                <numerusform>{count} signatures verified from your partner's key</numerusform>
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
        <name>Reminders</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveWarningBar</name>
        <message numerus="yes">
            <source>Waiting to be saved: %n record(s) no longer on screen.</source>
            <translation>
                <numerusform>Waiting to be saved: %n record no longer on screen.</numerusform>
                <numerusform>Waiting to be saved: %n records no longer on screen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
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
    <context>
        <name>TrashController</name>
        <message numerus="yes">
            <source>Permanently delete {count} entry(s) in the Trash? This cannot be undone.</source>
            <translation>
                <numerusform>Permanently delete the entry in the Trash? This cannot be undone.</numerusform>
                <numerusform>Permanently delete {count} entries in the Trash? This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
</TS>
