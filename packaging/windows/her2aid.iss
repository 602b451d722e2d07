; Inno Setup 6 script for her2aid on Windows (64-bit, Windows 10 1809 or later).
; Build the app first, on Windows:   python packaging\build.py
; then:                              iscc packaging\windows\her2aid.iss
; Output: packaging\dist\her2aid-VERSION-windows-x64-setup.exe
;
; The version is read from her2aid.exe's version resource (her2aid.spec writes it
; from pyproject.toml), so it cannot drift. Installs for all users by default
; (C:\Program Files\her2aid); the first page offers "only for me" instead.
; Silent install for IT:  setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; Then check it:          "C:\Program Files\her2aid\her2aid-cli.exe" --selftest
; Not run on Windows in this project's own runs; .github/workflows/build.yml does.

#define AppExe "..\dist\her2aid\her2aid.exe"
#define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
#if AppVersion == ""
  #error her2aid.exe has no version resource: build it with packaging\build.py first
#endif

[Setup]
AppId={{6A1D5C3E-8C39-4D2B-9E0B-4C1C5C1E2A11}
AppName=her2aid
AppVersion={#AppVersion}
AppVerName=her2aid {#AppVersion}
AppPublisher=her2aid contributors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\her2aid
DefaultGroupName=her2aid
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\her2aid.exe
OutputDir=..\dist
OutputBaseFilename=her2aid-{#AppVersion}-windows-x64-setup
SetupIconFile=..\build\icons\her2aid.ico
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; 64-bit only, Windows 10 1809 (build 17763) or later: what Qt 6 supports.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
; All users by default; the user may choose "only for me" (no admin rights needed).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
CloseApplications=yes
LicenseFile=..\..\LICENSE
ChangesAssociations=yes

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: files a newer version no longer ships
; (an old Qt library, say) must not linger next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\her2aid\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion createallsubdirs

[Icons]
Name: "{group}\her2aid"; Filename: "{app}\her2aid.exe"
Name: "{autodesktop}\her2aid"; Filename: "{app}\her2aid.exe"; Tasks: desktopicon

[Registry]
; "Open with > her2aid" for .json case files, without taking .json over.
Root: HKA; Subkey: "Software\Classes\Applications\her2aid.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "her2aid"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\her2aid.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\her2aid.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\her2aid.exe"" --open=""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithList\her2aid.exe"; ValueType: none; Flags: uninsdeletekey

[Run]
Filename: "{app}\her2aid.exe"; Description: "Start her2aid"; Flags: nowait postinstall skipifsilent
