"""Figures shown in the window follow the language's locale (CLDR through QLocale), not a
format written in the code."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from desktop import locale_format as shown


def _in(name: str) -> None:
    QLocale.setDefault(QLocale(name))  # conftest puts en_US back for the next test


def test_french_groups_with_spaces_and_writes_a_decimal_comma() -> None:
    _in("fr_FR")
    assert shown.population(1_412_000_000) == "1\u202f412\u202f000\u202f000"
    assert shown.number(1234.5, 1) == "1\u202f234,5"
    assert shown.percent(0.125, 1) == "12,5\u00a0%"
    assert shown.day(date(2026, 12, 6)) == "06/12/2026"
    assert shown.moment(datetime(2026, 12, 6, 20, 5)) == "06/12/2026 20:05"


def test_english_japanese_and_turkish_place_the_percent_sign_their_way() -> None:
    _in("en_US")
    assert (shown.population(1234567), shown.percent(0.125, 1)) == ("1,234,567", "12.5%")
    assert shown.day(date(2026, 12, 6)) == "12/6/2026"  # the year in full, never "26"
    _in("ja_JP")
    assert (shown.percent(0.5), shown.day(date(2026, 12, 6))) == ("50%", "2026/12/06")
    _in("tr_TR")
    assert shown.percent(0.5) == "%50"


def test_a_stored_iso_moment_is_read_before_it_is_shown() -> None:
    _in("en_GB")
    assert shown.moment("2026-12-06T20:05:00") == "06/12/2026 20:05"
    assert shown.moment(None) == shown.day(None) == ""
