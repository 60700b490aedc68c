; Inno Setup script for Career Pathway Planner (Windows installer).
;
; Build the one-folder bundle first (python packaging\build.py), then on Windows with
; Inno Setup 6.3 or later:
;
;     iscc packaging\counselor-app.iss
;     iscc /DMyAppVersion=1.2.0 packaging\counselor-app.iss
;
; Relative paths below are relative to this file's folder (packaging\).
; The installer goes to build\installer\counselor-app-setup-<version>.exe.
;
; Installs for the current user by default (no administrator rights needed, into
; %LOCALAPPDATA%\Programs); the first page lets an administrator install for all users.
; Uninstalling removes the program only: students' data, backups and settings live in the
; user's data folder (%LOCALAPPDATA%\counselor-app) and are kept on purpose.

#define MyAppName "Career Pathway Planner"
#ifndef MyAppVersion
  #define MyAppVersion "0.1.0"
#endif
#define MyAppPublisher "Career Pathway Planner team"
#define MyAppExeName "counselor-app.exe"
#define MyBuildDir "..\build\dist\counselor-app"

[Setup]
; The AppId identifies the program for upgrades and uninstall: never change it.
AppId={{E73BDCCF-3E60-4380-B993-DCA08CEB1E18}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
; Per-user install by default; offer "all users" in a dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\build\installer
OutputBaseFilename=counselor-app-setup-{#MyAppVersion}
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName={#MyAppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Clear the previous version's libraries so an upgrade never mixes old and new files.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#MyBuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Comment: "Plan students' courses along career pathways"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(MyAppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
