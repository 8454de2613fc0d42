; Inno Setup 6 script for WKSBM Desktop: a per-user installer that needs no administrator.
;
; Normally run by `python packaging/build.py --installer` (on Windows, or on Linux under wine),
; which passes the defines below:
;   ISCC.exe /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DSourceDir=..\..\dist\wksbm-desktop
;            /DOutputDir=..\..\dist /DIconFile=..\icons\wksbm.ico packaging\windows\wksbm.iss
; Relative paths are relative to this file. Every file named here is in the repository or in every
; standard Inno Setup 6 installation (compiler:Default.isl); tests/packaging/test_installer_script.py
; checks it.

#ifndef AppVersion
  #error AppVersion is not defined: build with python packaging/build.py --installer
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\wksbm-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\icons\wksbm.ico"
#endif

#ifndef Compression
  ; The release's. build.py passes a fast one on Linux, where the installer wraps the Linux
  ; payload only to be tested under wine and is never shipped (ultra64 takes minutes there).
  #define Compression "lzma2/ultra64"
#endif
#ifndef AppExe
  ; The program's file name in SourceDir; a Linux payload (the installer tests) passes its own.
  #define AppExe "wksbm-desktop.exe"
#endif

#define AppName "WKSBM Desktop"

[Setup]
; The AppId never changes: it is how a new version finds and replaces the old one in place.
AppId={{21E0567A-C382-4B3D-ABA1-C8AA6C8A6471}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Pengembang WKSBM Desktop
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoDescription={#AppName} Setup
; Per-user install: no administrator rights, into %LOCALAPPDATA%\Programs\WKSBM Desktop.
; Written out rather than {autopf}: for a per-user install that constant is Windows' "user program
; files" folder, which is this same path, but wine (where the installer is tested) cannot expand it.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running copy before files are replaced during an upgrade.
CloseApplications=yes
RestartApplications=no
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
; Indonesian first and always preselected (the offices' language, whatever the language of
; Windows); the language dialog lets anyone pick English instead.
ShowLanguageDialog=yes
LanguageDetectionMethod=none
OutputDir={#OutputDir}
OutputBaseFilename=wksbm-desktop-{#AppVersion}-setup
Compression={#Compression}
SolidCompression=yes
; The compressor runs as its own 64-bit process (islzma64.exe): a 64 MB dictionary needs more
; memory than the 32-bit compiler can address, certainly under wine.
LZMAUseSeparateProcess=yes

[Languages]
; Indonesian is the project's own translation (Inno Setup's is unofficial and not installed with
; it); English is the standard one every installation has.
Name: "id"; MessagesFile: "Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.DataKept=Data Anda tidak dihapus. Database, cadangan dan log tetap tersimpan di:%n%n%1%n%nHapus folder itu sendiri hanya jika data tersebut benar-benar tidak diperlukan lagi.
en.DataKept=Your data has not been removed. The database, backups and logs remain in:%n%n%1%n%nDelete that folder yourself only if the data is really no longer needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade starts from a clean program folder so no file of the old version lingers.
; This is the program folder only; the user's data lives elsewhere (see [Code]).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: the uninstaller removes only what it installed, never the data
; folder %LOCALAPPDATA%\WKSBM Desktop (database, backups, logs, settings).

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\{#AppName}')]),
      mbInformation, MB_OK);
end;
