"""The `deal-timeline` command: no arguments opens the window, subcommands work headless.

Nothing on the command-line paths imports Qt; only the GUI entry does, lazily.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import __version__
from desktop.cli import commands

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deal-timeline",
        description="Deals of the AI-infrastructure race from news articles. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: $DEAL_TIMELINE_DB or "
                        "the user's data directory)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import article files and folders",
                       description="Import .txt, .md, .html and .htm files; folders recursively.")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _db_option(p)
    p.add_argument("--workers", type=int, default=None,
                   help="processes for reading and extraction (default: one per core)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary")

    p = sub.add_parser("export", help="write the deals as CSV",
                       description="Write one row per deal (merged across articles) as CSV.")
    _db_option(p)
    p.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")
    p.add_argument("--dialect", choices=("excel", "excel-de"), default="excel",
                   help="excel: RFC 4180, comma (default); excel-de: semicolon, decimal comma, BOM")
    f = p.add_argument_group("filters", "write only the deals these keep (as the window's filter bar)")
    f.add_argument("--search", metavar="WORDS", help="words that must all occur in the deal's articles or evidence")
    f.add_argument("--company", action="append", default=[], metavar="NAME",
                   help="keep deals with this company as a party (repeatable: any of them)")
    f.add_argument("--kind", action="append", default=[], help="keep this kind of deal (repeatable)")
    f.add_argument("--status", action="append", default=[], help="keep this status (repeatable)")
    f.add_argument("--from", dest="date_from", metavar="DATE", help="first date kept (YYYY, YYYY-MM or YYYY-MM-DD)")
    f.add_argument("--to", dest="date_to", metavar="DATE", help="last date kept, inclusive")
    f.add_argument("--min-amount", metavar="AMOUNT", help="smallest amount kept: 500m, 1.5bn, 2 Mrd")
    f.add_argument("--currency", choices=("USD", "EUR"), default="USD",
                   help="currency of --min-amount, converted at each deal's date (default USD)")

    p = sub.add_parser("extract", help="show what the extractor finds in one text",
                       description="Extract dates, amounts, numbers, companies and deals from one "
                       "text without touching a database.")
    p.add_argument("file", nargs="?", help="text file, or - for standard input")
    p.add_argument("--published", help="publication date (YYYY, YYYY-MM, YYYY-MM-DD or ISO date-time)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a readable list")
    p.add_argument("--jsonl", nargs="?", const="-", metavar="FILE|-",
                   help='read JSON Lines {"id", "text", "published"} and write one result a line')

    p = sub.add_parser("render", help="draw the timeline to a PNG or SVG file, without a window",
                       description="Draw the timeline headless, with the same painter as the window.")
    _db_option(p)
    p.add_argument("-o", "--output", type=Path, required=True, help="OUT.png or OUT.svg")
    p.add_argument("--width", type=int, default=1920)
    p.add_argument("--height", type=int, default=1080)
    p.add_argument("--from", dest="date_from", help="first date shown (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", help="last date shown")
    p.add_argument("--lanes", choices=("company", "kind", "none"), default="company")

    p = sub.add_parser("reextract", help="run the current extractor again over all stored articles",
                       description="Re-extract every stored article; your corrections are re-applied.")
    _db_option(p)
    return parser


def _db_option(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: without --db after the command, `deal-timeline --db FILE import` keeps FILE
    # (a default of None here would overwrite it and write to the user's own database)
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from desktop.ui.app import run_gui  # Qt only from here on

            return run_gui(args.db)
        handler = {
            "import": commands.cmd_import,
            "export": commands.cmd_export,
            "extract": commands.cmd_extract,
            "reextract": commands.cmd_reextract,
            "render": commands.cmd_render,
        }[args.command]
        return handler(args)
    except commands.UsageError as e:
        print(f"deal-timeline: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `deal-timeline export | head` is not an error
        return EXIT_OK
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
