"""A seeded generator of synthetic pages in each outlet's format, for the benchmarks.

Pages look like what the parser meets in the wild: BelTA news pages (navigation, the
"Flag <weekday>, d Month yyyy" line, a weather widget, a time stamp, a dateline, a social
footer), TASS pages (navigation, a lead line, caption and credit pairs, a "/TASS/." dateline),
CSTO speeches ("Remarks by ... at ...", "Must read", a date line, "Go back") and CSTO listings
(teasers, excerpts and image names separated by blank lines).

Each page is a pure function of ``(seed, index)``, so a corpus of any size can be written to
disk or streamed without holding it in memory, and the same corpus can be regenerated.

    python benchmarks/generate.py 1000 /tmp/pages          # write 1,000 pages
"""

from __future__ import annotations

import argparse
import datetime
import random
from collections.abc import Iterator
from pathlib import Path

FIRST_NAMES = (
    "Aigerim",
    "Ruslan",
    "Nurlan",
    "Svetlana",
    "Dmitry",
    "Armen",
    "Gohar",
    "Timur",
    "Zarina",
    "Oleg",
    "Marat",
    "Anahit",
    "Bakhyt",
    "Irina",
    "Kanat",
    "Yelena",
    "Farrukh",
    "Pavel",
    "Dilnoza",
    "Sergei",
    "Asel",
    "Vadim",
    "Lilit",
    "Erlan",
    "Natalia",
    "Rustam",
)
LAST_NAMES = (
    "Abdrakhmanov",
    "Sarkisyan",
    "Karimov",
    "Volkova",
    "Petrosyan",
    "Zhunusov",
    "Orlov",
    "Akhmedova",
    "Beketov",
    "Grigoryan",
    "Ismailov",
    "Kuznetsova",
    "Mamyrov",
    "Nazarov",
    "Ospanova",
    "Rakhimov",
    "Sokolov",
    "Tokhtarov",
    "Usmonov",
    "Yakovleva",
    "Aliyev",
    "Davletov",
    "Mkrtchyan",
    "Saidov",
    "Lebedev",
    "Turgunbaev",
)
STATES = (
    ("Armenia", "Armenian"),
    ("Belarus", "Belarusian"),
    ("Kazakhstan", "Kazakh"),
    ("Kyrgyzstan", "Kyrgyz"),
    ("Russia", "Russian"),
    ("Tajikistan", "Tajik"),
    ("Uzbekistan", "Uzbek"),
    ("Serbia", "Serbian"),
    ("China", "Chinese"),
)
CAPITALS = (
    "MINSK",
    "MOSCOW",
    "ASTANA",
    "BISHKEK",
    "DUSHANBE",
    "YEREVAN",
    "NEW YORK",
    "UNITED NATIONS",
    "GENEVA",
    "NUR-SULTAN",
    "ST. PETERSBURG",
    "TASHKENT",
    "VIENNA",
)
ROLES = (
    "Foreign Minister of {state}",
    "Permanent Representative of {state} to the UN",
    "Deputy Foreign Minister of {state}",
    "CSTO Deputy Secretary General",
    "Chief of the CSTO Joint Staff",
    "Chairman of the Standing Committee on International Affairs of {state}",
    "Ambassador of {state} to Russia",
    "head of the CSTO Secretariat's political department",
    "UN Under-Secretary-General for Peace Operations",
    "Defense Minister of {state}",
)
INSTITUTIONS = (
    "the {adj} Foreign Ministry",
    "the CSTO Secretariat",
    "the {adj} Defense Ministry",
    "the press service of the CSTO",
    "the {adj} Mission to the United Nations",
)
VERBS = ("said", "noted", "stressed", "emphasized", "stated", "added", "pointed out", "told")
TOPICS = (
    "peacekeeping",
    "counter-terrorism",
    "drug trafficking",
    "information security",
    "border security",
    "illegal migration",
    "crisis response",
    "biological security",
    "cyber threats",
    "arms control",
    "humanitarian demining",
    "preventive diplomacy",
)
UN_BODIES = (
    "the UN Security Council",
    "the UN General Assembly",
    "the UN Secretariat",
    "the UN Office on Drugs and Crime",
    "the UN Counter-Terrorism Office",
    "the Department of Peace Operations",
)
FORCES = (
    "the Collective Peacekeeping Forces",
    "the Collective Rapid Reaction Forces",
    "the CSTO peacekeeping contingent",
    "the Collective Rapid Deployment Forces",
)
PERSONNEL_NOUNS = ("personnel", "troops", "servicemen", "peacekeepers", "military observers")
APPROX = ("about ", "some ", "around ", "nearly ", "more than ", "up to ", "")
CONTRIBUTIONS = (
    "mobile hospitals",
    "military medics",
    "demining detachments",
    "engineering units",
    "logistics companies",
    "police units",
    "transport aviation",
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
ORDINAL_ADVERBS = ("Firstly", "Secondly", "Thirdly", "Fourthly", "Fifthly")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
FILLER = (
    "The parties discussed the current state and prospects of cooperation in the field of "
    "{topic} and agreed to continue consultations at the expert level.",
    "Special attention was paid to the situation on the external borders of the "
    "organization and to the coordination of efforts on the UN platform.",
    "The meeting reviewed the implementation of the decisions adopted at the previous "
    "session and outlined plans for the coming year.",
    "Participants exchanged views on {topic} and on the role of regional organizations in "
    "maintaining international peace and security.",
    "The sides also considered proposals on joint training of specialists in {topic} and on "
    "the exchange of information between the relevant agencies.",
    "It was noted that the member states share common approaches on most issues on the "
    "international agenda, including {topic}.",
    "The consultations took place in a constructive atmosphere, in the spirit of alliance and "
    "mutual understanding, with representatives of {body} taking part.",
)
QUOTE_BODIES = (
    "We consider cooperation with {body} a priority of our work in {topic}",
    "Our organization is ready to contribute to the efforts of {body} in {topic}",
    "The {ordinal} priority is the strengthening of practical interaction in {topic}",
    "We see considerable potential for joint work with {body} on {topic}",
    "Dialogue with {body} has become a natural and logical process for us",
    "Member states have agreed to intensify coordination on {topic} within the UN framework",
)


def _upper_first(text: str) -> str:
    return text[0].upper() + text[1:]


def _date(rng: random.Random) -> datetime.date:
    return datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 10))


