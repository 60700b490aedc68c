"""Read and validate requirement-set files (schema: docs/requirements-format.md).

``load_set_file`` returns a ``RequirementSet`` or raises ``SetFileError`` naming the
file, the place in it and the reason. Nothing is half-built: a set is returned only when
the whole file is valid.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import tomllib
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

from counselor_app.audit.model import (
    COUNTED_LEVELS,
    SET_KINDS,
    Limit,
    Passing,
    Requirement,
    RequirementSet,
    Selector,
)
from counselor_app.messages import msg

CODE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
STATE_PATTERN = re.compile(r"^[A-Z]{2}$")
_SET_KEYS = ("code", "name", "state", "kind", "source", "checked", "description", "notice",
             "levels", "hs_credit_grades", "passing", "define", "requirements")
_REQUIRED_SET_KEYS = ("code", "name", "state", "kind", "source", "checked", "requirements")
_COMMON = ("kind", "label", "id", "description", "share")
_NODE_KEYS: dict[str, tuple[str, ...]] = {
    "credits": ("credits", "from", "cap", "limits", "min_mark", "leftover"),
    "courses": ("courses", "need", "min_mark"),
    "group": ("from", "count", "credits", "cap", "min_mark", "leftover"),
    "all": ("children",),
    "any": ("children",),
    "some": ("children", "need"),
    "total": ("credits", "from"),
    "checklist": ("item",),
    "set": ("set",),
    "ref": ("ref",),
}
_SELECTOR_KEYS = ("areas", "tags", "codes", "any", "not_areas", "not_tags", "not_codes")
_PASSING_KEYS = ("letters", "also", "minimum")


class SetFileError(ValueError):
    """A requirement-set file is refused: ``file: place: reason``."""

    def __init__(self, file: str, place: str, reason: str) -> None:
        self.file, self.place, self.reason = file, place, reason
        super().__init__(msg("{file}: {place}: {reason}", file=file, place=place, reason=reason)
                         if place else msg("{file}: {reason}", file=file, reason=reason))


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return s[:40].rstrip("-") or "requirement"


# ---------------------------------------------------------------- reading files


def read_set_data(path: Path) -> dict[str, Any]:
    """The raw table of a .toml or .json file; SetFileError when it cannot be parsed."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SetFileError(name, "", msg("cannot be read ({error})",
                                         error=exc.__class__.__name__)) from None
    return parse_text(text, name, json_format=path.suffix.lower() == ".json")


def parse_text(text: str, file: str, *, json_format: bool = False) -> dict[str, Any]:
    if json_format:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SetFileError(file, msg("line {line}", line=exc.lineno),
                               msg("not valid JSON ({reason})", reason=exc.msg)) from None
    else:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            match = re.search(r"\(at line (\d+)", str(exc))
            place = f"line {match.group(1)}" if match else ""
            reason = re.sub(r"\s*\(at line.*\)$", "", str(exc))
            raise SetFileError(file, place,
                               msg("not valid TOML ({reason})", reason=reason)) from None
    if not isinstance(data, dict):
        raise SetFileError(file, "", msg("the file must hold one table (a requirement set)"))
    return data


def load_set_file(path: Path, known_codes: Collection[str] | None = None) -> RequirementSet:
    return parse_set(read_set_data(path), path.name, known_codes)


# ---------------------------------------------------------------- validation


