; *** Inno Setup 6.4 Indonesian messages for WKSBM Desktop ***
;
; The project's own translation of Inno Setup's Default.isl (6.4.0+), written for kelurahan
; clerks: plain Bahasa Indonesia, the words Windows itself uses ("pasang", "hapus instalan",
; "pintasan"). Inno Setup's own Indonesian file is an unofficial translation that a standard
; installation does not contain, so the installer must not depend on it.
;
; Every key of Default.isl's [Messages] and [CustomMessages] is here (tests/packaging/
; test_installer_script.py compares them, with their %1/[name] placeholders). Keep the rules of
; Default.isl: no full stop added where the English has none (Setup adds it), "&" marks the
; underlined letter of a button or option, %n is a new line.
; Plain ASCII on purpose: the file reads the same whatever the code page.

[LangOptions]
LanguageName=Bahasa Indonesia
LanguageID=$0421
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Pemasangan
SetupWindowTitle=Pemasangan - %1
UninstallAppTitle=Hapus Instalan
UninstallAppFullTitle=Hapus Instalan %1

; *** Misc. common
InformationTitle=Informasi
ConfirmTitle=Konfirmasi
ErrorTitle=Kesalahan

; *** SetupLdr messages
SetupLdrStartupMessage=Program ini akan memasang %1. Lanjutkan?
LdrCannotCreateTemp=Tidak dapat membuat berkas sementara. Pemasangan dibatalkan
LdrCannotExecTemp=Tidak dapat menjalankan berkas di folder sementara. Pemasangan dibatalkan
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nKesalahan %2: %3
SetupFileMissing=Berkas %1 tidak ada di folder pemasangan. Perbaiki masalahnya atau minta salinan baru program ini.
SetupFileCorrupt=Berkas pemasangan rusak. Minta salinan baru program ini.
SetupFileCorruptOrWrongVer=Berkas pemasangan rusak atau tidak cocok dengan versi pemasang ini. Perbaiki masalahnya atau minta salinan baru program ini.
InvalidParameter=Ada parameter yang tidak sah di baris perintah:%n%n%1
SetupAlreadyRunning=Pemasangan sudah berjalan.
WindowsVersionNotSupported=Program ini tidak mendukung versi Windows di komputer Anda.
WindowsServicePackRequired=Program ini memerlukan %1 Service Pack %2 atau yang lebih baru.
NotOnThisPlatform=Program ini tidak dapat berjalan di %1.
OnlyOnThisPlatform=Program ini harus dijalankan di %1.
OnlyOnTheseArchitectures=Program ini hanya dapat dipasang pada versi Windows untuk arsitektur prosesor berikut:%n%n%1
WinVersionTooLowError=Program ini memerlukan %1 versi %2 atau yang lebih baru.
WinVersionTooHighError=Program ini tidak dapat dipasang di %1 versi %2 atau yang lebih baru.
AdminPrivilegesRequired=Anda harus masuk sebagai administrator untuk memasang program ini.
PowerUserPrivilegesRequired=Anda harus masuk sebagai administrator atau anggota grup Power Users untuk memasang program ini.
SetupAppRunningError=Pemasang mendapati %1 sedang berjalan.%n%nTutup semua jendelanya sekarang, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
UninstallAppRunningError=Penghapus instalan mendapati %1 sedang berjalan.%n%nTutup semua jendelanya sekarang, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Pilih Cara Pemasangan
PrivilegesRequiredOverrideInstruction=Pilih cara pemasangan
PrivilegesRequiredOverrideText1=%1 dapat dipasang untuk semua pengguna (perlu hak administrator), atau hanya untuk Anda.
PrivilegesRequiredOverrideText2=%1 dapat dipasang hanya untuk Anda, atau untuk semua pengguna (perlu hak administrator).
PrivilegesRequiredOverrideAllUsers=Pasang untuk &semua pengguna
PrivilegesRequiredOverrideAllUsersRecommended=Pasang untuk &semua pengguna (disarankan)
PrivilegesRequiredOverrideCurrentUser=Pasang hanya untuk &saya
PrivilegesRequiredOverrideCurrentUserRecommended=Pasang hanya untuk &saya (disarankan)

