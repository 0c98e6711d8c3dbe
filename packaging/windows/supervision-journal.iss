; Inno Setup 6 script: a per-user installer for the Windows bundle.
; Build on Windows (see packaging/README.md, or run packaging\windows\build-windows.ps1):
;   pyinstaller --noconfirm packaging\supervision-journal.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\supervision-journal.iss
; The version comes from supervision_app/__init__.py through /DAppVersion (one place).
; Not built or tested on this project's Linux CI: Inno Setup and PyInstaller's Windows
; bundle need Windows.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build-windows.ps1 reads it from the package)
#endif
#define AppName "Supervision Journal"
#define AppExe "supervision-journal.exe"
#define Bundle "..\..\dist\supervision-journal"

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{153D67AC-8C5D-49F4-8D4C-89832FE7B303}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Supervision Journal developers
VersionInfoVersion={#AppVersion}
; Per-user by default (no administrator rights), like the Linux install.sh; an
; administrator may still choose "for all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
SetupIconFile=supervision-journal.ico
UninstallDisplayIcon={app}\{#AppExe}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=supervision-journal-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: supervision-journal.exe (the app), supervision-journal-cli.exe
; (the command line, e.g. --self-test) and _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what it installed: the journal in
; %LOCALAPPDATA%\supervision-journal is the user's and is kept.
