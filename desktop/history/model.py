"""The history table's model: pages of search results fetched lazily, off the UI thread.

Only the rows the view has scrolled to are ever loaded (canFetchMore / fetchMore ask for the
next page through models.search.search_assessments on the database thread), so the table stays
quick with a hundred thousand records. Each new query bumps a generation number; a page that
arrives for an older query is dropped.

A query's first page is read without its count and without the rows' indexed text (their
snippets, shown in a row's tooltip); the count (up to COUNT_LIMIT) and then the text are asked
for right after it, each on its own: the table fills at once, the count line follows
(`counting`, then `total_changed`), and the tooltips get their snippets: counting up to 1,000
matches, or reading 100 rows' text, costs more than the page itself (bench/README.md, "The
count off the keystroke's path"). PostgreSQL's page of a text search comes with its count (it
counts to choose its plan: models.search_sql), and then no count is asked for. A count or text
still waiting when a newer query comes skips itself, and one that arrives for an older query is
dropped: typing fast counts only what was typed last.

At start-up the first page can come from `read_opening_page` instead (models.first_page: the
same page, read before SQLAlchemy is loaded), handed to `show_first_page`; and until the record
is open, pages are read the same way where they can be (`read_page_ahead`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desktop.context import DeskContext
from desktop.locale_format import moment
from desktop.opening import OpeningHold
from desktop.widgets.vocabulary import decision_words, status_words, verdict_words

if TYPE_CHECKING:
    from models.search_rows import MatchCount, SearchPage

PAGE_SIZE = 100
# Matches counted at most (the label then says "1,000+"): an exact count of every match costs
# more than the page itself on a large record (bench: 100k records, PostgreSQL ~200 ms).
COUNT_LIMIT = 1000

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryModel", "Title"),
    QT_TRANSLATE_NOOP("HistoryModel", "Playbook"),
    QT_TRANSLATE_NOOP("HistoryModel", "Status"),
    QT_TRANSLATE_NOOP("HistoryModel", "Verdict"),
    QT_TRANSLATE_NOOP("HistoryModel", "Decision"),
    QT_TRANSLATE_NOOP("HistoryModel", "Updated"),
)
# Which search order each sortable column asks for: (ascending, descending). Titles sort A–Z
# only (models.search has no reverse title order); the view puts the indicator back.
SORT_ORDERS: dict[int, tuple[str, str]] = {
    0: ("title", "title"),
    5: ("oldest", "newest"),
}


@dataclass(frozen=True)
class HistoryQuery:
    text: str = ""
    playbook_id: str | None = None
    status: str | None = None
    verdict: str | None = None
    decision: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    order: str = "newest"
    outcome: str | None = None  # resolved | overdue | missed (models.outcome_filters)

    def matching(self) -> dict[str, Any]:
        """What selects the matches (text and filters, not the order or the outcome filter):
        the same for the page and its count (models.search)."""
        return {"text": self.text, "playbook_id": self.playbook_id, "status": self.status,
                "verdict": self.verdict, "decision": self.decision,
                "date_from": self.date_from, "date_to": self.date_to}


def read_opening_page(db_url: str) -> SearchPage | None:
    """The page History opens with (HistoryQuery(): newest first, no text, no filters), read
    with the plain database driver; None when it cannot be read that way (models.first_page)."""
    from models.first_page import read_first_page

    return read_first_page(db_url, limit=PAGE_SIZE, count_limit=COUNT_LIMIT)


def read_page_ahead(db_url: str, query: HistoryQuery, offset: int) -> SearchPage | None:
    """The page of `query` from `offset`, read with the plain database driver while the record
    opens (models.first_page: the statement models.search runs); None when it cannot be read
    that way (filters it does not take: dates, outcomes)."""
    if query.date_from is not None or query.date_to is not None or query.outcome is not None:
        return None
    from models.first_page import read_search_page

    return read_search_page(
        db_url, query.text, playbook_id=query.playbook_id, status=query.status,
        verdict=query.verdict, decision=query.decision, order=query.order, limit=PAGE_SIZE,
        offset=offset, count_limit=COUNT_LIMIT,
    )


ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the table's (only) parent


class _Shown:
    """Which query History shows now, read by a count waiting on the database thread (a plain
    int, read and written whole: no lock needed)."""

    generation = 0


class _OutcomeIds:
    """The assessments an outcome filter keeps, worked out by a query's first page on the
    database thread and used again by its count (the same snapshot's answer, not read twice)."""

    ids: Collection[str] | None = None
    known = False


def _kept_by_outcome(db: Any, catalog: Any, query: HistoryQuery,
                     known: _OutcomeIds) -> Collection[str] | None:
    """The assessments `query`'s outcome filter keeps (None: no such filter), worked out once
    per query on the database thread (models.outcome_filters)."""
    if query.outcome is None:
        return None
    if not known.known:
        from models.outcome_filters import outcome_filter_ids

        known.ids = outcome_filter_ids(db, catalog.by_hash, query.outcome)
        known.known = True
    return known.ids


class HistoryModel(QAbstractTableModel):
    total_changed = Signal(int)  # the number of records matching the query
    counting = Signal()  # the first page is there; its count is on its way
    page_loaded = Signal()
    failed = Signal(str)

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.query = HistoryQuery()
        self.rows: list[Any] = []  # models.search.AssessmentRow
        self.total: int | None = None
        self.total_exact = True
        self._generation = 0
        self._shown = _Shown()
        self._outcome_ids = _OutcomeIds()
        self._fetching = False
        self._count_pending = False

    # the query --------------------------------------------------------------------------------
    def set_query(self, query: HistoryQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        """Start again from the first page (after a new query, or when the record changed)."""
        self._next_generation()
        self.beginResetModel()
        self.rows = []
        self.total = None
        self._fetching = False
        self.endResetModel()
        self._request_page()

    def show_first_page(self, page: SearchPage) -> None:
        """Start the default query with `page`, read before the model could ask for it (see
        `read_opening_page`); later pages and other queries are fetched as usual."""
        self.query = HistoryQuery()
        self._next_generation()
        self.beginResetModel()
        self.rows = []
        self.total = None
        self.endResetModel()
        self._add_page(self._generation, page)

    def _next_generation(self) -> None:
        self._generation += 1
        self._shown.generation = self._generation  # a count still waiting for its turn skips
        self._outcome_ids = _OutcomeIds()
        self._count_pending = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        orders = SORT_ORDERS.get(column)
        if orders is None:
            return
        wanted = orders[0] if order == Qt.SortOrder.AscendingOrder else orders[1]
        if wanted != self.query.order:
            self.set_query(replace(self.query, order=wanted))

    # lazy paging ------------------------------------------------------------------------------
    def canFetchMore(self, parent: ModelIndex = ROOT) -> bool:
        if parent.isValid() or self._fetching:
            return False
        return self.total is None or len(self.rows) < self.total

    def fetchMore(self, parent: ModelIndex = ROOT) -> None:
        if self.canFetchMore(parent):
            self._request_page()

    def _request_page(self) -> None:
        self._fetching = True
        generation, offset, q, db = self._generation, len(self.rows), self.query, self.context.db
        # The catalog itself, not its attribute: while the record opens it is a stand-in whose
        # attributes wait for the opening, which must happen on the database thread, never here.
        catalog = self.context.catalog
        opening = self.context.opening  # the record still opening: read ahead of it
        outcome_ids = self._outcome_ids
        # A search typed as the window first shows is answered before the opening begins,
        # not beside it (desktop.opening); the hold ends once its rows are shown.
        hold = OpeningHold(opening)
        if self.context.runner.is_idle():  # the read begins at once (see OpeningHold)
            hold.take()

        def work():
            if opening is not None:  # read with its count: a head start, while the record opens
                early = opening.read_ahead(lambda url: read_page_ahead(url, q, offset))
                if early is not None:
                    return early
            hold.release()  # read through the record: it must open
            # Imported here, on the database thread: models.search loads SQLAlchemy, which may
            # still be loading while the window already shows its first page.
            from models.search import search_assessments

            return search_assessments(
                db, **q.matching(), order=q.order, limit=PAGE_SIZE, offset=offset,
                count_limit=COUNT_LIMIT, count=False, snippet_text=False,
                ids=_kept_by_outcome(db, catalog, q, outcome_ids),
            )

        def shown(page) -> None:
            self._add_page(generation, page)
            QTimer.singleShot(0, hold.release)  # after the rows' first paint

        def failed(error: BaseException) -> None:
            hold.release()
            self._page_failed(generation, error)

        self.context.runner.submit(work, shown, failed, owner=self, label="search")

    def _request_count(self, generation: int) -> None:
        """Count the query's matches (up to COUNT_LIMIT), after its first page."""
        q, db, catalog = self.query, self.context.db, self.context.catalog
        shown, outcome_ids = self._shown, self._outcome_ids

        def work():
            if shown.generation != generation:
                return None  # typed on meanwhile: only the newest query's count is wanted
            from models.search import count_matches

            return count_matches(
                db, **q.matching(), count_limit=COUNT_LIMIT,
                ids=_kept_by_outcome(db, catalog, q, outcome_ids),
            )

        self.context.runner.submit(
            work,
            lambda count: self._add_count(generation, count),
            lambda error: self._count_failed(generation, error),
            owner=self,
            label="count",
        )

    def _request_snippet_text(self, generation: int, first: int, ids: list[str]) -> None:
        """Read the indexed text of the rows from `first` (their snippets), after their page."""
        db, shown = self.context.db, self._shown

        def work():
            if shown.generation != generation:
                return None  # typed on meanwhile
            from models.search import snippet_texts

            return snippet_texts(db, ids)

        self.context.runner.submit(
            work,
            lambda texts: self._add_snippet_text(generation, first, ids, texts),
            lambda error: self._count_failed(generation, error),
            owner=self,
            label="snippets",
        )

    def _add_snippet_text(self, generation: int, first: int, ids: list[str],
                          texts: dict[str, str] | None) -> None:
        last = first + len(ids)
        if texts is None or generation != self._generation or (
                [row.id for row in self.rows[first:last]] != ids):
            return  # for an older query
        from models.search_rows import with_snippet_text

        self.rows[first:last] = with_snippet_text(self.rows[first:last], texts)
        self.dataChanged.emit(self.index(first, 0), self.index(last - 1, 0),
                              [Qt.ItemDataRole.ToolTipRole])

    def _add_count(self, generation: int, count: MatchCount | None) -> None:
        if count is None or generation != self._generation or not self._count_pending:
            return  # for an older query, or the last page came first and said how many
        self._count_pending = False
        self.total_exact = count.exact
        if count.exact:
            self.total = count.total
        self.total_changed.emit(count.total)

    def _add_page(self, generation: int, page) -> None:
        if generation != self._generation:
            return  # an answer to a query the user has already changed
        self._fetching = False
        first = len(self.rows)
        counted = getattr(page, "counted", True)
        # The count and the rows' text are asked for before the rows go in: the view may ask
        # for the next page as soon as they are there, and the database thread takes its work
        # in turn.
        if not counted and first == 0:  # a full first page, read without its count
            self._count_pending = True
            self._request_count(generation)
        if page.rows and not getattr(page, "snippet_text", True):
            self._request_snippet_text(generation, first, [row.id for row in page.rows])
        if page.rows:
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        if not counted:
            if first == 0:
                self.total_exact = False
                self.counting.emit()
            self.page_loaded.emit()
            return
        self._count_pending = False  # a page with its count, or the last one: it says how many
        exact = getattr(page, "total_exact", True)
        changed = self.total != page.total or self.total_exact != exact
        self.total_exact = exact
        # A page shorter than asked means the end, whatever the count said a moment ago; a
        # count that stopped at its limit leaves the end unknown until then.
        if len(page.rows) < PAGE_SIZE:
            self.total = len(self.rows)
        else:
            self.total = page.total if exact else None
        if changed:
            self.total_changed.emit(page.total)
        self.page_loaded.emit()

    def _count_failed(self, generation: int, error: BaseException) -> None:
        """The count line says what went wrong; the rows shown stay, and scrolling still reads
        on until the last page."""
        if generation != self._generation or not self._count_pending:
            return
        self._count_pending = False
        self.failed.emit(str(error))

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._count_pending = False  # the failure stays said, not replaced by a count
        self.total = len(self.rows)
        self.failed.emit(str(error))

    def is_loading(self) -> bool:
        return self._fetching

    def is_counting(self) -> bool:
        """Whether the query's count is still on its way (the count line says so)."""
        return self._count_pending

    # table ------------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HistoryModel", str(COLUMNS[section]))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() != 0:  # the whole text of a cell narrowed to fit
                return self._cell(row, index.column())
            return getattr(row, "snippet", "") or row.title
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    @staticmethod
    def _cell(row, column: int) -> str:
        if column == 0:
            revision = getattr(row, "revision", 1)
            return row.title if revision == 1 else QCoreApplication.translate(
                "HistoryModel", "{title}  (revision {revision})").format(
                title=row.title, revision=revision)
        if column == 1:
            return row.playbook_id
        if column == 2:
            return status_words(row.status)
        if column == 3:
            return verdict_words(row.verdict) or "—"
        if column == 4:
            return decision_words(row.decision) or "—"
        if column == 5:
            return moment(row.updated_at)
        return ""

    def assessment_id(self, row: int) -> str:
        return self.rows[row].id
