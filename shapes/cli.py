"""``twpolice validate FILE... [--profile core|publish] [--lang zh-Hant|en] [--format text|json|turtle|html] [-o OUT]``.

Exit codes: 0 conforms (warnings allowed), 1 does not conform, 2 unusable input (one line on stderr,
with the parser's line and column for syntax errors). Several files are validated together as one
submission (a document and the vocabulary terms it adds, say). Also runnable as
``python -m twpolice.shapes.cli``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from twpolice.errors import UserError
from twpolice.shapes.loaders import load_submission
from twpolice.shapes.report import FORMATS, render
from twpolice.shapes.result import norm_lang
from twpolice.shapes.submission import Submission
from twpolice.shapes.validator import validate_graph


def load_files(files: list[Path]):
    """All files as one :class:`~twpolice.shapes.submission.Submission` (cell origins kept per file)."""
    if not files:
        raise UserError("沒有指定要驗證的檔案", "no files to validate")
    subs = [load_submission(Path(f)) for f in files]
    if len(subs) == 1:
        return subs[0]
    merged = Submission(", ".join(s.name for s in subs), "mixed")
    for s in subs:
        merged.addN((a, b, c, merged) for a, b, c in s)
        for key, origin in s.origins.items():
            merged.origins.setdefault(key, origin)
    return merged


def validate_command(files: list[Path], profile: str = "core", lang: str = "zh-Hant", fmt: str = "text",
                     output: Path | None = None, *, time_limit: float | None = None) -> int:
    """Validate ``files`` and write the report; returns the exit code (0, 1 or 2)."""
    lang = norm_lang(lang)
    try:
        if fmt not in FORMATS:
            raise UserError(f"不支援的報告格式：{fmt}（可用 {', '.join(FORMATS)}）",
                            f"unsupported report format: {fmt} (one of {', '.join(FORMATS)})")
        submission = load_files(files)
        result = validate_graph(submission, profile, time_limit=time_limit)
        text = render(result, fmt, lang)
        if output is not None:
            Path(output).write_text(text, encoding="utf-8")
            print(result.summary_line(lang), file=sys.stderr)
        else:
            sys.stdout.write(text)
    except UserError as exc:
        print(f"錯誤 / error: {exc.message(lang)}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"錯誤 / error: {exc}", file=sys.stderr)
        return 2
    return 0 if result.conforms else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="twpolice validate", description="驗證提交資料 / validate a submission")
    ap.add_argument("files", nargs="+", type=Path, help="Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML or measurement CSV")
    ap.add_argument("--profile", default="core", help="core (default) or publish")
    ap.add_argument("--lang", default="zh-Hant", help="zh-Hant (default) or en")
    ap.add_argument("--format", default="text", choices=FORMATS, dest="fmt")
    ap.add_argument("-o", "--output", type=Path, default=None)
    ap.add_argument("--time-limit", type=float, default=None, help="seconds (default 60 or $TWPOLICE_VALIDATION_TIMEOUT)")
    args = ap.parse_args(argv)
    return validate_command(args.files, args.profile, args.lang, args.fmt, args.output, time_limit=args.time_limit)


if __name__ == "__main__":
    raise SystemExit(main())
