; Inno Setup script: a per-user installer (no administrator rights) for the PyInstaller onedir.
; Built by packaging/build.py on Windows:
;   iscc /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 /DBundleDir=build\pyinstaller\dist\runtime-advisor /DIconFile=build\icons\runtime-advisor.ico /Odist runtime-advisor.iss

#ifndef AppVersion
  #error Pass /DAppVersion=... (packaging/build.py reads it from gui/_version.py)
#endif
#ifndef AppNumericVersion
  #error Pass /DAppNumericVersion=... (four numbers, for the setup program's version resource)
#endif
#ifndef BundleDir
  #error Pass /DBundleDir=... (the PyInstaller onedir)
#endif

[Setup]
AppId={{6F0D3C52-8B8E-4C62-9E77-3B9B6B0C4A11}
AppName=Runtime Advisor
AppVersion={#AppVersion}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription=Runtime Advisor setup
AppPublisher=Runtime Advisor engineers
DefaultDirName={autopf}\Runtime Advisor
DefaultGroupName=Runtime Advisor
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=runtime-advisor-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Qt 6.11 supports Windows 10 1809 (build 17763) and later: older systems get Setup's own message
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\runtime-advisor.exe
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the whole bundle: libraries an older version shipped and this one does not
; would otherwise stay beside the new ones and be loaded by them
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Runtime Advisor"; Filename: "{app}\runtime-advisor.exe"
Name: "{group}\{cm:UninstallProgram,Runtime Advisor}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Runtime Advisor"; Filename: "{app}\runtime-advisor.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\runtime-advisor.exe"; Description: "{cm:LaunchProgram,Runtime Advisor}"; Flags: nowait postinstall skipifsilent