; *** Misc. errors
ErrorCreatingDir=Pemasang tidak dapat membuat folder "%1"
ErrorTooManyFilesInDir=Tidak dapat membuat berkas di folder "%1" karena folder itu berisi terlalu banyak berkas

; *** Setup common messages
ExitSetupTitle=Keluar dari Pemasangan
ExitSetupMessage=Pemasangan belum selesai. Bila Anda keluar sekarang, program tidak akan terpasang.%n%nAnda dapat menjalankan pemasang lagi lain kali untuk menyelesaikannya.%n%nKeluar dari pemasangan?
AboutSetupMenuItem=&Tentang Pemasang...
AboutSetupTitle=Tentang Pemasang
AboutSetupMessage=%1 versi %2%n%3%n%nSitus %1:%n%4
AboutSetupNote=
TranslatorNote=Terjemahan Bahasa Indonesia: tim WKSBM Desktop

; *** Buttons
ButtonBack=< &Kembali
ButtonNext=&Lanjut >
ButtonInstall=&Pasang
ButtonOK=OK
ButtonCancel=Batal
ButtonYes=&Ya
ButtonYesToAll=Ya untuk &Semua
ButtonNo=&Tidak
ButtonNoToAll=Tidak untuk Se&mua
ButtonFinish=&Selesai
ButtonBrowse=&Telusuri...
ButtonWizardBrowse=Te&lusuri...
ButtonNewFolder=&Buat Folder Baru

; *** "Select Language" dialog messages
SelectLanguageTitle=Pilih Bahasa Pemasangan
SelectLanguageLabel=Pilih bahasa yang dipakai selama pemasangan.

; *** Common wizard text
ClickNext=Klik Lanjut untuk melanjutkan, atau Batal untuk keluar dari pemasangan.
BeveledLabel=
BrowseDialogTitle=Telusuri Folder
BrowseDialogLabel=Pilih folder dari daftar di bawah, lalu klik OK.
NewFolderName=Folder Baru

; *** "Welcome" wizard page
WelcomeLabel1=Selamat datang di Pemasangan [name]
WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda.%n%nSebaiknya tutup semua aplikasi lain sebelum melanjutkan.

; *** "Password" wizard page
WizardPassword=Kata Sandi
PasswordLabel1=Pemasangan ini dilindungi kata sandi.
PasswordLabel3=Masukkan kata sandi, lalu klik Lanjut. Huruf besar dan kecil dibedakan.
PasswordEditLabel=&Kata sandi:
IncorrectPassword=Kata sandi yang Anda masukkan salah. Coba lagi.

; *** "License Agreement" wizard page
WizardLicense=Perjanjian Lisensi
LicenseLabel=Bacalah informasi penting berikut sebelum melanjutkan.
LicenseLabel3=Bacalah Perjanjian Lisensi berikut. Anda harus menyetujui isinya sebelum melanjutkan pemasangan.
LicenseAccepted=Saya &menyetujui perjanjian ini
LicenseNotAccepted=Saya &tidak menyetujui perjanjian ini

; *** "Information" wizard pages
WizardInfoBefore=Informasi
InfoBeforeLabel=Bacalah informasi penting berikut sebelum melanjutkan.
InfoBeforeClickLabel=Bila Anda siap melanjutkan pemasangan, klik Lanjut.
WizardInfoAfter=Informasi
InfoAfterLabel=Bacalah informasi penting berikut sebelum melanjutkan.
InfoAfterClickLabel=Bila Anda siap melanjutkan pemasangan, klik Lanjut.

; *** "User Information" wizard page
WizardUserInfo=Informasi Pengguna
UserInfoDesc=Masukkan informasi Anda.
UserInfoName=&Nama pengguna:
UserInfoOrg=&Instansi:
UserInfoSerial=Nomor &seri:
UserInfoNameRequired=Nama harus diisi.

