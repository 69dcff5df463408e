"""The heading outline of a document as Programs, and the section each line belongs to.

Every numbered heading with a short title is a program (a plan item or report
section) nested under its outline parent; numbered paragraphs with long titles
are items of the section they sit in, so their facts belong to that section's
program. The same walk gives every line its section path, which every fact's
passage carries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from dataclasses import dataclass

from twpolice.converters.numbers import holds_a_figure
from twpolice.converters.outline import Heading, OutlineTracker, parse_heading, section_key
from twpolice.model import Passage, Program

MAX_PROGRAM_TITLE = 40
_TITLE_CUT = re.compile(r"[：:。；;]")
_OPENERS, _CLOSERS = "（(「『【《", "）)」』】》"
_TOPIC_RULES: tuple[tuple[str, str], ...] = (
    ("監視", "cctv"), ("監錄", "cctv"), ("錄影", "cctv"), ("詐欺", "fraud"), ("詐騙", "fraud"),
    ("毒品", "drugs"), ("緝毒", "drugs"), ("槍", "firearms"), ("竊盜", "theft"), ("交通", "traffic-safety"),
    ("宣導", "crime-prevention"), ("預防犯罪", "crime-prevention"), ("少年", "juvenile"),
    ("婦幼", "domestic-violence"), ("家庭暴力", "domestic-violence"), ("幫派", "gangs"), ("治平", "gangs"),
    ("賭", "gambling"), ("色情", "vice"), ("風化", "vice"), ("通緝", "fugitives"), ("逃犯", "fugitives"),
    ("人口販運", "human-trafficking"), ("失蹤", "missing-persons"), ("預算", "budget"),
)


@dataclass
class Outline:
    programs: list[Program]
    path_of_line: dict[int, tuple[Heading, ...]]  # line number → heading path in force
    program_of_line: dict[int, str | None]  # line number → program key in force
    heading_lines: set[int]

    def section(self, lineno: int) -> tuple[str, ...]:
        return tuple(section_label(h) for h in self.path_of_line.get(lineno, ()))


def section_label(heading: Heading) -> str:
    """Numbering and short title: a numbered paragraph contributes only its opening words."""
    title = program_label(heading.title) or heading.title[:MAX_PROGRAM_TITLE] + "…"
    return heading.numbering.strip() + title


@lru_cache(maxsize=8192)
def program_label(title: str) -> str | None:
    """The title as a program label, or None when the 'heading' is a numbered paragraph: a long one, or one
    reporting a figure (「（一）暴力犯罪發生6件，全數偵破」 is a finding, not a programme)."""
    cut = _title_cut(title)
    if not cut or len(cut) > MAX_PROGRAM_TITLE or holds_a_figure(cut):
        return None
    return cut


def _title_cut(title: str) -> str:
    """The title up to its first separator outside quotes and brackets: 「秉持「服務用心；警察用心」之理念，…」 is
    one long sentence, not the title 「秉持「服務用心」."""
    first = _TITLE_CUT.search(title)
    if first is None or not any(ch in _OPENERS for ch in title[:first.start()]):
        return (title[:first.start()] if first else title).strip()  # no bracket open before it: the common case
    depth = 0
    for i, ch in enumerate(title):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and _TITLE_CUT.match(ch):
            return title[:i].strip()
    return title.strip()


def topic_of(label: str) -> str | None:
    for word, topic in _TOPIC_RULES:
        if word in label:
            return topic
    return None


def walk_outline(lines: list[str], line_numbers: Iterable[int] | None = None,
                 skip: set[int] | frozenset[int] = frozenset()) -> Outline:
    """Track headings over ``line_numbers`` (1-based; default all lines), ignoring ``skip`` lines."""
    tracker = OutlineTracker()
    programs: list[Program] = []
    by_key: dict[str, Program] = {}
    key_of_path: dict[tuple[int, ...], str] = {}
    path_of_line: dict[int, tuple[Heading, ...]] = {}
    program_of_line: dict[int, str | None] = {}
    heading_lines: set[int] = set()
    current: str | None = None
    numbers = line_numbers if line_numbers is not None else range(1, len(lines) + 1)
    for no in numbers:
        line = lines[no - 1]
        heading = parse_heading(line) if no not in skip else None
        if heading is not None:
            path = tracker.push(heading)
            heading_lines.add(no)
            label = program_label(heading.title)
            if label is not None:
                key = section_key(path)
                if key in by_key:  # numbering restarted under the same parent
                    key = f"{key}#{no}"
                parent = None
                for depth in range(len(path) - 1, 0, -1):
                    parent = key_of_path.get(tuple(id(h) for h in path[:depth]))
                    if parent is not None:
                        break
                prog = Program(
                    key=key, label=label, numbering=heading.numbering.strip(), parent=parent,
                    passage=Passage(no, no, line.strip(), tuple(section_label(h) for h in path)),
                    subject=topic_of(label),
                )
                programs.append(prog)
                by_key[key] = prog
                key_of_path[tuple(id(h) for h in path)] = key
                current = key
            else:
                current = _nearest_program(path, key_of_path)
        path_of_line[no] = tracker.path
        program_of_line[no] = current
    return Outline(programs, path_of_line, program_of_line, heading_lines)


def _nearest_program(path: tuple[Heading, ...], key_of_path: dict[tuple[int, ...], str]) -> str | None:
    for depth in range(len(path) - 1, 0, -1):
        key = key_of_path.get(tuple(id(h) for h in path[:depth]))
        if key is not None:
            return key
    return None
