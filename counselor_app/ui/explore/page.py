"""Explore: framework switch, cluster tree, search, and a detail pane with history."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services import browse, search
from counselor_app.services.courses import course_detail
from counselor_app.services.occupations import occupation_detail
from counselor_app.ui.context import AppContext
from counselor_app.ui.explore.detail_html import (
    CSS,
    cluster_page,
    course_page,
    pathway_page,
    program_page,
)
from counselor_app.ui.explore.occupation_html import occupation_page
from counselor_app.ui.explore.results import HIT_ROLE, SearchResultsView
from counselor_app.ui.explore.tree_model import CODE_ROLE, KIND_ROLE, FrameworkTreeModel
from counselor_app.ui.shared.words import data_word


@dataclass(frozen=True)
class Location:
    """A page seen: what, in which framework's tree, and the place selected there (codes
    from the cluster down; empty when it had none)."""

    kind: str
    code: str
    framework: str = ""
    place: tuple[str, ...] = ()


class SearchBox(QLineEdit):
    """Line edit that hands Down/Enter to the results list."""

    go_down = Signal()
    accepted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down:
            self.go_down.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ExplorePage(QWidget):
    history_changed = Signal()
    start_plan_requested = Signal(str)  # program code

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._history: list[Location] = []
        self._pos = -1
        self._sort = "title"  # the occupation tables' sort column
        self.location: Location | None = None
        self._frameworks = browse.list_frameworks(ctx.db)
        self._current_fw = ""

        self.framework_combo = QComboBox()
        self.framework_combo.setAccessibleName(self.tr("Framework"))
        self.framework_combo.setToolTip(self.tr("Choose the 2024 framework or the legacy "
                                                "16-cluster framework"))
        for fw in self._frameworks:
            self.framework_combo.addItem(fw.name, fw.code)
        self.search_box = SearchBox()
        self.search_box.setPlaceholderText(self.tr("Search clusters, pathways, programs, "
                                                   "courses, occupations or codes"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setClearButtonEnabled(True)

        self.tree_model = FrameworkTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Framework tree"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.results = SearchResultsView()
        self.results.set_frameworks(self._frameworks)
        self.results_model = self.results.results_model
        self.results.setAccessibleName(self.tr("Search results"))
        self.no_results = QLabel(self.tr("No matches."))
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.tree)
        self.left_stack.addWidget(self.results)
        self.left_stack.addWidget(self.no_results)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.framework_combo)
        lv.addWidget(self.search_box)
        lv.addWidget(self.left_stack, 1)

        self.breadcrumb = QLabel()
        self.breadcrumb.setTextFormat(Qt.TextFormat.RichText)
        self.breadcrumb.setAccessibleName(self.tr("Location"))
        self.breadcrumb.setWordWrap(True)
        self.breadcrumb.linkActivated.connect(self._on_link)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Details"))
        self.detail.anchorClicked.connect(lambda url: self._on_link(url.toString()))
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.breadcrumb, 1)
        self.start_plan = QPushButton(self.tr("Start a plan from this program"))
        self.start_plan.setToolTip(self.tr("Create a plan for a student, pre-filled with this "
                                           "program's courses"))
        self.start_plan.clicked.connect(self._request_plan)
        self.start_plan.hide()
        top.addWidget(self.start_plan)
        rv.addLayout(top)
        rv.addWidget(self.detail, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 760])
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(60)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.go_down.connect(self._focus_results)
        self.search_box.accepted.connect(self._choose_first)
        self.results.activated.connect(self._choose_result)
        self.results.clicked.connect(self._choose_result)
        self.framework_combo.currentIndexChanged.connect(self._framework_chosen)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        ctx.bus.reference_changed.connect(self.reload)
        ctx.bus.database_replaced.connect(self.reload)

        self._syncing = False
        self.show_framework(self._frameworks[0].code if self._frameworks else "")

    # --- framework & tree ------------------------------------------------------------------
    @property
    def framework(self) -> str:
        return self._current_fw

    def pathway_label(self) -> str:
        for fw in self._frameworks:
            if fw.code == self._current_fw:
                return fw.pathway_label
        return "Pathway"

    def show_framework(self, code: str) -> None:
        if not code or code == self._current_fw:
            return
        self._current_fw = code
        self._syncing = True
        try:
            i = self.framework_combo.findData(code)
            if i >= 0 and i != self.framework_combo.currentIndex():
                self.framework_combo.setCurrentIndex(i)
            self.tree_model.set_clusters(browse.framework_tree(self.ctx.db, code),
                                         self.pathway_label())
        finally:
            self._syncing = False

    def reload(self) -> None:
        self._frameworks = browse.list_frameworks(self.ctx.db)
        self.results.set_frameworks(self._frameworks)
        code, self._current_fw = self._current_fw, ""
        self.show_framework(code)
        self._run_search()

    def _framework_chosen(self, _i: int) -> None:
        if self._syncing:
            return
        code = self.framework_combo.currentData()
        self.show_framework(code)
        first = self.tree_model.index(0, 0)
        if first.isValid():
            self.navigate("cluster", first.data(CODE_ROLE))

    def _tree_current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self.navigate(current.data(KIND_ROLE), current.data(CODE_ROLE))

    def _place(self, kind: str, code: str, near: tuple[str, ...]) -> QModelIndex:
        """Where ``kind``/``code`` sits in the tree on show: of its places there (a 2024
        program may sit in several sub-clusters, an occupation in several pathways), the
        one sharing most with ``near`` (the place selected now); none for a course, or
        for what belongs to the other framework."""
        if kind == "occupation":
            candidates = [self.tree_model.index_of(p)
                          for p in browse.pathways_holding(self.ctx.db, code)]
        elif kind in ("cluster", "pathway", "program"):
            candidates = self.tree_model.indexes_of(code)
        else:  # a course is not in the tree: selecting a program that has it would mislead
            candidates = []
        best, score = QModelIndex(), -1
        for index in candidates:
            if not index.isValid():
                continue
            path = self.tree_model.path_of(index)
            shared = len(set(path) & set(near))
            if shared > score:
                best, score = index, shared
        return best

    def _select_in_tree(self, index: QModelIndex) -> None:
        self._syncing = True
        try:
            if not index.isValid():
                self.tree.selectionModel().clear()
                return
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)
        finally:
            self._syncing = False

    # --- navigation ------------------------------------------------------------------------
    def navigate(self, kind: str, code: str, *, record: bool = True,
                 place: tuple[str, ...] | None = None) -> bool:
        """Show ``kind``/``code`` and select where it sits in the tree of the framework
        being browsed, or nothing when it has no place there. Only the user changes the
        framework (the combo box, or Back/Forward to a page seen in the other one): a link
        or search hit never does, so the framework remembered for the next start is
        always the one the user chose."""
        near = place if place is not None else self.tree_model.path_of(self.tree.currentIndex())
        index = self._place(kind, code, near)
        if not self._show(kind, code, index):
            return False
        self._select_in_tree(index)
        if record:
            loc = Location(kind, code, self.framework, self.tree_model.path_of(index))
            here = self._history[self._pos] if 0 <= self._pos < len(self._history) else None
            if here is None or (here.kind, here.code) != (kind, code):
                del self._history[self._pos + 1:]
                self._history.append(loc)
                self._pos = len(self._history) - 1
        if self.left_stack.currentWidget() is self.results:
            self.results.follow(kind, code)
        self.history_changed.emit()
        return True

    def _show(self, kind: str, code: str, place: QModelIndex) -> bool:
        """Fill the breadcrumb and the detail pane; ``place`` is where the page will be
        selected in the tree (invalid: nowhere in the framework on show)."""
        db = self.ctx.db
        html, crumbs, framework = None, [], self.framework
        if kind == "cluster":
            d = browse.cluster_detail(db, code)
            if d:
                html = cluster_page(d, d.framework.pathway_label)
                crumbs = [("cluster", d.code, d.name)]
                framework = d.framework.code
        elif kind == "pathway":
            p = browse.pathway_detail(db, code)
            if p:
                html = pathway_page(p, self._sort)
                b = p.breadcrumb
                crumbs = [("cluster", *b.cluster), ("pathway", p.code, p.name)]
                framework = p.framework.code
        elif kind == "program":
            g = browse.program_detail(db, code)
            if g:
                html = program_page(g, self._sort)
                b = g.breadcrumb
                crumbs = [("cluster", *b.cluster), ("pathway", g.pathway_code, g.pathway_name),
                          ("program", g.code, g.name)]
                framework = b.framework
                where = self.tree_model.path_of(place)
                sub = next((x for x in g.subclusters if len(where) > 1 and x[2] == where[1]),
                           None)
                if sub is not None:  # the 2024 sub-cluster it is selected in
                    cc, cn, sc, sn = sub
                    crumbs = [("cluster", cc, cn), ("pathway", sc, sn),
                              ("program", g.code, g.name)]
                    framework = self.framework
        elif kind == "occupation":
            found = occupation_detail(db, code)
            if found:
                html = occupation_page(found, CSS)
                crumbs = [("occupation", code, found.info.title)]
        elif kind == "course":
            c = course_detail(db, code)
            if c:
                html = course_page(c)
                crumbs = [("course", code, c.course.title)]
        if html is None:
            return False
        fw_name = next((f.name for f in self._frameworks if f.code == framework),
                       self.framework_combo.currentText())
        parts = [escape(fw_name)] + [
            f'<a style="color:#0b5e8a; text-decoration:none" href="{k}:{escape(c, quote=True)}">'
            f'{escape(data_word(n) if k in ("cluster", "pathway") else n)}</a>'
            for k, c, n in crumbs]
        self.breadcrumb.setText(" › ".join(parts))
        self.detail.setHtml(html)
        self.location = Location(kind, code, self.framework)
        self.start_plan.setVisible(kind == "program")
        return True

    def _request_plan(self) -> None:
        if self.location is not None and self.location.kind == "program":
            self.start_plan_requested.emit(self.location.code)

    def _on_link(self, link: str) -> None:
        kind, _, code = link.partition(":")
        if kind == "sort" and self.location is not None:
            self._sort = code  # re-sort the occupation table of the page on show
            self._show(self.location.kind, self.location.code, self.tree.currentIndex())
            return
        if kind in ("cluster", "pathway", "program", "occupation", "course"):
            self.navigate(kind, QUrl.fromPercentEncoding(code.encode()))

    def can_go_back(self) -> bool:
        return self._pos > 0

    def can_go_forward(self) -> bool:
        return self._pos < len(self._history) - 1

    def back(self) -> None:
        if self.can_go_back():
            self._pos -= 1
            self._revisit(self._history[self._pos])

    def forward(self) -> None:
        if self.can_go_forward():
            self._pos += 1
            self._revisit(self._history[self._pos])

    def _revisit(self, loc: Location) -> None:
        """Back/Forward: the page again, in the framework and at the place it was seen."""
        if loc.framework:
            self.show_framework(loc.framework)
        self.navigate(loc.kind, loc.code, record=False, place=loc.place)

    # --- search ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _run_search(self) -> None:
        text = self.search_box.text().strip()
        self.results_model.clear()
        if not text:  # back to the tree, at the page on show
            self.left_stack.setCurrentWidget(self.tree)
            if self.tree.currentIndex().isValid():
                self.tree.scrollTo(self.tree.currentIndex())
            return
        groups = search.search(self.ctx.db, text)
        if not groups:
            self.left_stack.setCurrentWidget(self.no_results)
            return
        self.results.show_hits(groups)
        self.left_stack.setCurrentWidget(self.results)
        if self.location is not None:
            self.results.follow(self.location.kind, self.location.code)

    def _focus_results(self) -> None:
        if self.left_stack.currentWidget() is self.results:
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.results.first_hit_index())

    def _choose_first(self) -> None:
        if self._search_timer.isActive():  # the list is not up to date with the text yet
            self._search_timer.stop()
            self._run_search()
        index = self.results.first_hit_index()
        if index.isValid():
            self._choose_result(index)

    def _choose_result(self, index: QModelIndex) -> None:
        """Open a hit; the results stay (the breadcrumb says where it lives) so the next
        can be opened, until the search is cleared."""
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        self.navigate(hit.kind, hit.key)

    def result_hits(self) -> list[search.SearchHit]:
        """The hits on screen, in order (for tests and accessibility)."""
        return self.results.hits()