; *** "Select Destination Location" wizard page
WizardSelectDir=Pilih Lokasi Tujuan
SelectDirDesc=Di mana [name] akan dipasang?
SelectDirLabel3=Pemasang akan memasang [name] ke folder berikut.
SelectDirBrowseLabel=Untuk melanjutkan, klik Lanjut. Bila ingin memilih folder lain, klik Telusuri.
DiskSpaceGBLabel=Diperlukan ruang kosong sedikitnya [gb] GB.
DiskSpaceMBLabel=Diperlukan ruang kosong sedikitnya [mb] MB.
CannotInstallToNetworkDrive=Program tidak dapat dipasang di drive jaringan.
CannotInstallToUNCPath=Program tidak dapat dipasang di alamat UNC.
InvalidPath=Masukkan alamat lengkap dengan huruf drive, misalnya:%n%nC:\APP%n%natau alamat UNC dengan bentuk:%n%n\\server\share
InvalidDrive=Drive atau folder jaringan (UNC) yang Anda pilih tidak ada atau tidak dapat dibuka. Pilih yang lain.
DiskSpaceWarningTitle=Ruang Disk Tidak Cukup
DiskSpaceWarning=Pemasangan memerlukan ruang kosong sedikitnya %1 KB, tetapi drive yang dipilih hanya memiliki %2 KB.%n%nTetap lanjutkan?
DirNameTooLong=Nama atau alamat folder terlalu panjang.
InvalidDirName=Nama folder tidak sah.
BadDirName32=Nama folder tidak boleh memuat karakter berikut:%n%n%1
DirExistsTitle=Folder Sudah Ada
DirExists=Folder:%n%n%1%n%nsudah ada. Tetap pasang ke folder itu?
DirDoesntExistTitle=Folder Belum Ada
DirDoesntExist=Folder:%n%n%1%n%nbelum ada. Buat folder itu?

; *** "Select Components" wizard page
WizardSelectComponents=Pilih Komponen
SelectComponentsDesc=Komponen mana yang akan dipasang?
SelectComponentsLabel2=Centang komponen yang ingin dipasang dan hapus centang komponen yang tidak diinginkan. Klik Lanjut bila sudah siap.
FullInstallation=Pemasangan lengkap
; "Compact" is not "Minimal" (Default.isl asks translators to keep the difference)
CompactInstallation=Pemasangan ringkas
CustomInstallation=Pemasangan pilihan sendiri
NoUninstallWarningTitle=Komponen Sudah Ada
NoUninstallWarning=Pemasang mendapati komponen berikut sudah terpasang di komputer Anda:%n%n%1%n%nMenghapus centang komponen itu tidak akan menghapus instalannya.%n%nTetap lanjutkan?
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=Pilihan saat ini memerlukan ruang disk sedikitnya [gb] GB.
ComponentsDiskSpaceMBLabel=Pilihan saat ini memerlukan ruang disk sedikitnya [mb] MB.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Pilih Tugas Tambahan
SelectTasksDesc=Tugas tambahan apa yang akan dikerjakan?
SelectTasksLabel2=Pilih tugas tambahan yang perlu dikerjakan pemasang saat memasang [name], lalu klik Lanjut.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Pilih Folder Menu Start
SelectStartMenuFolderDesc=Di mana pemasang menaruh pintasan program?
SelectStartMenuFolderLabel3=Pemasang akan membuat pintasan program di folder Menu Start berikut.
SelectStartMenuFolderBrowseLabel=Untuk melanjutkan, klik Lanjut. Bila ingin memilih folder lain, klik Telusuri.
MustEnterGroupName=Nama folder harus diisi.
GroupNameTooLong=Nama atau alamat folder terlalu panjang.
InvalidGroupName=Nama folder tidak sah.
BadGroupName=Nama folder tidak boleh memuat karakter berikut:%n%n%1
NoProgramGroupCheck2=&Jangan buat folder Menu Start

