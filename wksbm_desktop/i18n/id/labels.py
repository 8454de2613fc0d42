"""Field names the record services put into their validation messages, and the CLI's operator."""

MESSAGES = {
    # Shared by groups, members and the office (services/*.py)
    "label.address": "Alamat",
    "label.notes": "Catatan",
    "label.rt": "RT",
    "label.rw": "RW",
    # Groups and their assessments (services/groups.py)
    "label.group_name": "Nama kelompok",
    "label.founded_on": "Tanggal berdiri",
    "label.sk_number": "Nomor SK",
    "label.sk_date": "Tanggal SK",
    "label.sk_issuer": "Penerbit SK",
    "label.status": "Status",
    "label.assessed_on": "Tanggal penilaian",
    "label.level": "Tingkat",
    # Members (services/members.py)
    "label.birth_date": "Tanggal lahir",
    "label.full_name": "Nama lengkap",
    "label.birth_place": "Tempat lahir",
    "label.education": "Pendidikan",
    "label.occupation": "Pekerjaan",
    "label.sex": "Jenis kelamin",
    "label.dtsen_as_of": "Tanggal data DTSEN",
    # Memberships (services/memberships.py)
    "label.role": "Jabatan",
    "label.started_on": "Tanggal mulai",
    "label.ended_on": "Tanggal selesai",
    # Activities (services/activities.py)
    "label.held_on": "Tanggal kegiatan",
    "label.activity": "Nama kegiatan",
    "label.location": "Lokasi",
    "label.facilitator": "Fasilitator/Narasumber",
    "label.amount": "Jumlah dana",
    "label.participants": "Jumlah peserta",
    "label.beneficiaries": "Jumlah penerima manfaat",
    "label.outcome": "Hasil kegiatan",
    # The office (services/office.py)
    "label.office_address": "Alamat kantor",
    "label.lurah_name": "Nama Lurah",
    "label.operators": "Nama operator",
    # Who the change history names for work from the command line without --operator.
    "cli.operator_default": "baris perintah",
    # Placeholders in the command-line help (wksbm --help): what the user types there.
    "cli.metavar.name": "NAMA",
    "cli.metavar.command": "PERINTAH",
    "cli.metavar.file": "BERKAS",
    "cli.metavar.folder": "FOLDER",
    "cli.metavar.xlsx": "BERKAS.xlsx",
    "cli.metavar.city_xlsx": "KOTA.xlsx",
    "cli.metavar.code": "KODE",
    "cli.metavar.address": "ALAMAT",
}