def _person(rng: random.Random) -> tuple[str, str]:
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    state, _ = rng.choice(STATES)
    return name, rng.choice(ROLES).format(state=state)


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        topic=rng.choice(TOPICS),
        body=rng.choice(UN_BODIES),
        ordinal=rng.choice(ORDINALS),
    )


def _personnel(rng: random.Random) -> str:
    count = rng.randrange(2, 60) * 100
    return (
        f"{_upper_first(rng.choice(FORCES))} number {rng.choice(APPROX)}{count:,} "
        f"{rng.choice(PERSONNEL_NOUNS)}, which meet the UN requirements and standards for "
        f"peacekeepers."
    )


def _resolution(rng: random.Random, when: datetime.date) -> str:
    session = when.year - 1945 - rng.choice((0, 1))
    number = rng.randrange(1, 330)
    shape = rng.randrange(4)
    if shape == 0:
        return (
            f"During the {session}th session of the UN General Assembly, resolution "
            f"{session}/{number} (A/RES/{session}/{number}) on cooperation between the United "
            f"Nations and the Collective Security Treaty Organization was adopted on "
            f"{rng.choice(MONTHS)} {rng.randrange(1, 29)}, {when.year - 1}."
        )
    if shape == 1:
        return (
            f"The draft resolution A/{session}/L.{rng.randrange(1, 90)} was introduced by "
            f"{rng.choice(STATES)[0]} on behalf of the member states."
        )
    if shape == 2:
        return (
            f"The Security Council resolution {rng.randrange(1200, 2800)} ({when.year - 2}) "
            f"notes the role of regional organizations in {rng.choice(TOPICS)}."
        )
    return (
        f"The resolution stresses the contribution of the CSTO to {rng.choice(TOPICS)} and "
        f"welcomes the practical steps taken in {rng.choice(MONTHS)} {when.year - 1}."
    )


def _quote(rng: random.Random, name: str, role: str) -> str:
    """A paragraph with a quotation, in one of several shapes."""
    body = _fill(rng, rng.choice(QUOTE_BODIES))
    second = _fill(rng, rng.choice(QUOTE_BODIES))
    verb = rng.choice(VERBS)
    shape = rng.randrange(7)
    if shape == 0:
        return f"“{body},” {name} {verb}."
    if shape == 1:
        return f"{_upper_first(role)} {name} {verb}: “{body}. {second}.”"
    if shape == 2:
        return f'"{body}," the diplomat {verb}. "{second}."'
    if shape == 3:
        return f"According to {name}, {body[0].lower()}{body[1:]}."
    if shape == 4:
        return f"«{body}», {verb} {name}, {role}."
    if shape == 5:
        return f"{name} {verb} that {body[0].lower()}{body[1:]}."
    institution = rng.choice(INSTITUTIONS).format(adj=rng.choice(STATES)[1])
    return f'"{body}," {institution} {verb} in a statement on {rng.choice(WEEKDAYS)}.'