; *** "Ready to Install" wizard page
WizardReady=Siap Dipasang
ReadyLabel1=Pemasang siap memasang [name] di komputer Anda.
ReadyLabel2a=Klik Pasang untuk memulai pemasangan, atau klik Kembali bila ingin memeriksa atau mengubah pengaturan.
ReadyLabel2b=Klik Pasang untuk memulai pemasangan.
ReadyMemoUserInfo=Informasi pengguna:
ReadyMemoDir=Lokasi tujuan:
ReadyMemoType=Jenis pemasangan:
ReadyMemoComponents=Komponen yang dipilih:
ReadyMemoGroup=Folder Menu Start:
ReadyMemoTasks=Tugas tambahan:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Mengunduh berkas tambahan...
ButtonStopDownload=&Hentikan unduhan
StopDownload=Yakin ingin menghentikan unduhan?
ErrorDownloadAborted=Unduhan dibatalkan
ErrorDownloadFailed=Unduhan gagal: %1 %2
ErrorDownloadSizeFailed=Gagal mengetahui ukuran: %1 %2
ErrorFileHash1=Gagal menghitung hash berkas: %1
ErrorFileHash2=Hash berkas tidak cocok: seharusnya %1, ternyata %2
ErrorProgress=Kemajuan tidak sah: %1 dari %2
ErrorFileSize=Ukuran berkas tidak cocok: seharusnya %1, ternyata %2

; *** TExtractionWizardPage wizard page and Extract7ZipArchive
ExtractionLabel=Mengekstrak berkas tambahan...
ButtonStopExtraction=&Hentikan ekstraksi
StopExtraction=Yakin ingin menghentikan ekstraksi?
ErrorExtractionAborted=Ekstraksi dibatalkan
ErrorExtractionFailed=Ekstraksi gagal: %1

; *** "Preparing to Install" wizard page
WizardPreparing=Bersiap Memasang
PreparingDesc=Pemasang sedang bersiap memasang [name] di komputer Anda.
PreviousInstallNotCompleted=Pemasangan atau penghapusan program sebelumnya belum selesai. Komputer perlu dinyalakan ulang untuk menyelesaikannya.%n%nSetelah komputer dinyalakan ulang, jalankan pemasang lagi untuk menyelesaikan pemasangan [name].
CannotContinue=Pemasangan tidak dapat dilanjutkan. Klik Batal untuk keluar.
ApplicationsFound=Aplikasi berikut sedang memakai berkas yang perlu diperbarui. Sebaiknya biarkan pemasang menutup aplikasi itu secara otomatis.
ApplicationsFound2=Aplikasi berikut sedang memakai berkas yang perlu diperbarui. Sebaiknya biarkan pemasang menutup aplikasi itu secara otomatis. Setelah pemasangan selesai, pemasang akan mencoba membukanya kembali.
CloseApplications=&Tutup aplikasi secara otomatis
DontCloseApplications=&Jangan tutup aplikasi
ErrorCloseApplications=Pemasang tidak dapat menutup semua aplikasi secara otomatis. Sebaiknya tutup sendiri semua aplikasi yang memakai berkas yang perlu diperbarui sebelum melanjutkan.
PrepareToInstallNeedsRestart=Komputer perlu dinyalakan ulang. Setelah itu, jalankan pemasang lagi untuk menyelesaikan pemasangan [name].%n%nNyalakan ulang sekarang?

; *** "Installing" wizard page
WizardInstalling=Memasang
InstallingLabel=Tunggu sebentar, pemasang sedang memasang [name] di komputer Anda.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Pemasangan [name] Selesai
FinishedLabelNoIcons=[name] sudah terpasang di komputer Anda.
FinishedLabel=[name] sudah terpasang di komputer Anda. Program dapat dibuka lewat pintasan yang dibuat.
ClickFinish=Klik Selesai untuk menutup pemasang.
FinishedRestartLabel=Untuk menyelesaikan pemasangan [name], komputer perlu dinyalakan ulang. Nyalakan ulang sekarang?
FinishedRestartMessage=Untuk menyelesaikan pemasangan [name], komputer perlu dinyalakan ulang.%n%nNyalakan ulang sekarang?
ShowReadmeCheck=Ya, saya ingin membaca berkas README
YesRadio=&Ya, nyalakan ulang komputer sekarang
NoRadio=&Tidak, saya akan menyalakan ulang nanti
; used for example as 'Run MyProg.exe'
RunEntryExec=Jalankan %1
; used for example as 'View Readme.txt'
RunEntryShellExec=Buka %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Pemasang Memerlukan Disk Berikutnya
SelectDiskLabel2=Masukkan Disk %1 lalu klik OK.%n%nBila berkas di disk ini ada di folder lain dari yang ditampilkan di bawah, masukkan alamat yang benar atau klik Telusuri.
PathLabel=&Alamat:
FileNotInDir2=Berkas "%1" tidak ditemukan di "%2". Masukkan disk yang benar atau pilih folder lain.
SelectDirectoryLabel=Tentukan lokasi disk berikutnya.

