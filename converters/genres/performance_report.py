"""施政績效成果報告 (annual performance report): every section as a program and the
results stated in each section's body.

Reports are often a two-column table (項目 | 執行成果與效益) that text extraction
flattened into all headings first and all bodies after; :mod:`..flattened` pairs
them. Otherwise headings and bodies alternate and the outline walk is enough.
"""

from __future__ import annotations

from twpolice.converters import flattened
from twpolice.converters.genres.common import prose_facts, reporting_period, tables_of
from twpolice.converters.outline import OutlineTracker, parse_heading
from twpolice.converters.prose import ProseContext
from twpolice.converters.sections import Outline, walk_outline
from twpolice.converters.stats import table_facts
from twpolice.converters.text import SourceText
from twpolice.model import DocumentMeta, Extraction


def convert(source: SourceText, meta: DocumentMeta) -> Extraction:
    lines = source.lines
    pairing = flattened.pair(lines)
    if pairing is None:
        return _convert_outline(lines, meta)
    period = reporting_period(lines, meta)  # 「112年上半年施政績效報告」 under --period 112: its figures are of H1
    tables, in_tables = tables_of(lines, first_line=pairing.body_start)
    # lines after the aligned bodies (a very long text, see flattened.MAX_ALIGN_CELLS) continue the outline
    rest = [n for n in range(pairing.body_end + 1, len(lines) + 1)]
    outline = walk_outline(lines, pairing.heading_lines + rest, skip=in_tables)
    body_outline = _body_sections(lines, pairing, outline, rest)
    facts = []
    for table in tables:
        ctx = ProseContext(genre=meta.genre, period=period, section=body_outline.section(table.line_start),
                           program=body_outline.program_of_line.get(table.line_start))
        facts.extend(table_facts(table, lines, ctx))
    body_lines = sorted(n for n in body_outline.program_of_line if n not in in_tables)
    facts.extend(prose_facts(lines, meta, body_outline, body_lines, period=period))
    return Extraction(document=meta, programs=outline.programs, facts=facts)


def _body_sections(lines: list[str], pairing: flattened.Pairing, outline: Outline, rest: list[int]) -> Outline:
    """Give every body line its heading's section path (plus the body's own numbered items)
    and its heading's program; the lines after the bodies (``rest``) keep the outline's."""
    path_of_line = {no: outline.path_of_line[no] for no in rest}
    program_of_line = {no: outline.program_of_line[no] for no in rest}
    for heading_line, ranges in pairing.bodies.items():
        base = outline.path_of_line.get(heading_line, ())
        program = outline.program_of_line.get(heading_line)
        tracker = OutlineTracker()
        for first, last in ranges:
            for no in range(first, last + 1):
                h = parse_heading(lines[no - 1])
                if h is not None:
                    tracker.push(h)
                path_of_line[no] = base + tracker.path
                program_of_line[no] = program
    return Outline(outline.programs, path_of_line, program_of_line, set())


def _convert_outline(lines: list[str], meta: DocumentMeta) -> Extraction:
    tables, in_tables = tables_of(lines)
    outline = walk_outline(lines, skip=in_tables)
    period = reporting_period(lines, meta)
    facts = []
    for table in tables:
        ctx = ProseContext(genre=meta.genre, period=period, section=outline.section(table.line_start),
                           program=outline.program_of_line.get(table.line_start))
        facts.extend(table_facts(table, lines, ctx))
    facts.extend(prose_facts(lines, meta, outline, [n for n in range(1, len(lines) + 1) if n not in in_tables],
                             period=period))
    return Extraction(document=meta, programs=outline.programs, facts=facts)
