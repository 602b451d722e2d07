; Inno Setup script for her2aid on Windows. Build the app first on Windows with
;   python packaging\build.py --no-tarball
; then run:  iscc packaging\windows\her2aid.iss
; Not verified on Windows in this project's own runs (see README, Packaging).
#define AppVersion GetEnv("HER2AID_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6A1D5C3E-8C39-4D2B-9E0B-4C1C5C1E2A11}
AppName=her2aid
AppVersion={#AppVersion}
AppPublisher=her2aid contributors
DefaultDirName={autopf}\her2aid
DefaultGroupName=her2aid
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=her2aid-{#AppVersion}-windows-setup
SetupIconFile=..\build\icons\her2aid.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
LicenseFile=..\..\LICENSE

[Files]
Source: "..\dist\her2aid\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\her2aid"; Filename: "{app}\her2aid.exe"
Name: "{autodesktop}\her2aid"; Filename: "{app}\her2aid.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\her2aid.exe"; Description: "Start her2aid"; Flags: nowait postinstall skipifsilent
