; Inno Setup script for Windows (untested: no Windows machine was available to build or run it).
; Build the bundle on Windows first (PyInstaller, same spec), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\postmortem-studio.iss
; It installs dist\postmortem-studio into Program Files, adds a Start menu entry, and registers
; .postmortem files (ProgID PostmortemStudio.Document) to open in the app with its icon.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{8C7F3E2A-5B1D-4F6A-9E0C-2D4B6A8F1E37}
AppName=Postmortem Studio
AppVersion={#AppVersion}
AppPublisher=The Postmortem Studio developers
AppPublisherURL=https://postmortemstudio.org/
DefaultDirName={autopf}\Postmortem Studio
DefaultGroupName=Postmortem Studio
UninstallDisplayIcon={app}\postmortem-studio.exe
OutputDir=..\..\dist
OutputBaseFilename=postmortem-studio-{#AppVersion}-setup
LicenseFile=..\..\LICENSE
SetupIconFile=postmortem-studio.ico
ChangesAssociations=yes
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes

[Files]
Source: "..\..\dist\postmortem-studio\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Postmortem Studio"; Filename: "{app}\postmortem-studio.exe"
Name: "{group}\Uninstall Postmortem Studio"; Filename: "{uninstallexe}"

[Registry]
; The file type: .postmortem -> PostmortemStudio.Document, opened by the app, shown with its icon.
Root: HKA; Subkey: "Software\Classes\.postmortem"; ValueType: string; ValueName: ""; ValueData: "PostmortemStudio.Document"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.postmortem"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-postmortem"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.postmortem"; ValueType: string; ValueName: "PerceivedType"; ValueData: "text"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PostmortemStudio.Document"; ValueType: string; ValueName: ""; ValueData: "Incident postmortem"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\PostmortemStudio.Document\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\postmortem-studio.exe,0"
Root: HKA; Subkey: "Software\Classes\PostmortemStudio.Document\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\postmortem-studio.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\postmortem-studio.exe\SupportedTypes"; ValueType: string; ValueName: ".postmortem"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\postmortem-studio.exe"; Description: "Start Postmortem Studio"; Flags: nowait postinstall skipifsilent