; *** Installation phase messages
SetupAborted=Pemasangan belum selesai.%n%nPerbaiki masalahnya lalu jalankan pemasang lagi.
AbortRetryIgnoreSelectAction=Pilih tindakan
AbortRetryIgnoreRetry=&Coba lagi
AbortRetryIgnoreIgnore=&Abaikan kesalahan dan lanjutkan
AbortRetryIgnoreCancel=Batalkan pemasangan

; *** Installation status messages
StatusClosingApplications=Menutup aplikasi...
StatusCreateDirs=Membuat folder...
StatusExtractFiles=Mengekstrak berkas...
StatusCreateIcons=Membuat pintasan...
StatusCreateIniEntries=Menulis entri INI...
StatusCreateRegistryEntries=Menulis entri registry...
StatusRegisterFiles=Mendaftarkan berkas...
StatusSavingUninstall=Menyimpan informasi untuk hapus instalan...
StatusRunProgram=Menyelesaikan pemasangan...
StatusRestartingApplications=Membuka kembali aplikasi...
StatusRollback=Membatalkan perubahan...

; *** Misc. errors
ErrorInternal2=Kesalahan internal: %1
ErrorFunctionFailedNoCode=%1 gagal
ErrorFunctionFailed=%1 gagal; kode %2
ErrorFunctionFailedWithMessage=%1 gagal; kode %2.%n%3
ErrorExecutingProgram=Tidak dapat menjalankan berkas:%n%1

; *** Registry errors
ErrorRegOpenKey=Kesalahan saat membuka kunci registry:%n%1\%2
ErrorRegCreateKey=Kesalahan saat membuat kunci registry:%n%1\%2
ErrorRegWriteKey=Kesalahan saat menulis ke kunci registry:%n%1\%2

; *** INI errors
ErrorIniEntry=Kesalahan saat menulis entri INI di berkas "%1".

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=&Lewati berkas ini (tidak disarankan)
FileAbortRetryIgnoreIgnoreNotRecommended=&Abaikan kesalahan dan lanjutkan (tidak disarankan)
SourceIsCorrupted=Berkas sumber rusak
SourceDoesntExist=Berkas sumber "%1" tidak ada
ExistingFileReadOnly2=Berkas yang ada tidak dapat diganti karena bertanda hanya-baca.
ExistingFileReadOnlyRetry=&Hapus tanda hanya-baca lalu coba lagi
ExistingFileReadOnlyKeepExisting=&Biarkan berkas yang ada
ErrorReadingExistingDest=Terjadi kesalahan saat membaca berkas yang ada:
FileExistsSelectAction=Pilih tindakan
FileExists2=Berkas itu sudah ada.
FileExistsOverwriteExisting=&Timpa berkas yang ada
FileExistsKeepExisting=&Biarkan berkas yang ada
FileExistsOverwriteOrKeepAll=&Lakukan ini untuk bentrokan berikutnya
ExistingFileNewerSelectAction=Pilih tindakan
ExistingFileNewer2=Berkas yang ada lebih baru daripada berkas yang akan dipasang.
ExistingFileNewerOverwriteExisting=&Timpa berkas yang ada
ExistingFileNewerKeepExisting=&Biarkan berkas yang ada (disarankan)
ExistingFileNewerOverwriteOrKeepAll=&Lakukan ini untuk bentrokan berikutnya
ErrorChangingAttr=Terjadi kesalahan saat mengubah atribut berkas yang ada:
ErrorCreatingTemp=Terjadi kesalahan saat membuat berkas di folder tujuan:
ErrorReadingSource=Terjadi kesalahan saat membaca berkas sumber:
ErrorCopying=Terjadi kesalahan saat menyalin berkas:
ErrorReplacingExistingFile=Terjadi kesalahan saat mengganti berkas yang ada:
ErrorRestartReplace=RestartReplace gagal:
ErrorRenamingTemp=Terjadi kesalahan saat mengganti nama berkas di folder tujuan:
ErrorRegisterServer=Tidak dapat mendaftarkan DLL/OCX: %1
ErrorRegSvr32Failed=RegSvr32 gagal dengan kode keluar %1
ErrorRegisterTypeLib=Tidak dapat mendaftarkan type library: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32-bit
UninstallDisplayNameMark64Bit=64-bit
UninstallDisplayNameMarkAllUsers=Semua pengguna
UninstallDisplayNameMarkCurrentUser=Pengguna ini