def _priorities(rng: random.Random, state: str, year: int) -> list[str]:
    count = rng.randrange(2, 5)
    shape = rng.randrange(3)
    topics = rng.sample(TOPICS, count)
    if shape == 0:
        return [
            f"The {ORDINALS[i]} priority of the {state} chairmanship in {year} is {t}."
            for i, t in enumerate(topics)
        ]
    if shape == 1:
        return [f"{ORDINAL_ADVERBS[i]}, we will focus on {t}." for i, t in enumerate(topics)]
    items = " ".join(f"{i + 1}) {t};" for i, t in enumerate(topics))
    return [f"The priorities of the {state} presidency in {year} include: {items[:-1]}."]


def _body(rng: random.Random, when: datetime.date, paragraphs: int) -> list[str]:
    """Paragraphs of news text mixing quotes, facts and filler."""
    name, role = _person(rng)
    state = rng.choice(STATES)[0]
    out: list[str] = []
    for _ in range(paragraphs):
        kind = rng.random()
        if kind < 0.35:
            context = " ".join(_fill(rng, rng.choice(FILLER)) for _ in range(rng.randrange(3)))
            out.append((_quote(rng, name, role) + " " + context).strip())
        elif kind < 0.45:
            out.append(_personnel(rng) + " " + _fill(rng, rng.choice(FILLER)))
        elif kind < 0.55:
            out.append(_resolution(rng, when))
        elif kind < 0.62:
            out.extend(_priorities(rng, state, when.year))
        elif kind < 0.7:
            contributions = ", ".join(rng.sample(CONTRIBUTIONS, 3))
            out.append(
                f"Sending {contributions} could be a possible form of participation in UN "
                f"peacekeeping operations, {name} {rng.choice(VERBS)}."
            )
        else:
            sentences = [_fill(rng, rng.choice(FILLER)) for _ in range(rng.randrange(3, 8))]
            out.append(" ".join(sentences))
    return out


def _title(rng: random.Random) -> str:
    state = rng.choice(STATES)[0]
    return rng.choice(
        (
            f"{state} advocates closer CSTO-UN cooperation in {rng.choice(TOPICS)}",
            f"CSTO and UN discuss {rng.choice(TOPICS)}",
            f"{rng.choice(LAST_NAMES)}: {state} will do its best to strengthen the CSTO",
            f"Security bloc envoys meet on UN agenda ahead of {rng.choice(MONTHS)} session",
        )
    )


def belta_page(rng: random.Random) -> str:
    when = _date(rng)
    today = when + datetime.timedelta(days=rng.randrange(0, 900))
    lines = ["Projects", "Services", "Government Bodies"]
    weekday = WEEKDAYS[today.weekday()]
    lines.append(f"Flag {weekday}, {today.day} {MONTHS[today.month - 1]} {today.year}")
    if rng.random() < 0.5:
        sky = rng.choice(("Clear", "Cloudy", "Light rain"))
        lines.append(f"Minsk {sky} {rng.randrange(-20, 30):+d}°C")
    lines += ["All news", "All news", rng.choice(("Politics", "Society", "World", "Economics"))]
    clock = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"
    lines.append(f"{when.day:02d} {MONTHS[when.month - 1]} {when.year}, {clock}")
    lines += ["", _title(rng), ""]
    if rng.random() < 0.4:
        lines += ["An archive photo", "An archive photo", ""]
    body = _body(rng, when, rng.randrange(6, 15))
    dash = rng.choice(("-", "–"))  # noqa: RUF001
    place = rng.choice(CAPITALS)
    body[0] = f"{place}, {when.day} {MONTHS[when.month - 1]} (BelTA) {dash} {body[0]}"
    for paragraph in body:
        lines += [paragraph, ""]
    lines += ["Follow us on:", "X", "Telegram", "Recent news from Belarus"]
    return "\n".join(lines)


def tass_page(rng: random.Random) -> str:
    when = _date(rng)
    lines = ["All news", "", _title(rng), ""]
    name, _ = _person(rng)
    lines.append(f'"{_fill(rng, rng.choice(QUOTE_BODIES))}," {name} said')
    for _ in range(rng.randrange(0, 3)):
        caption = rng.choice(("Russian Foreign Ministry", "CSTO headquarters", "UN headquarters"))
        lines += [caption, f"© {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}/TASS"]
    lines.append("")
    body = _body(rng, when, rng.randrange(5, 13))
    # Mostly the true weekday, so that the year can be inferred; sometimes a wrong one.
    weekday = WEEKDAYS[when.weekday()] if rng.random() < 0.7 else rng.choice(WEEKDAYS)
    session = when.year - 1945
    body.insert(1, f"The envoys discussed the agenda of the {session}th UN General Assembly.")
    body[0] = (
        f"{rng.choice(CAPITALS)}, {MONTHS[when.month - 1]} {when.day}. /TASS/. {body[0][:-1]}, "
        f"the ministry said on {weekday}."
    )
    for paragraph in body:
        lines += [paragraph, ""]
    return "\n".join(lines)