class _Parser:
    def __init__(self, data: Mapping[str, Any], file: str,
                 known_codes: Collection[str] | None) -> None:
        self.data, self.file, self.known = data, file, known_codes
        self.defines: Mapping[str, Any] = {}

    def fail(self, place: str, reason: str) -> SetFileError:
        return SetFileError(self.file, place, reason)

    def keys(self, table: Mapping[str, Any], allowed: Sequence[str], place: str) -> None:
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1)
                raise self.fail(place, msg("unknown key {key!r} (did you mean {close!r}?)",
                                           key=key, close=close[0]) if close else
                                msg("unknown key {key!r}", key=key))

    def table(self, value: Any, place: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(place, msg("must be a table"))
        return value

    def text(self, table: Mapping[str, Any], key: str, place: str, *,
             required: bool = True) -> str:
        value = table.get(key)
        if value is None:
            if required:
                raise self.fail(place, msg("missing {key!r}", key=key))
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{place}.{key}" if place else key, msg("must be non-empty text"))
        return value.strip()

    def number(self, table: Mapping[str, Any], key: str, place: str, *,
               whole: bool = False) -> float | None:
        value = table.get(key)
        if value is None:
            return None
        where = f"{place}.{key}" if place else key
        if isinstance(value, bool) or not isinstance(value, int | float) or (
                whole and not float(value).is_integer()):
            raise self.fail(where, "must be a whole number" if whole else "must be a number")
        if value < 0:
            raise self.fail(where, msg("must not be negative (got {value})", value=value))
        return float(value)

    def flag(self, table: Mapping[str, Any], key: str, place: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{place}.{key}", msg("must be true or false"))
        return value

    def strings(self, value: Any, place: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                  for v in value):
            raise self.fail(place, msg("must be a list of text"))
        return tuple(v.strip() for v in value)

    def code(self, code: str, place: str) -> str:
        if self.known is not None and code not in self.known:
            raise self.fail(place, msg("unknown course code {code!r}", code=code))
        return code

    # ---------------------------------------------------------------- the set

    def parse(self) -> RequirementSet:
        d = self.data
        self.keys(d, _SET_KEYS, "")
        for key in _REQUIRED_SET_KEYS:
            if key not in d:
                raise self.fail("", msg("missing {key!r}", key=key))
        code = self.text(d, "code", "")
        if not CODE_PATTERN.match(code):
            raise self.fail("code", msg("{code!r}: use lower-case letters, digits and '-'",
                                        code=code))
        state = self.text(d, "state", "")
        if state not in ("district", "national") and not STATE_PATTERN.match(state):
            raise self.fail("state", msg("{state!r}: a two-letter state code, 'district' or "
                                         "'national'", state=state))
        kind = self.text(d, "kind", "")
        if kind not in SET_KINDS:
            raise self.fail("kind", msg("{kind!r}: one of {value}",
                                        kind=kind, value=', '.join(SET_KINDS)))
        defines = d.get("define", {})
        self.defines = self.table(defines, "define")
        for name, body in self.defines.items():  # every definition valid, used or not
            self.node(body, f"define.{name}", "", (name,))
        requirements = d["requirements"]
        if not isinstance(requirements, list) or not requirements:
            raise self.fail("requirements", msg("must be a non-empty list of requirements"))
        root = Requirement(id="", kind="all", label=self.text(d, "name", ""),
                           required=float(len(requirements)), unit="requirements",
                           children=self.children(requirements, "requirements", ""))
        kwargs: dict[str, Any] = {}
        levels, early = self.levels(d.get("levels"))
        kwargs["hs_credit_grades"] = tuple(sorted(set(early)
                                                  | set(self.hs_credit_grades(d))))
        if "notice" in d:
            kwargs["notice"] = self.text(d, "notice", "")
        return RequirementSet(
            code=code, name=self.text(d, "name", ""), state=state, kind=kind,
            source=self.text(d, "source", ""), checked=self.date(d.get("checked")),
            root=root, description=self.text(d, "description", "", required=False),
            passing=self.passing(d.get("passing")), levels=levels,
            file=self.file, **kwargs)

    def date(self, value: Any) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise self.fail("checked", msg("must be a date such as 2026-11-30"))

    def levels(self, value: Any) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(levels 9-13, grades 6-8): an older file listing 6-8 under ``levels`` means
        what ``hs_credit_grades`` says now."""
        if value is None:
            return COUNTED_LEVELS, ()
        if (not isinstance(value, list) or not value
                or not all(isinstance(v, int) and not isinstance(v, bool) and 6 <= v <= 13
                           for v in value)):
            raise self.fail("levels", msg("must be a list of grade levels 6-12 (13 = "
                                          "postsecondary)"))
        levels = tuple(sorted({v for v in value if v >= 9}))
        if not levels:
            raise self.fail("levels", msg("must list at least one grade from 9 to 12 (or 13 = "
                                          "postsecondary); middle-school grades go in "
                                          "hs_credit_grades"))
        return levels, tuple(sorted({v for v in value if v < 9}))

    def hs_credit_grades(self, d: Mapping[str, Any]) -> tuple[int, ...]:
        value = d.get("hs_credit_grades")
        if value is None:
            return ()
        if (not isinstance(value, list)
                or not all(isinstance(v, int) and not isinstance(v, bool) and 6 <= v <= 8
                           for v in value)):
            raise self.fail("hs_credit_grades", msg("must be a list of middle-school grades 6, 7 or"
                                                    " 8 (for example [7, 8]), or [] for none"))
        return tuple(sorted(set(value)))

    def passing(self, value: Any) -> Passing:
        if value is None:
            return Passing()
        table = self.table(value, "passing")
        self.keys(table, _PASSING_KEYS, "passing")
        default = Passing()
        letters = (tuple(v.upper() for v in self.strings(table["letters"], "passing.letters"))
                   if "letters" in table else default.letters)
        also = (tuple(v.upper() for v in self.strings(table["also"], "passing.also"))
                if "also" in table else default.also)
        minimum = self.number(table, "minimum", "passing")
        return Passing(letters, also, default.minimum if minimum is None else minimum)

    # ---------------------------------------------------------------- nodes

    def children(self, items: Any, place: str, parent_id: str,
                 stack: tuple[str, ...] = ()) -> tuple[Requirement, ...]:
        if not isinstance(items, list) or not items:
            raise self.fail(place, msg("must be a non-empty list of requirements"))
        out: list[Requirement] = []
        seen: set[str] = set()
        for i, item in enumerate(items):
            node = self.node(item, f"{place}[{i}]", parent_id, stack, seen)
            seen.add(node.id.rsplit("/", 1)[-1])
            out.append(node)
        return tuple(out)

    def node(self, value: Any, place: str, parent_id: str, stack: tuple[str, ...] = (),
             siblings: set[str] | None = None, label_override: str = "",
             id_override: str = "") -> Requirement:
        t = self.table(value, place)
        kind = t.get("kind")
        if kind not in _NODE_KEYS:
            if kind is None:
                raise self.fail(place, msg("missing 'kind'"))
            raise self.fail(f"{place}.kind", msg("{kind!r}: one of {value}",
                                                 kind=kind, value=', '.join(_NODE_KEYS)))
        self.keys(t, _COMMON + _NODE_KEYS[kind], place)
        if kind == "ref":
            return self.reference(t, place, parent_id, stack, siblings)
        label = label_override or self.text(t, "label", place)
        local = id_override or self.text(t, "id", place, required=False)
        explicit = bool(local)
        if local and not CODE_PATTERN.match(local):
            raise self.fail(f"{place}.id", msg("{local!r}: use lower-case letters, digits, '-'",
                                               local=local))
        local = local or slug(label)
        if siblings is not None and local in siblings:
            if explicit:
                raise self.fail(f"{place}.id", msg("duplicate id {local!r} among its siblings",
                                                   local=local))
            n = 2
            while f"{local}-{n}" in siblings:
                n += 1
            local = f"{local}-{n}"
        node_id = f"{parent_id}/{local}" if parent_id else local
        base: dict[str, Any] = dict(
            id=node_id, kind=kind, label=label, place=place,
            description=self.text(t, "description", place, required=False),
            share=self.flag(t, "share", place))
        return getattr(self, f"_{kind}")(t, place, base, stack)

    def reference(self, t: Mapping[str, Any], place: str, parent_id: str,
                  stack: tuple[str, ...], siblings: set[str] | None) -> Requirement:
        name = self.text(t, "ref", place)
        if name not in self.defines:
            raise self.fail(f"{place}.ref", msg("no definition {name!r} under [define]", name=name))
        if name in stack:
            chain = " -> ".join((*stack[stack.index(name):], name))
            raise self.fail(f"{place}.ref", msg("reference cycle: {chain}", chain=chain))
        return self.node(self.defines[name], f"define.{name}", parent_id, (*stack, name),
                         siblings, label_override=self.text(t, "label", place,
                                                            required=False),
                         id_override=self.text(t, "id", place, required=False))

    def selector(self, t: Mapping[str, Any], place: str, *, required: bool = True,
                 key: str = "from") -> Selector | None:
        if key not in t:
            if required:
                raise self.fail(place, msg("missing {key!r} (which courses count)", key=key))
            return None
        where = f"{place}.{key}"
        s = self.table(t[key], where)
        return self.selector_table(s, where, _SELECTOR_KEYS)

    def selector_table(self, s: Mapping[str, Any], where: str,
                       allowed: Sequence[str]) -> Selector:
        self.keys(s, allowed, where)

        def folded(key: str) -> frozenset[str]:
            return frozenset(v.casefold() for v in self.strings(s.get(key, []),
                                                                 f"{where}.{key}"))

        def codes(key: str) -> frozenset[str]:
            values = self.strings(s.get(key, []), f"{where}.{key}")
            return frozenset(self.code(c, f"{where}.{key}[{i}]") for i, c in enumerate(values))

        sel = Selector(areas=folded("areas"), tags=folded("tags"), codes=codes("codes"),
                       any=self.flag(s, "any", where), not_areas=folded("not_areas"),
                       not_tags=folded("not_tags"), not_codes=codes("not_codes"))
        if not (sel.any or sel.areas or sel.tags or sel.codes):
            raise self.fail(where, msg("name at least one of areas, tags, codes, or any = true"))
        return sel

    def _credits(self, t: Mapping[str, Any], place: str, base: dict[str, Any],
                 _stack: tuple[str, ...]) -> Requirement:
        credits = self.number(t, "credits", place)
        if credits is None:
            raise self.fail(place, msg("missing 'credits'"))
        return Requirement(required=credits, unit="credits", **base, **self.pool_extras(
            t, place))

    def _group(self, t: Mapping[str, Any], place: str, base: dict[str, Any],
               _stack: tuple[str, ...]) -> Requirement:
        count = self.number(t, "count", place, whole=True)
        credits = self.number(t, "credits", place)
        if (count is None) == (credits is None):
            raise self.fail(place, msg("give either 'count' (courses) or 'credits'"))
        if count is not None:
            return Requirement(required=count, unit="courses", **base,
                               **self.pool_extras(t, place))
        assert credits is not None
        return Requirement(required=credits, unit="credits", **base,
                           **self.pool_extras(t, place))

    def pool_extras(self, t: Mapping[str, Any], place: str) -> dict[str, Any]:
        limits = []
        raw = t.get("limits", [])
        if not isinstance(raw, list):
            raise self.fail(f"{place}.limits", msg("must be a list of tables"))
        for i, item in enumerate(raw):
            where = f"{place}.limits[{i}]"
            table = self.table(item, where)
            maximum = self.number(table, "max", where)
            if maximum is None:
                raise self.fail(where, msg("missing 'max'"))
            limits.append(Limit(self.selector_table(
                {k: v for k, v in table.items() if k != "max"}, where, _SELECTOR_KEYS),
                maximum))
        return dict(select=self.selector(t, place), cap=self.number(t, "cap", place),
                    limits=tuple(limits), min_mark=self.min_mark(t, place),
                    leftover=self.flag(t, "leftover", place))

    def min_mark(self, t: Mapping[str, Any], place: str) -> str:
        value = t.get("min_mark", "")
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = format(value, "g")
        if not isinstance(value, str):
            raise self.fail(f"{place}.min_mark", msg('must be a mark such as "C" or 70'))
        return value.strip().upper()

    def _courses(self, t: Mapping[str, Any], place: str, base: dict[str, Any],
                 _stack: tuple[str, ...]) -> Requirement:
        raw = t.get("courses")
        if not isinstance(raw, list) or not raw:
            raise self.fail(place, msg("missing 'courses' (a list of course codes)"))
        slots = []
        for i, entry in enumerate(raw):
            where = f"{place}.courses[{i}]"
            codes = self.strings(entry, where) if isinstance(entry, list) else (
                self.strings([entry], where))
            if not codes:
                raise self.fail(where, msg("an empty choice"))
            slots.append(tuple(self.code(c, where) for c in codes))
        need = self.need(t, place, len(slots), default="all")
        return Requirement(required=need, unit="courses", slots=tuple(slots),
                           min_mark=self.min_mark(t, place), **base)

    def need(self, t: Mapping[str, Any], place: str, choices: int, *,
             default: str | None) -> float:
        value = t.get("need", default)
        if value == "all":
            return float(choices)
        if value == "any":
            return 1.0
        if value is None:
            raise self.fail(place, msg("missing 'need' (how many)"))
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.fail(f"{place}.need", msg('must be "all", "any" or a whole number from 1'))
        if value > choices:
            raise self.fail(f"{place}.need", msg("needs {value} but only {choices} are listed",
                                                 value=value, choices=choices))
        return float(value)

    def _parent(self, t: Mapping[str, Any], place: str, base: dict[str, Any],
                stack: tuple[str, ...]) -> Requirement:
        children = self.children(t.get("children"), f"{place}.children", base["id"], stack)
        default = {"all": "all", "any": "any", "some": None}[base["kind"]]
        need = self.need(t, place, len(children), default=default)
        return Requirement(required=need, unit="requirements", children=children, **base)

    _all = _any = _some = _parent

    def _total(self, t: Mapping[str, Any], place: str, base: dict[str, Any],
               _stack: tuple[str, ...]) -> Requirement:
        credits = self.number(t, "credits", place)
        if credits is None:
            raise self.fail(place, msg("missing 'credits'"))
        select = self.selector(t, place, required=False) or Selector(any=True)
        return Requirement(required=credits, unit="credits", select=select, **base)

    def _checklist(self, t: Mapping[str, Any], place: str, base: dict[str, Any],
                   _stack: tuple[str, ...]) -> Requirement:
        item = self.text(t, "item", place)
        if not CODE_PATTERN.match(item):
            raise self.fail(f"{place}.item", msg("{item!r}: use lower-case letters, digits, '-'",
                                                 item=item))
        return Requirement(required=1.0, unit="items", item=item, **base)

    def _set(self, t: Mapping[str, Any], place: str, base: dict[str, Any],
             _stack: tuple[str, ...]) -> Requirement:
        code = self.text(t, "set", place)
        return Requirement(required=1.0, unit="requirements", set_code=code, **base)


def parse_set(data: Mapping[str, Any], file: str,
              known_codes: Collection[str] | None = None) -> RequirementSet:
    """Validate the raw table of a set file and build it; ``known_codes``, when given,
    are the catalog's course codes every named code must be among."""
    return _Parser(data, file, known_codes).parse()


def check_set_references(sets: Mapping[str, RequirementSet]) -> None:
    """Every ``set`` node names a set in ``sets`` and no chain of them is a cycle."""
    for code, rs in sets.items():
        for node in rs.root.walk():
            if node.kind == "set" and node.set_code not in sets:
                raise SetFileError(rs.file or code, f"{node.place}.set",
                                   msg("no requirement set {set_code!r}", set_code=node.set_code))

    def visit(code: str, chain: tuple[str, ...]) -> None:
        if code in chain:
            rs = sets[chain[0]]
            cycle = " -> ".join((*chain[chain.index(code):], code))
            raise SetFileError(rs.file or rs.code, "", msg("reference cycle: {cycle}", cycle=cycle))
        for ref in sets[code].set_references:
            visit(ref, (*chain, code))

    for code in sets:
        visit(code, ())