; *** Post-installation errors
ErrorOpeningReadme=Terjadi kesalahan saat membuka berkas README.
ErrorRestartingComputer=Pemasang tidak dapat menyalakan ulang komputer. Lakukan sendiri.

; *** Uninstaller messages
UninstallNotFound=Berkas "%1" tidak ada. Hapus instalan tidak dapat dilakukan.
UninstallOpenError=Berkas "%1" tidak dapat dibuka. Hapus instalan tidak dapat dilakukan
UninstallUnsupportedVer=Berkas catatan hapus instalan "%1" memakai format yang tidak dikenali penghapus instalan versi ini. Hapus instalan tidak dapat dilakukan
UninstallUnknownEntry=Ada entri yang tidak dikenal (%1) di catatan hapus instalan
ConfirmUninstall=Yakin ingin menghapus %1 beserta semua komponennya?
UninstallOnlyOnWin64=Instalan ini hanya dapat dihapus di Windows 64-bit.
OnlyAdminCanUninstall=Instalan ini hanya dapat dihapus oleh pengguna dengan hak administrator.
UninstallStatusLabel=Tunggu sebentar, %1 sedang dihapus dari komputer Anda.
UninstalledAll=%1 berhasil dihapus dari komputer Anda.
UninstalledMost=Hapus instalan %1 selesai.%n%nBeberapa bagian tidak dapat dihapus. Bagian itu dapat dihapus sendiri.
UninstalledAndNeedsRestart=Untuk menyelesaikan hapus instalan %1, komputer perlu dinyalakan ulang.%n%nNyalakan ulang sekarang?
UninstallDataCorrupted=Berkas "%1" rusak. Hapus instalan tidak dapat dilakukan

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Hapus Berkas Bersama?
ConfirmDeleteSharedFile2=Menurut sistem, berkas bersama berikut tidak lagi dipakai program mana pun. Hapus berkas bersama ini?%n%nBila masih ada program yang memakainya dan berkas ini dihapus, program itu mungkin tidak berjalan dengan benar. Bila ragu, pilih Tidak. Membiarkan berkas ini tetap ada tidak menimbulkan masalah.
SharedFileNameLabel=Nama berkas:
SharedFileLocationLabel=Lokasi:
WizardUninstalling=Status Hapus Instalan
StatusUninstalling=Menghapus %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=Memasang %1.
ShutdownBlockReasonUninstallingApp=Menghapus %1.

[CustomMessages]

NameAndVersion=%1 versi %2
AdditionalIcons=Pintasan tambahan:
CreateDesktopIcon=Buat pintasan di &desktop
CreateQuickLaunchIcon=Buat pintasan &Quick Launch
ProgramOnTheWeb=%1 di Internet
UninstallProgram=Hapus instalan %1
LaunchProgram=Buka %1
AssocFileExtension=&Kaitkan %1 dengan ekstensi berkas %2
AssocingFileExtension=Mengaitkan %1 dengan ekstensi berkas %2...
AutoStartProgramGroupDescription=Saat Windows dimulai:
AutoStartProgram=Jalankan %1 secara otomatis
AddonHostProgramNotFound=%1 tidak ditemukan di folder yang Anda pilih.%n%nTetap lanjutkan?