def csto_speech_page(rng: random.Random) -> str:
    when = _date(rng)
    name, role = _person(rng)
    occasion = rng.choice(
        (
            f"the UN Security Council meeting on {MONTHS[when.month - 1]} {when.day}, {when.year}",
            "the session of the CSTO Council of Foreign Ministers",
            f"the conference on {rng.choice(TOPICS)}",
        )
    )
    lines = [f"Remarks by {role} {name} at {occasion}.", "", "Must read", ""]
    lines += [f"{MONTHS[when.month - 1]} {when.day}, {when.year}", ""]
    paragraphs = ["Allow me to thank the organizers for the invitation to this meeting."]
    for _ in range(rng.randrange(10, 26)):
        kind = rng.random()
        if kind < 0.15:
            paragraphs.extend(_priorities(rng, rng.choice(STATES)[0], when.year))
        elif kind < 0.3:
            paragraphs.append(_resolution(rng, when))
        elif kind < 0.4:
            paragraphs.append(_personnel(rng))
        else:
            paragraphs.append(
                "I am convinced that "
                + _fill(rng, rng.choice(FILLER))[0].lower()
                + _fill(rng, rng.choice(FILLER))[1:]
                + " We "
                + rng.choice(VERBS[:2])
                + " this many times. "
                + " ".join(_fill(rng, rng.choice(FILLER)) for _ in range(rng.randrange(1, 4)))
            )
    paragraphs.append("Thank you for your attention.")
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    lines += ["", "More articles", "", "Latest article"]
    return "\n".join(lines)


def csto_listing_page(rng: random.Random) -> str:
    items: list[str] = []
    for _ in range(rng.randrange(4, 11)):
        when = _date(rng)
        kind = rng.random()
        name, role = _person(rng)
        if kind < 0.4:
            items.append(
                f"On {when.day} {MONTHS[when.month - 1]} {when.year}, {role} {name} met with "
                f"representatives of {rng.choice(UN_BODIES)} to discuss {rng.choice(TOPICS)}. "
                + _fill(rng, rng.choice(FILLER))
            )
        elif kind < 0.6:
            items.append(f"{rng.choice(LAST_NAMES)}_{when.year}.jpg")
        elif kind < 0.8:
            items.append(
                f"{_title(rng)}\n\n{MONTHS[when.month - 1]} {when.day}, {when.year}\n\n"
                + "\n\n".join(_body(rng, when, rng.randrange(2, 5)))
            )
        else:
            recalled = _resolution(rng, when)
            items.append(
                f"I would like to recall that {recalled[0].lower()}{recalled[1:]}"
                "\n\nWe are ready to continue this work."
            )
    return "\n\n\n".join(items) + "\n\n\nGo back\n\nBack to the section\n\nBack to the all news"


FORMATS = (
    ("belta", belta_page, 0.35),
    ("tass", tass_page, 0.3),
    ("csto_speech", csto_speech_page, 0.15),
    ("csto_listing", csto_listing_page, 0.2),
)


def page(seed: int, index: int) -> tuple[str, str]:
    """The page number ``index`` of corpus ``seed``: its file name and its text."""
    rng = random.Random(seed * 1_000_003 + index)
    pick = rng.random()
    name, render = FORMATS[-1][:2]
    for candidate, candidate_render, share in FORMATS:
        if pick < share:
            name, render = candidate, candidate_render
            break
        pick -= share
    text = render(rng)
    if rng.random() < 0.1:
        text = text.replace("\n", "\r\n")
    return f"{index:07d}_{name}.txt", text


def pages(count: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """Pages 0 .. count-1 of corpus ``seed``, generated one at a time."""
    for index in range(count):
        yield page(seed, index)


def write_corpus(directory: Path, count: int, seed: int = 0) -> int:
    """Write ``count`` pages into ``directory``; returns the number of bytes written."""
    directory.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, text in pages(count, seed):
        data = text.encode("utf-8")
        (directory / name).write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()
    size = write_corpus(arguments.directory, arguments.count, arguments.seed)
    print(f"wrote {arguments.count:,} pages, {size / 1e6:.1f} MB, to {arguments.directory}")


if __name__ == "__main__":
    main()
