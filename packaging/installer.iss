; Inno Setup 6 script: a per-user installer (no administrator rights needed).
; Build the bundle first (python packaging\build.py), then: iscc packaging\installer.iss
; User data, logs and backups live in %LOCALAPPDATA%\DapodikLokal (platformdirs),
; outside the install folder, so uninstalling never deletes the school's data.

#define AppName "Dapodik Lokal"
#define AppVersion "0.1.0"
#define AppExe "DapodikLokal.exe"

[Setup]
AppId={{6C1E1B9A-3F0E-4E55-9B8C-D4A7E2C1DA10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Dapodik Lokal
DefaultDirName={localappdata}\Programs\Dapodik Lokal
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=DapodikLokal-{#AppVersion}-setup
SetupIconFile=..\resources\icons\dapodik-lokal.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\DapodikLokal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
