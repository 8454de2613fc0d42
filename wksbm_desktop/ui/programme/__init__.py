"""The programme's screens: aid and LPJ, indicators, coaching visits, attachments, the rubric."""
