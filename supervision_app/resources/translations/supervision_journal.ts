<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted reflective journal and supervision notebook for social care practitioners. Your entries stay on this computer unless you export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;{url}&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version ({spdx}). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutYouPage</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept encrypted in your journal. You can change these later in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you sign supervision records, e.g. A. Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your regulator sets the CPD rules and the registration year shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner (I am supervised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor (I supervise others)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open supervision actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions, overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark d&amp;ropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show actions with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s), {overdue} overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open, no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing or observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated list of CPD activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps of three months or more (explain each one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps of three months or more in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the gap {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. parental leave, illness, a career break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddendumBox</name>
    <message>
        <source>Addendum {number} — {when}, by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign addendum {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign addendum {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum is added to the signed record with today&apos;s date and time. Its text cannot be changed afterwards (add another to correct it); both of you sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is added or corrected, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Supervision agreement with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version (edit below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}, agreed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving keeps the earlier versions: each change is a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first version of your agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>Supervision agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often, in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;ngth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What supervision is for, for both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one, group, online or in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a session is cancelled and rearranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays between you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;mits of confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When something must be shared, and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who writes the record of each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;keeps copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who keeps copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who keeps a copy, and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you handle a disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-e&amp;valuate every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluate the relationship every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AspectBar</name>
    <message>
        <source>Analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Today&apos;s backup is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {n} entries to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making an encrypted copy of the journal and checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not finish: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every page of the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed: each page of the journal, its structure, the search index and the links between records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found problems:
{problems}

Restore a backup (File ▸ Restore from backup), or keep working and make a copy of the journal&apos;s file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Calendar of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {n} entries. Enter lists them; Ctrl+Enter lists the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {n} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseChoice</name>
    <message>
        <source>Case this is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case reference, for the case-record extract; empty for general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRow</name>
    <message>
        <source>Pseudonym or case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym or case reference only, e.g. Person A or C-1042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case discussion notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed about this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting your journal under the new passphrase. This can take a minute for a large journal; keep the computer on until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {title} as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {title} as a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {title} as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Wellbeing check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick check on how the work is landing with you. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. stretched, hopeful, flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One word for how it feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional &amp;impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number from 1 to 5 for impact and for energy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own record of how the work feels, for you and your supervision. It is not a test or a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your emotional impact has been high for {days} days or more. That is worth talking about: you could raise it at your next supervision, or with the support you have set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionController</name>
    <message>
        <source>How did that feel? Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer of a wellbeing check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an entry to see prompts for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an entry to flag it for supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected passage will be on your next supervision agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry will be on your next supervision agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At my next session, with anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n flag(s) from this entry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bring this passage to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this entry to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth of reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a supervision session record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depth of reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the supervision agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare for supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-record e&amp;xtract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing &amp;check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the &amp;reflection prompts work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Capability coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reflected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of framework items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries linked to the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence rating from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record my confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show these entries in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reflected on in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today my confidence in this is (1 low – 5 high):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reflected on since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} not reflected on since {date} (marked ⚠).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpdController</name>
    <message>
        <source>CPD details not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision Journal &amp;backup (JSON Lines)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;jrnl export (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day One export (JSON or zip)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of &amp;Markdown files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;PD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HCPC CPD profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check for identifying details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpdFieldsForm</name>
    <message>
        <source>e.g. senior social worker in my team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you learn from talking it through?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description and why it is relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the activity, and why is it relevant to your practice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on my practice and the people I work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How has it changed your practice, and what difference does it make to the people you work with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer discussion has a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the peer discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learnt from discussing it with a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of a&amp;ctivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description and
&amp;why it is relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I lea&amp;rnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mpact on my practice
and the people I work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection with a peer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer&apos;s r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learnt from
disc&amp;ussing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour, from the Time field above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours, from the Time field above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet: set the Time field above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: write it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {id} (no longer in the journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the linked record: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing or observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpdPanel</name>
    <message>
        <source>CPD evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show CPD evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CPD details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this entry a CPD record for your registration (e.g. Social Work England)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove CPD details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove CPD details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the CPD details of this entry? Its description, learning, impact and peer reflection are deleted; the entry, its standards and evidence files stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CPD record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n evidence file(s) kept)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reflected on with a peer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpdSettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it should appear on exported portfolios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and words the check always flags, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the registration year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month the registration year ends in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Work England (30 November)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ask again about %n finding(s) marked as fine</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some stored settings could not be read and were reset: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymisation check flags these wherever they appear, e.g. first names of the people you work with. Kept encrypted in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;ver export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration year &amp;ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your re&amp;gulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finding will be asked about again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} has no day {day}; choose another last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The never-export list can hold up to {n} lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpdYearView</name>
    <message>
        <source>CPD year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current registration year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year end and regulator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflected on with a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD records of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a record to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your regulator&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards and domains covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps of three months or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD activities without CPD details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your regulators&apos; rules</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration period {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum is not met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sets no minimum the app can count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no three-month stretch without CPD so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every CPD activity this year has its CPD details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD activities without CPD details (open them and press Add CPD details):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your role to see the rule that applies to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the day your registration period started to count this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take each field from the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was exported by Supervision Journal: each column goes back into the field it came from, CPD details included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates could be day first or month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{example} is {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first, as in the UK: {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first, as in the US: {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>{title}: %n item(s); most entries: {busiest} ({entries}). Switch to the table for every figure.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: {total} {series} over %n month(s). Switch to the table for every figure.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reflections per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace the rule needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD hours per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability coverage: linked entries per item and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer standard (LGA standard 5): weekly for the first six weeks as a newly qualified social worker, fortnightly to six months, then at least monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the day you started as a newly qualified social worker to compare with the employer standard (LGA standard 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessions per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: nothing linked in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the chart as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1/2/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day as a newly qualified social worker (for the employer standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newly qualified from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the newly qualified start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save all as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue supervision actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Supervision actions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} open, of which {late} overdue (today {today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {due} — {text} (with {partner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: write it as 1/2/2026 or 1 Feb 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer standard now counts from {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No newly qualified start date: the employer standard is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every chart as PNG in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chart(s) in {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date: 5/11/2026, 5 Nov 2026, 2026-11-05, today or yesterday. Up and Down change it by a day; Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {what} from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as 5/11/2026, 5 Nov 2026 or today. The date stays {date} until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message numerus="yes">
        <source>%n day(s) left (until 23:59 on {day})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{start} – {end} (%n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The year closed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year starts on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} {time} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the reasons and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthDialog</name>
    <message>
        <source>Depth of reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of the model answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts to take the reflection further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How these prompts work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are prompts, not a mark: they look for words that explain, weigh other views and plan, so they can miss what you meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the writing does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}: {marks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free writing (not a guided reflection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have described, questioned and planned. Nothing more to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard what you have written here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscussionField</name>
    <message>
        <source>Discussion notes: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryAutosaver</name>
    <message>
        <source>Not saved: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the visit, session or event you are reflecting on. Type it as 5/11/2026, 5 Nov 2026 or today; Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reflection here. Markdown works: **bold**, # headings, - lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked framework items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to frameworks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this entry to capabilities, standards or domains (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No framework items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>CPD activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListPane</name>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show journal or Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mpty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryNavigator</name>
    <message>
        <source>{n}{more} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} in Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntrySaving</name>
    <message>
        <source>Not saved: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>%n likely identifier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} (and %n more problem(s)); nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} must be a whole number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word must be one word of up to {max_word} letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must be a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must be from {min_period_days} to {max_period_days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size}; evidence files can be at most {limit} (save a smaller copy, e.g. a PDF of the certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a type of CPD; choose {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you learnt is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you learnt from the peer discussion is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s role is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the peer discussion must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked peer reflection is not a valid record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}/{month} is not a day of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a valid kind of entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes spent must be a whole number between 0 and 20160.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice date must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A uid must be 1 to {n} characters on one line, without controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Supervision Journal vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault {path} is open in another window or program; close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of the app (schema {found}, this version knows up to {known}); please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore your newest backup (in the app: File &gt; Restore from backup; on the command line: &apos;supervision-journal backups&apos; lists them and &apos;supervision-journal restore BACKUP&apos; puts one back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault {path} is damaged ({detail}). Keep a copy of the file as it is, and {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault {path} is damaged. Keep a copy of the file as it is, and {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault {path} or its folder is read-only; nothing was saved. Make both writable (check their permissions, or copy the vault to a writable folder) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so the backup was not made; your journal is safe and unchanged. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {path} is read-only, so the backup was not made; your journal is safe and unchanged. Make the folder writable (check its permissions) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while using {path}; nothing was saved. Check the disk, then try again; if it keeps happening, {hint} on another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entry with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date {value} is after the end date {value2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature&apos;s proof is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party signed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda should be a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supervision partner with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supervision record with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supervision action with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no addendum with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no peer reflection with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supervision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has been signed by both of you and cannot be changed; add a dated addendum instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time passphrase is not correct for this file (or the start of the file is damaged); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged, incomplete or has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file cannot be used: {detail}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this exchange file is already in your journal; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you gave does not match this file&apos;s key ({fingerprint}); it may not come from {name}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first file from {name}: compare its key&apos;s fingerprint {fingerprint} with {name} by the same channel as the one-time passphrase, then confirm it (--trust-fingerprint); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; choose from {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number of minutes from 0 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next session cannot be before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is not a framework item reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each case discussion needs a pseudonym or case reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is reviewed twice in the same session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervision partner needs a name or initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is longer than {max_name} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frequency must be a number of days from 1 to 366.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-evaluation interval must be a number of sessions from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-time passphrase has 20 letters and digits in five groups of four, such as 7KQ2-M9XD-4HTV-0BNC-Z8RE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what role the peer has (for example, &apos;social worker&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you learnt from the discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a Supervision Journal template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has template file version {found}; this app reads version {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has unexpected fields ({fields}); a template file holds templates only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: templates[{n}]: id: &apos;{id}&apos; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON Lines backup holds the whole vault and cannot be redacted; export it without redaction, or choose another format for a redacted copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an export format; choose from {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} export is not available here ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not part of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymisation check found {identifiers} in {records}; review them, then export with redaction (replacing each with [redacted]) or confirm that they may be exported as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} export is not checked for identifiers and cannot be redacted; choose another format for a redacted copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the vault itself; choose another file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not encrypted, so it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a copy of a journal vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page of the file does not read back as it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence file with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no HCPC profile with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends part-way through a page, so it was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts of it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first page cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase that opens its newest backup does not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save: type words or choose a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a saved search named &apos;{clash}&apos;: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That saved search no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than {max_name} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a valid action status; choose from {action_statuses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions from earlier sessions with the same partner can be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action belongs to a different session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action that a later session has reviewed cannot be removed; mark it as dropped there instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not supervision data this version of the app can restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault already has supervision records; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision data could not be restored ({table}: {error}); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a record signed by both of you can be exported for your partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no records signed by both you and {name} to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents are not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a supervision exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange file was written by a newer version of the app; please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of records does not match its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say who exported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record in it is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record appears in it twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record in it is not signed by both parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say whose key signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not match its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file could not be encrypted; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is incomplete or is not an exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not encrypted, so it is not an exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something was added to it after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds something other than an exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records in this file do not fit those in your journal ({reason}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action appears in two records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file comes from {exporter_name}, who is already a different partner in your journal; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exporter_name} exported these records as your {role}, but the partner you chose is recorded as your {chosen}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner you chose has exchanged records from another journal; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file says it comes from {name}, but it is not signed with the key you confirmed for {namesake}; it may have been made by someone else. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not signed, but {name}&apos;s files are signed with the key you confirmed; it may have been made by someone else. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is signed with a different key ({key}) from the one you confirmed for {name} ({pinned}); it may have been made by someone else. Nothing was imported. If they really have a new key (a new or restored journal), forget the old one under Partners and agreements, then compare the new fingerprint with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of {when} in this file differs from the copy in your journal; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum to the record of {when} differs from the copy in your journal; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner&apos;s key is already pinned; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner has supervision records, so they cannot be deleted; mark them as no longer active instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposal with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal was already accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal was already rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name to sign, or set your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is already in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner who sent this record is no longer in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of this addendum is not in your journal yet: accept it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This addendum is already in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addendum this proposal is about is not in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{party}&apos; is not a party to the record; use owner or partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not {who} (“{expected}”); check who is signing, and confirm to sign with a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who wrote the addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a record signed by both of you takes addenda; change the record itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This addendum is already signed by that party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is your journal&apos;s own vault file; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (use 2026-03-01 or 01/03/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date of an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review of an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role for yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner&apos;s recorded name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{module} is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{module} registers no exporter named &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept encrypted inside your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet: add a certificate, notes or slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {size}, added {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {added} of {total} files were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from this record? It is deleted from your journal; copies you saved elsewhere are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Tick the 4 to 6 activities your personal statement describes, and put them in the order it takes them. Double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD records to choose as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} {n} chosen (the HCPC asks for {low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Checking {done} of {total} records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the records to check. Each is scanned for names, NHS and National Insurance numbers, postcodes, phone numbers, email addresses, dates of birth and street addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a format and the records to export. The records are checked for identifying details before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the records for identifying details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match this choice; widen the dates or clear a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After editing the record, press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records changed since the check; look at the findings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide about every finding first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the records again before writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision exchange files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export signed records for your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted with a new one-time passphrase, shown once the file is written. {partner} imports it into their own journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This record: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every record signed by both you and {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the file ({SUFFIX})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are not identifying details: export &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this passphrase to {partner} in person or by phone, never in the same email or message as the file. It is shown only once and opens only this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is signed with your journal&apos;s key. If it is the first file {partner} imports from you, read them your key fingerprint by the same channel, for them to compare: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These may identify someone; check them before the file leaves your journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDonePage</name>
    <message>
        <source>Export written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the export was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote {n} record(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced {n} detail(s) with [redacted].</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportReviewPage</name>
    <message>
        <source>What is being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings still to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked them: export the rest &amp;as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A full backup of your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup holds everything, so it is not checked for identifying details. Keep it as safe as the journal itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identifying details found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found nothing that looks like an identifier in {records}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a heuristic: a first name on its own is only found if it is on your never-export list (Tools ▸ Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{details} in {m} of {records}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} likely identifying detail(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Decide about each one: edit the record, redact it in this export only (your journal is not changed), or mark it as fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} still to decide: redact, mark as fine or edit the record, or tick the box below to export them as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} still to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finding has a decision; {n} will be redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finding has a decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>&apos;{title}&apos; ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{title}&apos;: {column} was cut to Excel&apos;s limit of {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry has no CPD details and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record chosen as evidence could not be found (deleted, or without CPD details) and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record in the year {year} includes reflection with a peer; at least one must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds everything in the vault, unencrypted; keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} has {count} different records; at least {minimum} different records are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} has {count} record; at least {minimum} different records are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no CPD records to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{check}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries have no CPD details and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} records chosen as evidence could not be found (deleted, or without CPD details) and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} has nothing yet for: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{second} reads the same as {first}; Social Work England checks that no two records are identical, so reword one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <source>Case-record extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with likely identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace each with [redacted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them (I have checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the decisions, their rationale and the actions, for the person&apos;s own case record. Your reflection, discussion notes and wellbeing stay in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ The anonymisation check found %n likely identifier(s): {items}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The anonymisation check found nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no decisions or actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx);;Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the extract to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>A short name for the entry, as it appears in the list and in exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection, supervision note, CPD activity or note: it decides where the entry counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the activity took; CPD totals and hours for your regulator add these up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own labels, separated by commas, to find related entries again (e.g. visit, team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and what you make of it. Misspelt words are underlined: right-click for suggestions. Never write the full name of a person you support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer to this prompt; it is kept under the prompt&apos;s heading in the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of learning, as your regulator groups it (course, reading, supervision…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the activity was and why it matters for your practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning you took from it, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you now do differently, and the difference it makes to the people you support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer reflection in your journal about this activity (Social Work England asks for one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of the colleague you discussed it with, not their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the conversation with a peer added to your learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards or capabilities this activity shows; exports list them with the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you plan to talk about; each line becomes one agenda item in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the supervisee is, as a person, not only as a worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the work is affecting them: what stays with them after a visit or a shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is working in your supervision, what is not, and what you agreed to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed about this case. Use initials or a reference, never a full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided, in one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the reasons and the evidence, so the decision can be understood later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done; open actions come back at the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do it (a role or initials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was learnt in this session, by either of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning to record as CPD, or to plan for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the list by kind, tag, framework item, partner or dates (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD year {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <source>Filter entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1/2/2026 or 1 Feb 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From practice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To practice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD registration year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year ending {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} date &apos;{text}&apos; is not a date: write it as 1/2/2026 or 1 Feb 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>F&amp;ilters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name for this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search renamed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact in this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCPC CPD profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Likely identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redact in this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported copy gets [redacted] in its place; your journal is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered for this record: later checks will not ask about it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact all &amp;remaining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Confirm {name}&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first exchange file from {name}. It is signed with this key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the file&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask {name} to read out their fingerprint (Supervision ▸ Partners, or &apos;supervision-journal identity&apos;) by the same channel as the one-time passphrase — in person or by phone, never in the message that brought the file — and compare every group. If any group differs, the file may come from someone else: cancel, and nothing is imported. Once confirmed, later files from {name} must carry this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours, for {name} to compare: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;compared every group with {name}: they are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this key and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel: import nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Your journal is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a &amp;guided first reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided reflection walks you through a reflective model (Gibbs, Kolb and others) one question at a time, and can link what you write to your professional standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your home page shows a prompt for today, supervision actions and your CPD progress. Press Ctrl+0 for it at any time, Ctrl+1 for all entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkTree</name>
    <message>
        <source>Filter capabilities and standards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter framework items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (wording unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frameworks</name>
    <message>
        <source>invalid TOML: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate framework id &apos;{id}&apos; (also in {origin})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not an item in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a table, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key in {where}; allowed keys are {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long ({n} characters, at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a slug (lower-case letters, digits and single hyphens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer year, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year {year} is out of range {low}-{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {low}-{high} entries, found {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats an earlier entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source needs a url or a location (or both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {low}-{high} prompts, found {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of [[items]] tables, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate item id &apos;{id}&apos; (also items[{n}])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate label &apos;{label}&apos; (also items[{n}])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a web address or a seed id such as &apos;seed 004&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD), not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a conversation template can have fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of 1-{most} [[fields]] tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate field name &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not one of text, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{old}&apos; is not a slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{old}&apos; is a current item id and cannot be an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item &apos;{item}&apos; in this framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template must be one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom template &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a framework reference must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed framework reference &apos;{ref}&apos;; expected &apos;framework:item&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlancePanel</name>
    <message>
        <source>Your last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dashboard: every chart, by period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Framework guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities and standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedPanel</name>
    <message>
        <source>Guided reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answer here, or skip and come back to it. Ctrl+Enter moves to the next prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for n&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next prompt (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish refle&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as free te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the text but stop guiding: the answers become ordinary Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps still empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the first empty step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish an&amp;yway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: {label} — {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5/11/2026 or 5 Nov 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: write the date as 3/12/2026, 3 Dec 2026 or year-month-day (2026-12-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not answered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still empty: {steps}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to it, or finish the reflection as it is?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedStartDialog</name>
    <message>
        <source>New guided reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus on one capability or standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Optionally, a focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HcpcProfileDialog</name>
    <message>
        <source>HCPC CPD profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe your role and the kind of work you do, who you work with and where (up to 500 words). Leave out anything that identifies the people you work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each of the 4 to 6 activities you chose as evidence: what you did, what you learnt, and how it benefited your practice and the people who use your services (up to 1,500 words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal s&amp;tatement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities and gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the HCPC looks at the two years before an audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} of {limit} words: {over} over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} of {limit} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends; change a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} {check}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>{records} CPD records, {peer} reflected on with a peer, {hours} hours ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{records} of {min_records} CPD records, {peer} of {min_peer} reflected on with a peer, {hours} hours ({year})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guided reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supervision sessi&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All e&amp;ntries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about today&apos;s prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD this registration year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet: start with a new reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} entry(s) in your journal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You have reflected on every item lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a guided reflection on anything new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reflected on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reflected on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days left in the year ending {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next supervision: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next session agreed. Last session: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision sessions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open actions, {late} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>On your never-export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name with a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a family member or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Import the %n valid note(s) and list the others</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A backup written by this app (Export ▸ Whole vault), or lines of JSON with a title, body, date, tags, minutes and kind. Entries already in your journal are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file written by jrnl --export json. Tags lose their @ or #; starred entries get the tag &apos;starred&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One&apos;s JSON export: the .zip file, or the Journal.json inside it. Photos and audio become encrypted evidence files; location and weather are kept in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of .md files (sub-folders too, an Obsidian vault too), one entry each. Front matter may give the title, date or created, updated, tags, kind and minutes; #tags in the text are kept. Templates are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header row; you choose which column holds each field. A CSV exported by this app is read back into the same fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid notes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import in this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a supervision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file your partner gave you ({SUFFIX})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose records these are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add them to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From {exported_by} (your {role}): %n signed record(s). Nothing has been imported yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addendum(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Match them, or add them as a new partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: written by an older version of the app, so it will be imported as unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with the key you confirmed for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with a key you have not confirmed yet: you will be asked to compare its fingerprint with your partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not confirmed, so nothing was imported. Compare the fingerprint with {name}, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision Journal backup (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message numerus="yes">
        <source> and %n other record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n evidence file(s) (encrypted in the vault)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) was not imported (listed below)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed evidence files, which a CSV file does not hold (listed below)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out %n note(s) with problems (listed below)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out %n record(s) that referred to records not in the file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out %n template(s) in {folder}/</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} addendum(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} proposal(s) in your name awaiting your sign-off (accept or reject them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} record(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} signature(s) added to addenda</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} signature(s) verified from your partner&apos;s key</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> ({n} with CPD details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; kept the vault&apos;s own version of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; skipped {n} already in the vault (same uid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing or is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colon is missing after a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name in double quotes was expected (or a comma is one too many)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma is one too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is not closed with a double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text holds a tab or line break that JSON does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Unicode escape is not followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash starts an escape that JSON does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more follows the end of the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} already in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner&apos;s key is now confirmed for their later files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was written by an older version of the app and is not signed, so nothing in it is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{day_first}&apos; is day first but &apos;{month_first}&apos; is month first; use one order for every date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field to import into (choose from {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{line}&apos; is not a &apos;key: value&apos; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{line}&apos; is not a standard this app knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a YAML block, map or reference (&apos;{value}&apos;); write one value on the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; starts a list that is not closed (&apos;{value}&apos;): end it with ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours (use 1.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours between 0 and 336</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of minutes (use 90 or 1:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} record refers to a {parent} record that is in neither the file nor the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for minutes or for hours, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for the title or for the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has dates that can only be day first, not month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has dates that can only be month first, not day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} cannot be imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} comes after the end line (line {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} is not valid JSON ({reason} at character {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}, field &apos;name&apos;: {name} is not a table of this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}, field &apos;schema_version&apos;: expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}, field &apos;seq&apos;: expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}, field &apos;{field}&apos; of {kind}: a key cannot be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}, field &apos;{field}&apos; of {kind}: there is no {parent} record with {key} {value} in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}, field &apos;{field}&apos; of {kind}: there is no {parent} record with {key} {value} in the file or the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}, field &apos;{field}&apos; of {kind}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}, field &apos;{field}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: &apos;{kind}&apos; is not a kind of record this vault knows (it knows {kinds} and entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: a &apos;{kind}&apos; record needs the header line at the top of the file (only entry lines without &apos;type&apos; may come without it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: a second {kind} record with {field} {value} (the first is on line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: an end line needs the header line at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: field &apos;{field}&apos; of {kind} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: the end line counts {declared} records but the file holds {found}, so it may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: the file comes from a newer version of the app (schema {schema}; this vault has schema {known}); update the app first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: the header can only be the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: this is not a Supervision Journal JSONL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: version {version} of the JSONL format is not one this app reads (it reads version {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: {kind} has no field &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: {name} has no ids of its own to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, column &apos;{column}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: neither the title nor the body has any text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in column &apos;{column}&apos; could be day first or month first (&apos;{first}&apos; is {day_first} or {month_first}); choose which order they are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file stops at line {number} without its end line, so it may have been cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault refused a {table} record ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no Markdown files (.md) in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &apos;{header}&apos; in {name} (its columns are {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Day One JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a jrnl JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quotation mark is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry line has no field &apos;{key}&apos; (it may have {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry line needs a title or a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;Date&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates were read month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of text or comma-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a single value, found a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {what}, found an object that is not {form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {what}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;date&apos;: &apos;{text}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;text&apos;: expected text, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;time&apos;: &apos;{text}&apos; is not a time in the form HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;{key}&apos;: &apos;{value}&apos; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;{key}&apos;: expected a date and time, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;{key}&apos;: expected a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;{key}&apos;: expected text, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a number far too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds text that is not valid Unicode (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {name}, which JSON does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, field &apos;{name}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: a field is longer than {limit} characters; is a quote left open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: the CSV reader stopped: “{detail}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON reader stopped: “{detail}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base64 data is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter that starts on line 1 is never closed with ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} is not a number of minutes from 0 to {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed while it was being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no Day One journal (.json file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in {archive} is too large to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not {what} (it has no list of &apos;entries&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks like {found}, not {chosen}: import it as {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, entry {number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line {line}: not valid JSON ({reason} at column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, row {row}: evidence files are not in a CSV file ({files}); add them to the record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {word} {number} ({file}) is not in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {word} {number} is {size}, more than an evidence file may be ({limit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to framework items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locations</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description and why it is relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from the peer discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of a gap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were writing was kept while the journal was locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;guided reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to frameworks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability &amp;coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPD requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you are writing in an open window is not saved yet. If you quit now, it is lost. Stay, and finish or save it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were writing in a window is kept in the app until you unlock the journal, and the window opens again with it. If you quit now, it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes could not be saved before the journal was locked. They are kept in the app only: unlock the journal to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your changes could not be saved. If you quit now, they are lost. Stay, and the journal keeps trying to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this session brings forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners and agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your supervisor, supervisee or peer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) from earlier sessions will be reviewed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open actions from earlier sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session includes a re-evaluation of your supervisory relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The relationship is due to be re-evaluated %n session(s) after this one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) flagged to bring: Companion ▸ Prepare for supervision drafts the agenda from them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supervision partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>Add a supervision partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or initials of your supervisor, supervisee or peer — never of a person you support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Supervision partners and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you sign records, e.g. CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluate the relationship every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-e&amp;valuate every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this to a partner, by the same channel as a one-time passphrase, when they import your first exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show partners no longer &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dea&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions with this partner, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s confirmed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a partner with a new or restored journal: compare their new key again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History (double-click to open a session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}) — no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your supervisor, supervisee or peer to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key confirmed: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key confirmed yet: you compare it with their first exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, signed by {n} of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — {kind}, {length} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget {name}&apos;s key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this only if {name} has a new journal (new, or restored from a backup). Their next exchange file will show its key&apos;s fingerprint for you to compare with them again, by the same channel as the one-time passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision agreement recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement version {version}, agreed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>review by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner (supervisee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner and supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with a copy of your journal file might guess it in: {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another uncommon word or two; length helps more than symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good start: one more uncommon word would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong: keep it somewhere safe, such as a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a short sentence only you would think of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong: keep it somewhere safe, such as a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Could not write the PDF to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {font} font is not installed, so the PDF uses another font.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerReflectionDialog</name>
    <message>
        <source>New peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerReflectionForm</name>
    <message>
        <source>Date of the discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer&apos;s &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. social worker in the hospital team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer among your partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about, without names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the discussion went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I &amp;learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you learnt, and what you will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to people you support only by a pseudonym or reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Welcome to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private place for your reflections and supervision notes. It takes a minute to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your journal is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write is kept in one encrypted file on this computer. Nothing is sent anywhere unless you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your journal will be saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back this file up like any other important document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your journal as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision Journal (*.sjvault);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System standard font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: choose another value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of your current registration period with each regulator whose period runs from your own registration date, e.g. {&quot;scw&quot;: &quot;2025-04-01&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many automatic backups of the journal to keep; older ones are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the registration year as [month, day] (default [11, 30]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours; by default the app follows your system&apos;s choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal as soon as your computer&apos;s screen is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner (I am supervised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration period starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration year ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor (I supervise others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text copied from the journal is removed from the clipboard after this long (0: only when the journal locks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in points for the editor and the guided answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dictionary used to mark misspelt words in entries and guided answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal locks itself after this many minutes without a key press or mouse move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typeface for writing entries (empty: the system&apos;s standard font).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you are supervised, supervise others, or both: it decides which supervision screens you see first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and names the anonymisation check always flags (list of text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as it appears on exported portfolios and supervision sign-off (text; default empty; stored once, as the supervision owner&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your regulator(s), one or more of swe, scw, sssc, niscc, hcpc (list; default [&quot;swe&quot;]: Social Work England). More than one for people registered in more than one nation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role with each regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role with each regulator that has roles, e.g. {&quot;scw&quot;: &quot;social_worker&quot;} (roles: see the regulator&apos;s file in resources/regulators).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesStore</name>
    <message>
        <source>{label}: that value is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal to change this setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepDialog</name>
    <message>
        <source>Prepare for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the draft comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft agenda, one item a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the session with this agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda (edit freely; one item a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent to anyone: this becomes your session record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your supervisor, supervisee or peer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} from “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted from: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing flagged, open or due: the agenda is yours to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage gaps (six months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing since last session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Activities described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps of three months or more explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chosen} chosen; the HCPC asks for {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unexplained} of {total} not yet explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} of {limit} words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>With “{focus}” in mind: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with what happened: who was there, and what was said and done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “{stage}” stage is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “{stage}” stage is still empty: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you do differently, or keep doing, next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You described the situation; whose view is missing? How might the person, their family or a colleague have seen it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You described what happened; why do you think it went the way it did?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have described, questioned and planned; is there something here worth bringing to supervision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You weighed more than one view; what wider context shaped this: policy, resources, power or values?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Awaiting your sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange files never sign anything as you. What a file said in your name waits here: read it, then sign and accept it (with your journal&apos;s key), or reject it. Nothing here is in your journal, or changes your actions, until you accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals awaiting your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What accepting the proposal does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;is my name: sign with it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and a&amp;ccept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for your sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file typed your name as “{name}”; you sign with your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you accept: {update}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted and signed: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected; nothing was added: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum awaiting your sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed addendum in your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record awaiting your sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionController</name>
    <message>
        <source>Your own templates could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegulatorForm</name>
    <message>
        <source>Registered with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: current registration period started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each regulator you are registered with. The rules come from each regulator&apos;s public pages, with the date they were checked; &apos;period from&apos; is the first day of your current registration period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one regulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your role with {regulator}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderButton</name>
    <message>
        <source>Supervision reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {summary} (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supervision reminder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refer to people only by a pseudonym or a case reference: never record a name, address, date of birth or any number that identifies them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision agreement with {partner} was due for review on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervision session with {partner} was due on {date} (every {every}) and is {late} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is backed up automatically, encrypted with your passphrase, on the first unlock of each day and before every passphrase change and restore. Choose a backup to put in place of the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase, to count entries and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the entries in each backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First unlock of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this journal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the backups opens with that passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first: the backup opens with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the backup of {date} in place of your journal? Anything written since then is not in it. Your current journal is not deleted: it is kept as a file next to it, and you will be told where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the backup of {date} ({n} entries) in place of your journal? Anything written since then is not in it. Your current journal is not deleted: it is kept as a file next to it, and you will be told where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal it replaced was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was interrupted. The journal is either as it was or the backup, whole; unlock it to see which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <source>Owner: {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the action: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the action: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsSection</name>
    <message>
        <source>No open actions from earlier sessions with this partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>At least {total} different CPD records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {total} hours of CPD in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {total} record reflected on with a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {total} records reflected on with a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your {regulator} role to see its hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records {first} and {second} read the same; {regulator} checks that no two records are identical, so reword one of them (it counts once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{regulator} sets no hours. Keep a record of your CPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{regulator} sets no hours. {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{regulator}: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Analyses (gives reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other perspectives and alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wider context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is worked out on this computer from the text in your vault; nothing is sent anywhere. The writing is split into sentences. A sentence containing one of the cue words below counts as analysing, weighing other views or planning; a sentence with none of them counts as describing. Headings of a guided reflection are left out. For a guided reflection (Gibbs, Kolb, the 4x4x4 cycle) the stages you have answered are shown too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompts follow what is missing. Behind them is a reading of the levels below. The app never shows a level, score or pass mark: studies found such rubrics unreliable as grades, and cue words cannot see what you meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the reflection prompts work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveKeeper</name>
    <message>
        <source>The disk is full: free some space (empty the bin, remove large files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s file cannot be written: check the disk and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s file may be damaged: keep the app open and restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the app open; if this stays, check the disk the journal is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTask</name>
    <message>
        <source>Cancelled: {name} was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be saved because the disk is full: free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be saved because that folder cannot be written to: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveWarningBar</name>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why your changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try saving again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes are NOT saved. {reason} Until they are, they stay here in the app (nothing is written unencrypted), and saving is tried again every {seconds} seconds and when you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be saved: %n record(s) no longer on screen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(filters only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag: {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD records only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionForm</name>
    <message>
        <source>A portfolio to print or send: cover, summary table, then each record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same portfolio as a Word document you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per record, a column per CPD field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per record, a column per CPD field (opens in any spreadsheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio as Markdown text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One self-contained web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each CPD record, the text of each field of Social Work England&apos;s online form, ready to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HCPC CPD profile (Word): summary of practice, personal statement, activities and evidence. Without dates it covers the profile&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full backup of your journal that this app can import again. It is not checked for identifying details: keep it as safe as the journal itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration year that contains today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to a framework item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any item of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;PD records only (entries with CPD details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCPC CPD profile (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Work England form text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole vault (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the record was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large view for both of you during the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this signed record as an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions reviewed belong to this partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Possible identifying details: use a pseudonym or a case reference instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We &amp;re-evaluated the relationship at this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is working, what is not, what to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluating the supervisory relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from earlier sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda, one item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One agenda item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion: the 4x4x4 functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion: the Kolb cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the supervisee is, really</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional impact of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the work is affecting them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder about names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a decisi&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and their rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD to record or plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning and CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an act&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is time to re-evaluate your supervisory relationship (every {reevaluation_interval} sessions): how is supervision working for both of you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluating now and then keeps supervision safe and useful for both of you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionModePages</name>
    <message>
        <source>Wellbeing: how you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisee&apos;s own wellbeing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing: impact of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emotional impact of the work on the supervisee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was learnt in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing professional development to record or plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from earlier sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluating the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark each one done, carried forward or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionModeView</name>
    <message>
        <source>Session mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as &amp;duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the record&apos;s duration to the time on the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave (F11 or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave session mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave session mode: F11 or Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda, one item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One agenda item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Group supervision with {partner} — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer reflection with {partner} — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision with {partner} — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum {number} added by {author}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum {number} signed by {who} as “{name}” ({how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum {number} to the record of {date}, in your name (“{name}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from an exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks your action “{action}” as carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks your action “{action}” as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks your action “{action}” as dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks your action “{action}” as {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by both; the record is now read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {who} as “{name}” ({how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of {date}, awaiting your sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-off on addendum {number} to the record of {date} (typed as “{name}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made in this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed at this screen only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified from the partner&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how}, as “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter, e.g. zoom or Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you confirm {what} by typing your own name. Once you have both signed, it is read-only: any later change is a dated addendum, signed in the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} (your partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name typed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name, e.g. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the right name: sign with it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the name typed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with your journal&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name typed here: it shows who was present, not who it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed as “{name}” on {when} ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by both of you: it is now read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ {who}: not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {who}: signed as “{name}” on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you confirm the record by typing your names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dated change to the signed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{word}” to my dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore “{word}” until locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centuries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionController</name>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addendum {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a record signed by both of you first: you can export it, or every signed record with that partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New supervision session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners and agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New peer re&amp;flection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export signed record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting your si&amp;gn-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-evaluate the relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter and leave session mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by both of you ({when}): this record is read-only. Add a dated addendum for any change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was imported from your partner&apos;s exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by one of you so far: a change now withdraws that signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The change withdrew the signature given earlier: sign again when you both agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a supervision record first, or start one with Ctrl+Shift+S.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>My support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My support contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you can turn when the work weighs on you: your employee assistance programme, peer support, your own GP. Only you see this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Edit template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective model (stages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice conversation (questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompts (2 to 5, one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own reflection template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Reflection templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport my templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in templates come with the app and cannot be changed; copy one to make your own. A template file holds templates only, never entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Entries written with it keep their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the template id &apos;{id}&apos; is a built-in template; rename it in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {done} of {total} templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no template was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template was imported ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no templates of your own yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries per month, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a day, or a month&apos;s name, to list its entries. Keyboard: arrows move, Enter lists the day, Ctrl+Enter the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries on {days} days in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message>
        <source>Moved “{title}” to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Permanently delete {count} entry(s) in the Trash? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is already empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the entries in the Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the Trash was not emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trash was not emptied: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Wellbeing trend chart (the table holds the same data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional impact (solid, circles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (dashed, squares)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Journal: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal&apos;s file is damaged, so it cannot be opened; your passphrase is not the problem. Restore a backup: the damaged file is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal&apos;s file is damaged, so it cannot be opened. Restore the newest backup that opens: the damaged file is kept as it is, next to the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating your journal for this version of the app: a backup first, then the search index. This happens once and changes none of your entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>&amp;Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WellbeingDialog</name>
    <message>
        <source>Add where you can turn for support with “My support…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of high impact before a suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer a check-in when I move on from an entry or session I wrote in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest raising it in supervision when impact stays at 4 or 5 for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own record of how the work feels, for you and your supervision. It is not a test or a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your emotional impact has been high for {days} days or more. That is worth talking about: you could raise it at your next supervision, or with the support you have set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingController</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell checking is off: no {language} dictionary was found (on Debian, install libenchant-2-2 and hunspell-en-gb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an entry to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>&amp;Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Create your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is stored encrypted on this computer only. Choose a passphrase of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget this passphrase, your journal cannot be recovered by anyone, including us. Keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not correct. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry on the left, or press Ctrl+N to write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is in the Trash. Restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entries (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
