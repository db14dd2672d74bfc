"""Numbers, percentages, dates and populations as the window's language writes them (Qt's
QLocale, i.e. CLDR data: "1 234 567" in French, "12,5 %", "1 234,5"; dates in the locale's
short form), never hand-written formats. desktop.i18n sets the default locale at start-up;
every function reads it when called, so a test that switches language sees the new one.

Stored values and data keep their own forms (ISO dates in files and the record): this module is
only for what the window shows.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QDateEdit


def _locale() -> QLocale:
    return QLocale()  # the default set by desktop.i18n


def number(value: float, decimals: int = 0) -> str:
    """`value` with the locale's digit grouping and decimal sign, e.g. 1 234 567 or 0,75."""
    if decimals == 0 and float(value).is_integer():
        return _locale().toString(int(value))
    return _locale().toString(float(value), "f", decimals)


def signed(value: float, decimals: int = 0) -> str:
    """`value` with its sign always written, in the locale's signs and digits: "+0,40", "−0.12"."""
    locale = _locale()
    sign = locale.negativeSign() if value < 0 else locale.positiveSign()
    return sign + locale.toString(abs(float(value)), "f", decimals)


def population(people: int) -> str:
    """A count of people (or any whole count): grouped digits, "1 412 000 000"."""
    return _locale().toString(int(people))


def percent(fraction: float, decimals: int = 0) -> str:
    """`fraction` (0.125) as the locale writes a percentage: "12.5%", "12,5 %", "%12,5"."""
    locale = _locale()
    digits = locale.toString(abs(fraction) * 100, "f", decimals)
    prefix, suffix = _percent_affixes(locale.name(), negative=fraction < 0)
    return f"{prefix}{digits}{suffix}".replace("%", locale.percent())


@lru_cache(maxsize=8)
def _percent_affixes(name: str, *, negative: bool) -> tuple[str, str]:
    """What CLDR puts before and after a percentage's digits in locale `name` (where the sign
    goes, with what space). QLocale formats the digits but offers no percent pattern, so the
    pattern is Babel's (CLDR too; loaded the first time a percentage is shown, not at start)."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # without Babel: the pattern most languages use
        return ("-" if negative else ""), "%"
    try:
        pattern = Locale.parse(name).percent_formats[None]
    except (UnknownLocaleError, ValueError):  # "C"
        return ("-" if negative else ""), "%"
    side = 1 if negative else 0
    return pattern.prefix[side], pattern.suffix[side]


def day(value: date | datetime | None) -> str:
    """A calendar date in the locale's short form with the year in full ("06/12/2026",
    "2026/12/06", "12/6/2026": a record is read for years); "" for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    qdate = QDate(value.year, value.month, value.day)
    locale = _locale()
    return locale.toString(qdate, _full_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))


def moment(value: datetime | str | None) -> str:
    """A date and time to the minute in the locale's short form, year in full; "" for None.
    A stored ISO text (a row read with the plain database driver) is read as such."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(stored := value)
        except ValueError:
            return stored[:16].replace("T", " ")
    stamp = QDateTime(QDate(value.year, value.month, value.day),
                      QTime(value.hour, value.minute))
    locale = _locale()
    return locale.toString(stamp, _full_year(
        locale.dateTimeFormat(QLocale.FormatType.ShortFormat)))


def _full_year(form: str) -> str:
    return form if "yyyy" in form else form.replace("yy", "yyyy")


def date_entry_format() -> str:
    """The display format of a date field: the locale's short date with the year in full."""
    return _full_year(_locale().dateFormat(QLocale.FormatType.ShortFormat))


def show_dates_as_written(edit: QDateEdit) -> None:
    """A date field in the locale's short date, its digits left to right as every locale
    writes a date: in a right-to-left window Qt lays the field's sections out in reverse
    ("2026.12.6" for 6.12.2026; an ISO field read 06-12-2026), unless the field itself runs
    left to right when its format is set."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(date_entry_format())


def score(value: float, threshold: float | None = None) -> str:
    """A score (0-1) as playbooks.figures.score writes it (two decimals, never shown as its pass
    mark when short of it), in the locale's decimal sign: "0,59"."""
    from playbooks import figures

    return number(float(figures.score(value, threshold)), 2)


def margin(value: float) -> str:
    """A signed margin as playbooks.figures.margin writes it ("+0.12"; one below zero never
    reads as zero), in the locale's signs and decimal sign."""
    from playbooks import figures

    text = figures.margin(value)
    return text[0].replace("+", _locale().positiveSign()).replace(
        "-", _locale().negativeSign()) + number(float(text[1:]), 2)
