"""Which course fills which requirement: evaluation of a tree and the allocation search.

Units are a set's usable attempts in a fixed order (by course code, then level, term,
status, mark), so nothing here depends on the order courses were entered. The search
tries assignments of the courses several nodes could take and keeps the best by
``Outcome.score`` (see docs/requirements-format.md, "Allocation").
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from counselor_app.audit.marks import reaches
from counselor_app.audit.model import Attempt, CourseFacts, Passing, Requirement
from counselor_app.audit.results import IN_PROGRESS, MET, ON_TRACK, SHORT, STATUS_RANK, WAIVED

EPS = 1e-9
EXHAUSTIVE_LIMIT = 4096
"""Assignments tried one by one; beyond this the search improves one course at a time."""
EARNED, UNDER_WAY, PLANNED = 0, 1, 2  # Unit.cls


@dataclass(frozen=True)
class Unit:
    """A usable attempt in one set: classified, deduplicated, substitutions applied."""

    index: int  # position in the fixed order
    attempt: Attempt
    facts: CourseFacts  # what it counts as (after a course-for-course substitution)
    title: str  # the title of the course actually taken
    credits: float
    cls: int  # EARNED, UNDER_WAY (in progress, or completed without a mark) or PLANNED
    substitutes: str = ""  # code it stands in for
    forced: frozenset[str] = frozenset()  # requirement ids it counts toward by substitution

    @property
    def signature(self) -> tuple[object, ...]:
        """Units with equal signatures are interchangeable in the search."""
        return (self.facts.code, self.credits, self.cls, self.attempt.mark, self.forced)


@dataclass
class Outcome:
    node: Requirement
    status: str
    required: float
    earned: float = 0.0
    in_progress: float = 0.0
    planned: float = 0.0
    used: list[tuple[Unit, float]] = field(default_factory=list)
    missing_slots: tuple[tuple[str, ...], ...] = ()  # courses nodes: slots not filled
    children: list[Outcome] = field(default_factory=list)
    done_on: object = None


def status_of(required: float, earned: float, in_progress: float, planned: float) -> str:
    if earned >= required - EPS:
        return MET
    if earned + in_progress >= required - EPS:
        return IN_PROGRESS
    if earned + in_progress + planned >= required - EPS:
        return ON_TRACK
    return SHORT


@dataclass
class Context:
    """What stays fixed while the search tries assignments."""

    leaves: list[Requirement]  # consuming leaves, file order
    units: list[Unit]
    passing: Passing
    waived: Mapping[str, str]  # requirement id -> waiver kind, fully waived nodes
    waived_credits: Mapping[str, float]
    checklist: Mapping[str, object]  # item -> date done
    set_status: Mapping[str, str]  # set code -> status of that set
    root: Requirement
    _matching: dict[str, tuple[list[Unit], frozenset[int]]] = field(default_factory=dict)

    def matching(self, node: Requirement) -> tuple[list[Unit], frozenset[int]]:
        """The units ``node`` could count, and their indexes (computed once per node)."""
        found = self._matching.get(node.id)
        if found is None:
            units = [u for u in self.units if self.matches(node, u)]
            found = self._matching[node.id] = (units, frozenset(u.index for u in units))
        return found

    def matches(self, node: Requirement, unit: Unit) -> bool:
        if node.id in unit.forced:
            return True
        if (node.min_mark and unit.cls == EARNED
                and not reaches(unit.attempt.mark, node.min_mark, self.passing)):
            return False  # courses not finished yet count, pending their mark
        if node.kind == "courses":
            return any(unit.facts.code in slot for slot in node.slots)
        assert node.select is not None
        return node.select.matches(unit.facts)


# ---------------------------------------------------------------- leaf amounts


def _pool(node: Requirement, units: Sequence[Unit], required: float, *, release: bool,
          out: Outcome) -> list[Unit]:
    """Fill ``out`` from ``units`` (best class first); returns the units it did not need."""
    totals = [0.0, 0.0, 0.0]
    used = 0.0
    limit_used = [0.0] * len(node.limits)
    surplus: list[Unit] = []
    by_courses = node.unit == "courses"
    for unit in sorted(units, key=lambda u: (u.cls, u.index)):
        if release and required > EPS and used >= required - EPS:
            surplus.append(unit)
            continue
        amount = 1.0 if by_courses else unit.credits
        hit = [k for k, lim in enumerate(node.limits) if lim.select.matches(unit.facts)]
        for k in hit:
            amount = min(amount, node.limits[k].max - limit_used[k])
        if node.cap is not None:
            amount = min(amount, node.cap - used)
        if amount <= EPS:
            surplus.append(unit)
            continue
        for k in hit:
            limit_used[k] += amount
        used += amount
        totals[unit.cls] += amount
        out.used.append((unit, amount))
    out.earned, out.in_progress, out.planned = (round(t, 6) for t in totals)
    return surplus


def _slots(node: Requirement, units: Sequence[Unit], out: Outcome) -> list[Unit]:
    """Named courses: the best matching of units to slots (tiny, so exact)."""
    need = int(round(node.required))
    best: tuple[tuple[int, int, int], list[Unit | None]] = ((-1, -1, -1), [])

    def value(chosen: list[Unit | None]) -> tuple[int, int, int]:
        classes = sorted(u.cls for u in chosen if u is not None)[:need]
        n0 = classes.count(EARNED)
        n1 = n0 + classes.count(UNDER_WAY)
        return (n0, n1, len(classes))

    def search(i: int, chosen: list[Unit | None], taken: set[int]) -> None:
        nonlocal best
        if i == len(node.slots):
            v = value(chosen)
            if v > best[0]:
                best = (v, list(chosen))
            return
        options = [u for u in units if u.index not in taken and u.facts.code in node.slots[i]]
        options.sort(key=lambda u: (u.cls, u.index))
        for u in options[:3]:  # the best three per slot are enough to find the optimum
            chosen.append(u)
            taken.add(u.index)
            search(i + 1, chosen, taken)
            taken.discard(u.index)
            chosen.pop()
        chosen.append(None)
        search(i + 1, chosen, taken)
        chosen.pop()

    search(0, [], set())
    chosen = best[1]
    filled = sorted((u for u in chosen if u is not None), key=lambda u: (u.cls, u.index))
    counted = filled[:need]
    totals = [0.0, 0.0, 0.0]
    for u in counted:
        totals[u.cls] += 1.0
        out.used.append((u, u.credits))
    out.earned, out.in_progress, out.planned = totals
    counted_ids = {u.index for u in counted}
    out.missing_slots = tuple(slot for slot, u in zip(node.slots, chosen, strict=True)
                              if u is None or u.index not in counted_ids)
    return [u for u in units if u.index not in counted_ids]


# ---------------------------------------------------------------- the tree


class Evaluation:
    """One full evaluation of the tree under one assignment of units to leaves."""

    def __init__(self, ctx: Context, assigned: Mapping[str, list[Unit]]) -> None:
        self.ctx = ctx
        self.assigned = assigned
        taken = {u.index for units in assigned.values() for u in units}
        self.released: list[Unit] = [u for u in ctx.units if u.index not in taken]
        self.leftover_outcomes: dict[str, Outcome] = {}
        self.outcomes: dict[str, Outcome] = {}
        # consuming leaves first (they release surplus), then leftover nodes in file order
        for node in ctx.leaves:
            self.outcomes[node.id] = self._consuming(node)
        self.released.sort(key=lambda u: u.index)
        for node in ctx.root.walk():
            if node.leftover:
                self.outcomes[node.id] = self._leftover(node)
        self.root = self._node(ctx.root, waived_by="")

    def _required(self, node: Requirement) -> float:
        return max(0.0, node.required - self.ctx.waived_credits.get(node.id, 0.0))

    def _consuming(self, node: Requirement) -> Outcome:
        out = Outcome(node, SHORT, self._required(node))
        units = self.assigned.get(node.id, [])
        if node.kind == "courses":
            surplus = _slots(node, units, out)
        else:
            surplus = _pool(node, units, out.required, release=True, out=out)
        self.released += surplus
        return out

    def _leftover(self, node: Requirement) -> Outcome:
        out = Outcome(node, SHORT, self._required(node))
        if node.id in self.ctx.waived:
            return out
        wanted = self.ctx.matching(node)[1]
        mine = [u for u in self.released if u.index in wanted]
        surplus = _pool(node, mine, out.required, release=True, out=out)
        keep = {u.index for u in surplus}
        mine_ids = {u.index for u in mine}
        self.released = [u for u in self.released if u.index not in mine_ids
                         or u.index in keep]
        return out

    def _node(self, node: Requirement, waived_by: str) -> Outcome:
        waived_by = waived_by or self.ctx.waived.get(node.id, "")
        if node.kind in ("all", "any", "some"):
            out = Outcome(node, SHORT, self._required(node))
            out.children = [self._node(c, waived_by) for c in node.children]
            ranks = sorted(STATUS_RANK[c.status] for c in out.children)
            out.earned = float(sum(1 for r in ranks if r == 0))
            out.in_progress = float(sum(1 for r in ranks if r == 1))
            out.planned = float(sum(1 for r in ranks if r == 2))
            need = max(1, min(len(ranks), int(round(out.required))))
            out.status = (MET, IN_PROGRESS, ON_TRACK, SHORT)[ranks[need - 1]] if ranks \
                else MET
        else:
            out = self.outcomes.get(node.id) or self._other_leaf(node)
            if not waived_by:
                out.status = status_of(out.required, out.earned, out.in_progress,
                                       out.planned)
        if waived_by:
            out.status = WAIVED
        self.outcomes[node.id] = out
        return out

    def _other_leaf(self, node: Requirement) -> Outcome:
        out = Outcome(node, SHORT, self._required(node))
        if node.kind == "checklist":
            done = self.ctx.checklist.get(node.item)
            out.earned, out.done_on = (1.0 if done else 0.0), done
        elif node.consumes or node.leftover:
            pass  # waived: takes no courses
        elif node.kind == "set":
            status = self.ctx.set_status.get(node.set_code, SHORT)
            rank = STATUS_RANK[status]
            out.earned = 1.0 if rank == 0 else 0.0
            out.in_progress = 1.0 if rank == 1 else 0.0
            out.planned = 1.0 if rank == 2 else 0.0
        else:  # total, or a node that shares: every matching unit, nothing taken
            units = self.ctx.matching(node)[0]
            if node.kind == "courses":
                _slots(node, units, out)
            else:
                _pool(node, units, out.required, release=node.kind != "total", out=out)
        return out

    @property
    def score(self) -> tuple[float, ...]:
        met = under_way = on_track = 0
        cover_earned = cover_all = 0.0
        for out in self.outcomes.values():
            rank = STATUS_RANK[out.status]
            met += rank == 0
            under_way += rank <= 1
            on_track += rank <= 2
            if out.node.is_leaf and out.required > EPS:
                cover_earned += min(out.earned, out.required) / out.required
                cover_all += min(out.earned + out.in_progress + out.planned,
                                 out.required) / out.required
        return (met, under_way, on_track, round(cover_earned, 6), round(cover_all, 6))


# ---------------------------------------------------------------- the search


def candidates(ctx: Context) -> dict[int, list[str]]:
    """Consuming leaves each unit could go to, in file order (forced ones only, if any)."""
    out: dict[int, list[str]] = {u.index: [] for u in ctx.units}
    for node in ctx.leaves:
        for unit in ctx.matching(node)[0]:
            out[unit.index].append(node.id)
    for unit in ctx.units:
        forced = [n.id for n in ctx.leaves if n.id in unit.forced]
        if forced:
            out[unit.index] = forced
    return out


def allocate(ctx: Context) -> Evaluation:
    options = candidates(ctx)
    fixed: dict[str, list[Unit]] = {n.id: [] for n in ctx.leaves}
    contested: dict[tuple[object, ...], list[Unit]] = {}
    for unit in ctx.units:
        choice = options[unit.index]
        if len(choice) == 1:
            fixed[choice[0]].append(unit)
        elif len(choice) > 1:
            contested.setdefault((unit.signature, tuple(choice)), []).append(unit)
    groups = list(contested.values())
    if not groups:
        return Evaluation(ctx, fixed)
    # interchangeable units: choose how many go where, not which one
    per_group = [list(itertools.combinations_with_replacement(options[g[0].index], len(g)))
                 for g in groups]
    size = math.prod(len(p) for p in per_group)
    if size <= EXHAUSTIVE_LIMIT:
        best: Evaluation | None = None
        for combo in itertools.product(*per_group):
            ev = Evaluation(ctx, _assign(fixed, groups, combo))
            if best is None or ev.score > best.score:
                best = ev
        assert best is not None
        return best
    return _improve(ctx, fixed, groups, per_group)


def _assign(fixed: Mapping[str, list[Unit]], groups: Sequence[list[Unit]],
            combo: Sequence[tuple[str, ...]]) -> dict[str, list[Unit]]:
    assigned = {k: list(v) for k, v in fixed.items()}
    for units, targets in zip(groups, combo, strict=True):
        for unit, target in zip(units, targets, strict=True):
            assigned[target].append(unit)
    return assigned


def _improve(ctx: Context, fixed: Mapping[str, list[Unit]], groups: Sequence[list[Unit]],
             per_group: Sequence[list[tuple[str, ...]]]) -> Evaluation:
    """Change one group's choice at a time while that improves the score."""
    combo = [p[0] for p in per_group]
    best = Evaluation(ctx, _assign(fixed, groups, combo))
    for _ in range(8):
        improved = False
        for g, choices in enumerate(per_group):
            for choice in choices:
                if choice == combo[g]:
                    continue
                trial = [*combo[:g], choice, *combo[g + 1:]]
                ev = Evaluation(ctx, _assign(fixed, groups, trial))
                if ev.score > best.score:
                    best, combo, improved = ev, trial, True
        if not improved:
            break
    return best
