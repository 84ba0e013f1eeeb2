"""What each subcommand does. Headless: no Qt anywhere on these paths."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Iterator, TextIO

from desktop.export.csv_export import write_csv
from desktop.jobs import drain
from desktop.extraction.pipeline import EXTRACTOR_VERSION, extract
from desktop.extraction.serialize import extraction_dict
from desktop.ingest.importer import DUPLICATE, FAILED, IMPORTED, READ_AGAIN, import_paths
from desktop.ingest.reader import ReadError, read_article
from desktop.ingest.reextract import reextract
from desktop.storage.filters import DealFilter, parse_amount, parse_date_bound
from desktop.storage.queries import iter_deals
from desktop.storage.store import Store, default_db_path


class UsageError(Exception):
    """Wrong arguments: exit status 2."""


def db_path(args: argparse.Namespace) -> Path:
    return args.db or default_db_path()


def cmd_import(args: argparse.Namespace) -> int:
    path = db_path(args)
    with Store.open(path) as store:
        job = import_paths(store, args.paths, workers=args.workers)
        summary = None
        while summary is None:
            try:
                progress = next(job)
            except StopIteration as stop:
                summary = stop.value
                break
            o = progress.outcome
            if o.status == READ_AGAIN:
                if not args.quiet:
                    print(f"{READ_AGAIN:<10} {o.path}: {o.deals} deal(s), with company names other articles taught")
            elif o.status == FAILED:
                print(f"failed     {o.path}: {o.reason}", file=sys.stderr)
            elif not args.quiet:
                detail = f"{o.deals} deal(s)" if o.status == IMPORTED else o.reason
                print(f"{o.status:<10} {o.path}: {detail}")
        stale = store.stale_articles(EXTRACTOR_VERSION)
    imported, dups, failed = (len(summary.of(s)) for s in (IMPORTED, DUPLICATE, FAILED))
    again = f", {summary.read_again} read again with company names other articles taught" if summary.read_again else ""
    print(f"{imported} imported, {dups} duplicate(s) skipped, {failed} failed{again} — database {path}")
    if stale:
        print(f"note: {stale} stored article(s) were read by an older extractor; "
              f"`deal-timeline reextract --db {shlex.quote(str(path))}` reads them again", file=sys.stderr)
    return 0 if summary.ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        raise UsageError(f"no database at {path}: import articles first")
    deal_filter = export_filter(args)
    with Store.open(path) as store:
        deals = iter_deals(store, deal_filter=deal_filter)  # streamed: read while written
        if args.output:
            # The BOM of excel-de is written by write_csv itself, so plain utf-8 here.
            with open(args.output, "w", encoding="utf-8", newline="") as f:
                count = write_csv(deals, f, args.dialect)
            print(f"{count} deal(s) written to {args.output}", file=sys.stderr)
        else:
            sys.stdout.reconfigure(newline="")
            write_csv(deals, sys.stdout, args.dialect)
    return 0


def export_filter(args: argparse.Namespace) -> DealFilter:
    """The export options as the filter the window would build; unreadable values are usage errors."""
    from desktop.timeline.marks import KINDS, STATUSES  # numpy: only when exporting

    for given, known, option in ((args.kind, KINDS, "--kind"), (args.status, STATUSES, "--status")):
        if unknown := [v for v in given if v not in known]:
            raise UsageError(f"{option} {unknown[0]!r} is not one of: {', '.join(known)}")
    try:
        return DealFilter(
            text=args.search or "",
            companies=tuple(args.company),
            kinds=tuple(args.kind),
            statuses=tuple(args.status),
            date_from=parse_date_bound(args.date_from or ""),
            date_to=parse_date_bound(args.date_to or ""),
            min_amount=parse_amount(args.min_amount or ""),
            currency=args.currency,
        )
    except ValueError as e:
        raise UsageError(str(e)) from e


def parse_published(value: str | None) -> tuple[date | None, str]:
    """'2025', '2025-06', '2025-06-15' or an ISO date-time → (first day, precision)."""
    if not value:
        return None, "day"
    value = value.strip()
    try:
        if len(value) == 4 and value.isdigit():
            return date(int(value), 1, 1), "year"
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:7]), 1), "month"
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date(), "day"
    except ValueError as e:
        raise UsageError(f"cannot read the date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD") from e


def last_day(first: date | None, precision: str) -> date | None:
    """The last day of the period a date names: 2025 → 2025-12-31, 2025-02 → 2025-02-28."""
    if first is None or precision == "day":
        return first
    if precision == "year":
        return date(first.year, 12, 31)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def cmd_extract(args: argparse.Namespace) -> int:
    if args.jsonl is not None:
        return _extract_jsonl(args.jsonl)
    if not args.file:
        raise UsageError("extract needs a FILE (or - for standard input), or --jsonl")
    text, published, precision = _read_input(args.file, args.published)
    result = extract(text, published, precision, reference=date.today())
    if args.json:
        json.dump(extraction_dict(result), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print_readable(result)
    return 0


def _read_input(name: str, published_arg: str | None) -> tuple[str, date | None, str]:
    if name == "-":
        return sys.stdin.read(), *parse_published(published_arg)
    try:
        source = read_article(Path(name))
    except ReadError as e:
        raise UsageError(f"{name}: {e}") from e
    published, precision = parse_published(published_arg or source.published)
    return source.text, published, precision


def _jsonl_records(stream: TextIO) -> Iterator[dict]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise UsageError(f"line {number}: not JSON ({e.msg})") from e
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise UsageError(f'line {number}: expected an object with a "text" string')
        yield record


def _extract_jsonl(source: str) -> int:
    stream = sys.stdin if source == "-" else open(source, encoding="utf-8")
    with stream:
        for record in _jsonl_records(stream):
            # "reference" is what the conformance sets call the date relative phrases resolve against
            published, precision = parse_published(record.get("published") or record.get("reference") or None)
            result = extract(record["text"], published, precision, reference=date.today())
            out = {"id": record.get("id"), **extraction_dict(result)}
            print(json.dumps(out, ensure_ascii=False))
    return 0


def _print_readable(result) -> None:
    print(f"{len(result.deals)} deal(s)")
    for d in result.deals:
        parties = ", ".join(f"{p.name} ({p.role})" for p in d.parties)
        amount = f"{d.amount:,.0f} {d.currency}" if d.amount is not None else "no amount"
        print(f"- {d.kind}, {d.status}, {d.date or 'undated'}: {parties}; {amount}")
        print(f"    «{d.sentence}»")
    print(f"\n{len(result.amounts)} amount(s), {len(result.dates)} date(s), "
          f"{len(result.organizations)} organisation(s), {len(result.numbers)} number(s)")
    for a in result.amounts:
        print(f"  amount  {a.text!r} = {a.value:,.2f} {a.currency or ''} ({a.qualifier})")
    for dm in result.dates:
        print(f"  date    {dm.text!r} = {dm.value} ({dm.precision})")


def cmd_reextract(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        raise UsageError(f"no database at {path}")
    with Store.open(path) as store:
        articles = store.count("articles")
        deals = drain(reextract(store))
    print(f"re-extracted {articles} article(s): {deals} deal(s)")
    return 0



def cmd_render(args: argparse.Namespace) -> int:
    """Qt is imported here only: `render` draws with the window's painter."""
    path = db_path(args)
    if not path.exists():
        raise UsageError(f"no database at {path}: import articles first")
    if args.output.suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"{args.output.name}: choose a .png or .svg file name")
    if args.width < 200 or args.height < 100:
        raise UsageError("the image must be at least 200 × 100 pixels")
    date_from = parse_published(args.date_from)[0] if args.date_from else None
    date_to = last_day(*parse_published(args.date_to)) if args.date_to else None  # --to 2025: all of 2025
    if date_from and date_to and date_to < date_from:
        raise UsageError("--to must not be before --from")
    from desktop.ui.render import render_file

    count = render_file(path, args.output, args.width, args.height, date_from, date_to, args.lanes)
    print(f"{count} deal(s) drawn to {args.output}", file=sys.stderr)
    return 0
