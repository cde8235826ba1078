#!/usr/bin/env python3
"""Writes rrule-cases.json: RRULE expansions computed by python-dateutil, to check RecurrenceRule against.

Each case gives a rule, the start it is anchored at (DTSTART), a window and the occurrences dateutil finds in it.
The rules are ones RecurrenceRule accepts: hand-picked edge cases first, then seeded random combinations.

Run from anywhere with python-dateutil 2.9 installed:  python3 make-rrule-cases.py
"""

import json
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from dateutil.rrule import rrulestr

OUTPUT = Path(__file__).with_name("rrule-cases.json")
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

# (note, rule, start, from, through)
HAND_PICKED = [
    ("1st & 3rd Tuesday in December 2026", "FREQ=MONTHLY;BYDAY=1TU,3TU", "2026-01-01", "2026-12-01", "2026-12-31"),
    ("2nd & 4th Tuesday over a year", "FREQ=MONTHLY;BYDAY=2TU,4TU", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("every other Monday from a Monday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-01-05", "2026-01-01", "2026-06-30"),
    ("every Monday from a Wednesday", "FREQ=WEEKLY;BYDAY=MO", "2026-01-07", "2026-01-01", "2026-03-31"),
    ("weekly on Friday", "FREQ=WEEKLY;BYDAY=FR", "2026-03-02", "2026-03-01", "2026-05-31"),
    ("last Friday, February included", "FREQ=MONTHLY;BYDAY=-1FR", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("first Monday of the month", "FREQ=MONTHLY;BYDAY=1MO", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("monthly on the 1st", "FREQ=MONTHLY;BYMONTHDAY=1", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("day 31 skips short months", "FREQ=MONTHLY;BYMONTHDAY=31", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("last day through leap February 2028", "FREQ=MONTHLY;BYMONTHDAY=-1", "2027-11-15", "2027-11-01", "2028-04-30"),
    ("day 29 skips February 2027, not 2028", "FREQ=MONTHLY;BYMONTHDAY=29", "2027-01-01", "2027-01-01", "2028-12-31"),
    ("day -29 depends on month length", "FREQ=MONTHLY;BYMONTHDAY=-29", "2027-01-01", "2027-01-01", "2028-12-31"),
    ("day 30 skips February 2024", "FREQ=MONTHLY;BYMONTHDAY=30", "2024-01-01", "2024-01-01", "2024-06-30"),
    ("plain monthly from 31 January", "FREQ=MONTHLY", "2026-01-31", "2026-01-01", "2026-12-31"),
    ("every 2 months from 31 January", "FREQ=MONTHLY;INTERVAL=2", "2026-01-31", "2026-01-01", "2027-12-31"),
    ("plain monthly from 29 February 2024", "FREQ=MONTHLY", "2024-02-29", "2024-02-01", "2025-03-31"),
    ("last day from 31 January", "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=6", "2026-01-31", "2026-01-01", "2026-12-31"),
    ("5th Tuesday only in long months", "FREQ=MONTHLY;BYDAY=5TU", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("5th-to-last Monday", "FREQ=MONTHLY;BYDAY=-5MO", "2026-01-01", "2026-01-01", "2027-12-31"),
    ("5th Friday, counted", "FREQ=MONTHLY;BYDAY=5FR;COUNT=5", "2026-01-01", "2026-01-01", "2030-12-31"),
    ("5th Sunday in leap February 2032", "FREQ=MONTHLY;BYDAY=5SU", "2032-01-01", "2032-01-01", "2032-03-31"),
    ("last weekday of the month", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2026-01-01", "2026-01-01",
     "2026-12-31"),
    ("first weekday of the month", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1", "2026-01-01", "2026-01-01",
     "2026-12-31"),
    ("first and last weekday", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1", "2026-01-01", "2026-01-01",
     "2026-06-30"),
    ("second weekend day", "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=2", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("second-to-last weekday", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", "2026-01-01", "2026-01-01",
     "2026-12-31"),
    ("23rd weekday exists in some months", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=23", "2026-01-01",
     "2026-01-01", "2027-12-31"),
    ("second of 1, 15 and last day", "FREQ=MONTHLY;BYMONTHDAY=1,15,-1;BYSETPOS=2", "2026-01-01", "2026-01-01",
     "2026-12-31"),
    ("latest of 29, 30, 31", "FREQ=MONTHLY;BYMONTHDAY=29,30,31;BYSETPOS=-1", "2027-01-01", "2027-01-01",
     "2028-12-31"),
    ("first weekday when the start is after it", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1", "2026-01-15",
     "2026-01-01", "2026-05-31"),
    ("Friday the 13th", "FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR", "2026-01-01", "2026-01-01", "2030-12-31"),
    ("Tuesday in days 1 to 7", "FREQ=MONTHLY;BYMONTHDAY=1,2,3,4,5,6,7;BYDAY=TU", "2026-01-01", "2026-01-01",
     "2026-12-31"),
    ("1st Friday on the 13th never happens", "FREQ=MONTHLY;BYDAY=1FR;BYMONTHDAY=13", "2026-01-01", "2026-01-01",
     "2027-12-31"),
    ("last Sunday within the last week", "FREQ=MONTHLY;BYDAY=-1SU;BYMONTHDAY=-7,-6,-5,-4,-3,-2,-1", "2026-01-01",
     "2026-01-01", "2026-12-31"),
    ("day 31 on a Sunday is rare", "FREQ=MONTHLY;BYMONTHDAY=31;BYDAY=SU", "2026-01-01", "2026-01-01", "2035-12-31"),
    ("RFC example with WKST=SU", "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,SU", "1997-08-05", "1997-08-01",
     "1997-12-31"),
    ("RFC example with WKST=MO", "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=MO;BYDAY=TU,SU", "1997-08-05", "1997-08-01",
     "1997-12-31"),
    ("RFC example with WKST=SU, later window", "FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=TU,SU", "1997-08-05",
     "1998-03-01", "1998-04-30"),
    ("every other Monday across New Year", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-12-21", "2026-12-01",
     "2027-02-28"),
    ("every other Thursday across New Year", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "2026-11-05", "2026-12-15",
     "2027-01-31"),
    ("every 2 months on the 1st Monday across New Year", "FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO", "2026-11-02",
     "2026-11-01", "2027-06-30"),
    ("every 5 months on the 15th", "FREQ=MONTHLY;INTERVAL=5", "2026-10-15", "2026-10-01", "2029-12-31"),
    ("yearly as every 12 months", "FREQ=MONTHLY;INTERVAL=12;BYDAY=-1FR", "2026-03-01", "2026-01-01",
     "2031-12-31"),
    ("COUNT stops after 10", "FREQ=WEEKLY;BYDAY=TU;COUNT=10", "2026-01-06", "2026-01-01", "2026-12-31"),
    ("UNTIL is inclusive", "FREQ=WEEKLY;BYDAY=TH;UNTIL=20261231", "2026-10-01", "2026-10-01", "2027-03-31"),
    ("UNTIL with a time", "FREQ=WEEKLY;BYDAY=TH;UNTIL=20261231T090000", "2026-10-01", "2026-10-01", "2027-03-31"),
    ("UNTIL before the start", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20251231", "2026-01-01", "2025-01-01", "2026-12-31"),
    ("COUNT used up before the window", "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=12", "2026-01-01", "2026-02-01",
     "2026-12-31"),
    ("COUNT ends inside the window", "FREQ=MONTHLY;BYDAY=2WE;COUNT=8", "2026-01-01", "2026-06-01", "2026-12-31"),
    ("COUNT from a start that does not match", "FREQ=MONTHLY;BYDAY=1TU;COUNT=3", "2026-01-20", "2026-01-01",
     "2026-12-31"),
    ("COUNT=1", "FREQ=WEEKLY;BYDAY=WE;COUNT=1", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("COUNT with WKST=SU", "FREQ=WEEKLY;BYDAY=TU;INTERVAL=2;COUNT=5;WKST=SU", "2026-01-01", "2026-01-01",
     "2026-12-31"),
    ("COUNT with BYSETPOS", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4", "2026-01-31",
     "2026-01-01", "2026-12-31"),
    ("plain weekly from a Wednesday", "FREQ=WEEKLY", "2026-01-07", "2026-01-01", "2026-03-31"),
    ("every 3 weeks from a Saturday", "FREQ=WEEKLY;INTERVAL=3", "2026-01-03", "2026-01-01", "2026-12-31"),
    ("Monday, Wednesday & Friday", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "2026-02-04", "2026-02-01", "2026-03-31"),
    ("every other weekend, WKST=SU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;WKST=SU", "2026-01-01", "2026-01-01",
     "2026-04-30"),
    ("every other weekend, WKST=MO", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU", "2026-01-01", "2026-01-01",
     "2026-04-30"),
    ("every other Sunday from a Wednesday, WKST=SU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;WKST=SU", "2026-01-07",
     "2026-01-01", "2026-03-31"),
    ("every other Monday from a Wednesday, WKST=TU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=TU", "2026-01-07",
     "2026-01-01", "2026-03-31"),
    ("every other Monday from a Wednesday, WKST=MO", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-01-07",
     "2026-01-01", "2026-03-31"),
    ("window before the start", "FREQ=WEEKLY;BYDAY=MO", "2026-06-01", "2026-01-01", "2026-05-31"),
    ("window ends before it begins", "FREQ=WEEKLY;BYDAY=MO", "2026-01-01", "2026-03-10", "2026-03-01"),
    ("one-day window on an occurrence", "FREQ=MONTHLY;BYDAY=3TU", "2026-01-01", "2026-12-15", "2026-12-15"),
    ("one-day window off the rule", "FREQ=MONTHLY;BYDAY=3TU", "2026-01-01", "2026-12-16", "2026-12-16"),
    ("second-to-last Wednesday", "FREQ=MONTHLY;BYDAY=-2WE", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("every 3 months on the 3rd Thursday, counted", "FREQ=MONTHLY;BYDAY=3TH;INTERVAL=3;COUNT=6", "2026-02-01",
     "2026-01-01", "2028-12-31"),
    ("1st Monday and 1st Friday", "FREQ=MONTHLY;BYDAY=1MO,1FR", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("Tuesdays and Thursdays, alternating weeks", "FREQ=MONTHLY;BYDAY=1TU,3TU,2TH,4TH", "2026-01-01",
     "2026-01-01", "2026-12-31"),
    ("1st and last Tuesday", "FREQ=MONTHLY;BYDAY=1TU,-1TU", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("every 3 weeks, window five years on", "FREQ=WEEKLY;INTERVAL=3;BYDAY=WE", "2021-03-10", "2026-01-01",
     "2026-12-31"),
    ("every 7 months, window five years on", "FREQ=MONTHLY;INTERVAL=7", "2021-05-20", "2026-01-01",
     "2027-12-31"),
    ("every 4 weeks, window starts mid-gap", "FREQ=WEEKLY;INTERVAL=4;BYDAY=MO,FR", "2021-01-04", "2026-02-11",
     "2026-05-31"),
    ("last Thursday around leap February 2024", "FREQ=MONTHLY;BYDAY=-1TH", "2023-12-01", "2024-01-01",
     "2024-03-31"),
    ("day 29 in 2100, not a leap year", "FREQ=MONTHLY;BYMONTHDAY=29", "2099-11-01", "2099-11-01", "2100-04-30"),
    ("lower case with RRULE: prefix", "rrule:freq=monthly;byday=1tu,3tu", "2026-01-01", "2026-01-01",
     "2026-04-30"),
    ("parts in another order", "BYDAY=-1FR;INTERVAL=2;FREQ=MONTHLY", "2026-01-01", "2026-01-01", "2026-12-31"),
    ("every 99 weeks", "FREQ=WEEKLY;INTERVAL=99;BYDAY=MO", "2020-01-06", "2020-01-01", "2030-12-31"),
    ("year 9999 ends the rule", "FREQ=MONTHLY;BYDAY=-1FR", "9999-06-01", "9999-01-01", "9999-12-31"),
]


def expand(rule, start, window_from, window_through):
    """The occurrences dateutil finds from the start on, within the window, as ISO dates."""
    dtstart = datetime.fromisoformat(start)
    # dateutil refuses a UTC UNTIL with a floating DTSTART; RecurrenceRule keeps only the date of UNTIL anyway.
    recurrence = rrulestr(re.sub(r"(?i)(UNTIL=\d{8}T\d{6})Z", r"\1", rule), dtstart=dtstart)
    found = recurrence.between(datetime.fromisoformat(window_from), datetime.fromisoformat(window_through),
                               inc=True)
    return [d.date().isoformat() for d in found]


def random_rule(rng):
    """A rule RecurrenceRule accepts: numbered days and BYSETPOS only with MONTHLY, never plain and numbered days
    together, BYSETPOS only with BYDAY or BYMONTHDAY."""
    parts = []
    if rng.random() < 0.4:
        parts.append("FREQ=WEEKLY")
        if rng.random() < 0.8:
            parts.append("BYDAY=" + ",".join(rng.sample(WEEKDAYS, rng.randint(1, 4))))
        interval = rng.choice([1, 1, 2, 2, 3, 4])
    else:
        parts.append("FREQ=MONTHLY")
        shape = rng.random()
        if shape < 0.35:
            numbered = {f"{rng.choice([1, 2, 3, 4, 5, -1, -2, -5])}{rng.choice(WEEKDAYS)}"
                        for _ in range(rng.randint(1, 3))}
            parts.append("BYDAY=" + ",".join(sorted(numbered)))
        elif shape < 0.55:
            days = {rng.choice(list(range(1, 32)) + [-1, -2, -3, -31]) for _ in range(rng.randint(1, 3))}
            parts.append("BYMONTHDAY=" + ",".join(map(str, sorted(days))))
        elif shape < 0.75:
            parts.append("BYDAY=" + ",".join(rng.sample(WEEKDAYS, rng.randint(1, 5))))
            parts.append("BYSETPOS=" + ",".join(map(str, rng.sample([1, 2, 3, -1, -2, 10, -10], rng.randint(1, 2)))))
        elif shape < 0.85:
            parts.append("BYDAY=" + ",".join(rng.sample(WEEKDAYS, rng.randint(1, 3))))
            parts.append("BYMONTHDAY=" + ",".join(map(str, sorted(rng.sample(range(1, 32), rng.randint(3, 10))))))
        interval = rng.choice([1, 1, 1, 2, 3, 6])
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    if rng.random() < 0.3:
        parts.append("WKST=" + rng.choice(WEEKDAYS))
    rng.shuffle(parts)
    return ";".join(parts)


def random_case(rng, number):
    rule = random_rule(rng)
    start = date(2020, 1, 1) + timedelta(days=rng.randint(0, 4000))
    ending = rng.random()
    if ending < 0.25:
        # Windows near the start, where a COUNT has not run out yet.
        rule += f";COUNT={rng.randint(1, 40)}"
        window_from = start + timedelta(days=rng.randint(-60, 300))
    else:
        window_from = start + timedelta(days=rng.randint(-60, 1800))
        if ending < 0.45:
            until = window_from + timedelta(days=rng.randint(-30, 400))
            rule += ";UNTIL=" + until.strftime("%Y%m%d") + rng.choice(["", "T000000", "T235959Z"])
    window_through = window_from + timedelta(days=rng.randint(0, 370))
    return (f"random #{number}", rule, start.isoformat(), window_from.isoformat(), window_through.isoformat())


def main():
    rng = random.Random(5545)
    specs = HAND_PICKED + [random_case(rng, n) for n in range(1, 201)]
    cases = [{"note": note, "rule": rule, "start": start, "from": window_from, "through": window_through,
              "expected": expand(rule, start, window_from, window_through)}
             for note, rule, start, window_from, window_through in specs]
    lines = ",\n".join("  " + json.dumps(case) for case in cases)
    OUTPUT.write_text("[\n" + lines + "\n]\n")
    print(f"wrote {len(cases)} cases to {OUTPUT.name}")


if __name__ == "__main__":
    main()
