"""Sentences about NIK and No. KK checks, for the kelurahan operator."""

MESSAGES = {
    # --- NIK: shape of the number ---
    "nik.empty": "The NIK is empty. Type the 16-digit NIK from the KTP (ID card) or the family card (KK).",
    "nik.has_letters": (
        "A NIK may only contain digits, but this one has letters ({chars}). "
        "Check it against the KTP; the letters O and I are often mistaken for the digits 0 and 1."
    ),
    "nik.has_symbols": (
        "A NIK may only contain digits, but this one has other characters ({chars}). "
        "Remove them and type the 16-digit NIK from the KTP."
    ),
    "nik.wrong_length": "A NIK has 16 digits; this one has {count}. Check it against the KTP.",
    "nik.char_invisible": "invisible character",
    "nik.unknown_province": (
        "The first two digits of the NIK ({code}) are not an Indonesian province code. "
        "Check the NIK against the KTP."
    ),
    # --- NIK: the birth date inside the number (digits 7-12) ---
    "nik.invalid_day": (
        "The day of birth in the NIK ({code_day}) is impossible: 01 to 31 for men, "
        "41 to 71 for women. Check digits 7 and 8 of the NIK against the KTP."
    ),
    "nik.invalid_month": (
        "The month of birth in the NIK ({month}) does not exist; it must be 01 to 12. "
        "Check digits 9 and 10 of the NIK against the KTP."
    ),
    "nik.invalid_date": (
        "The date of birth in the NIK ({day}-{month}) is not on the calendar. "
        "Check digits 7 to 10 of the NIK against the KTP."
    ),
    "nik.invalid_date_female": (
        "The date of birth in the NIK ({code_day}-{month}, that is {day}-{month} for a woman "
        "after subtracting 40) is not on the calendar. "
        "Check digits 7 to 10 of the NIK against the KTP."
    ),
    "nik.invalid_leap_day": (
        "The date of birth in the NIK ({code_day}-02-{year}) is not on the calendar: 29 February "
        "exists only in leap years, and neither 19{year} nor 20{year} is a leap year. "
        "Check digits 7 to 12 of the NIK against the KTP."
    ),
    "nik.birth_date_future": (
        "The date of birth in the NIK ({date}) has not happened yet. "
        "Check digits 7 to 12 of the NIK against the KTP."
    ),
    "nik.serial_zero": "The last four digits of a NIK cannot be 0000. Check the NIK against the KTP.",
    # --- NIK compared with what was entered in the form ---
    "nik.sex_mismatch": (
        "The NIK says {nik_sex} ({reason}), but the sex entered is {entered_sex}. "
        "Check the NIK and the sex against the KTP."
    ),
    "nik.sex_reason_female": "day {code_day} = {day} + 40",
    "nik.sex_reason_male": "day {code_day}, without the added 40",
    "nik.sex_L": "male",
    "nik.sex_P": "female",
    "nik.birth_date_mismatch": (
        "The NIK says born on {nik_date}, but the date of birth entered is {entered}. "
        "Check the NIK and the date of birth against the KTP."
    ),
    # --- NIK notices: not errors, the value is accepted ---
    "nik.notice_outside_city": (
        "The NIK was issued outside Kota Tangerang (region code {regency}); it is accepted."
    ),
    # --- No. KK ---
    "kk.empty": "The No. KK (family card number) is empty. Type the 16 digits from the family card.",
    "kk.has_letters": (
        "A No. KK may only contain digits, but this one has letters ({chars}). "
        "Check it against the family card; the letters O and I are often mistaken for the digits 0 and 1."
    ),
    "kk.has_symbols": (
        "A No. KK may only contain digits, but this one has other characters ({chars}). "
        "Remove them and type the 16 digits of the No. KK from the family card."
    ),
    "kk.wrong_length": (
        "A No. KK has 16 digits; this one has {count}. Check it against the family card."
    ),
    "kk.unknown_province": (
        "The first two digits of the No. KK ({code}) are not an Indonesian province code. "
        "Check it against the family card."
    ),
    "kk.invalid_day": (
        "The day in the No. KK ({code_day}) is impossible; it must be 01 to 31. "
        "Check digits 7 and 8 of the No. KK against the family card."
    ),
    "kk.invalid_month": (
        "The month in the No. KK ({month}) does not exist; it must be 01 to 12. "
        "Check digits 9 and 10 of the No. KK against the family card."
    ),
    "kk.invalid_date": (
        "The date in the No. KK ({day}-{month}) is not on the calendar. "
        "Check digits 7 to 10 of the No. KK against the family card."
    ),
    "kk.invalid_leap_day": (
        "The date in the No. KK ({code_day}-02-{year}) is not on the calendar: 29 February exists "
        "only in leap years, and neither 19{year} nor 20{year} is a leap year. "
        "Check digits 7 to 12 of the No. KK against the family card."
    ),
    "kk.date_future": (
        "The date in the No. KK ({date}) has not happened yet. "
        "Check digits 7 to 12 of the No. KK against the family card."
    ),
    "kk.serial_zero": (
        "The last four digits of a No. KK cannot be 0000. Check it against the family card."
    ),
}
