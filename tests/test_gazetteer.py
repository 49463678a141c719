from __future__ import annotations

import pytest

from csto_corpus.model import MentionKind
from csto_corpus.parse._gazetteer import (
    CSTO_MEMBERS,
    FORMER_CSTO_MEMBERS,
    ORGANIZATIONS,
    STATES,
    canonical_city,
    canonical_organization,
    canonical_state,
    find_names,
    trie_pattern,
)


def _names(text: str) -> list[tuple[str, str | None, str]]:
    return [(h.name, h.code, h.text) for h in find_names(text)]


def test_members_and_former_members_are_states_with_codes() -> None:
    codes = {entry.name: entry.code for entry in STATES}
    assert {name: codes[name] for name in CSTO_MEMBERS} == {
        "Armenia": "ARM",
        "Belarus": "BLR",
        "Kazakhstan": "KAZ",
        "Kyrgyzstan": "KGZ",
        "Russia": "RUS",
        "Tajikistan": "TJK",
    }
    assert {name: codes[name] for name in FORMER_CSTO_MEMBERS} == {
        "Azerbaijan": "AZE",
        "Georgia": "GEO",
        "Uzbekistan": "UZB",
    }


def test_every_form_belongs_to_one_entry() -> None:
    forms = [form for entry in STATES + ORGANIZATIONS for form in entry.forms]
    duplicates = {form for form in forms if forms.count(form) > 1}
    assert duplicates == set()


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Belarus'", ("Belarus", "BLR")),
        ("Belarus’", ("Belarus", "BLR")),  # noqa: RUF001
        ("Russia's", ("Russia", "RUS")),
        ("Kazakhstan", ("Kazakhstan", "KAZ")),
        ("Kazakhstani", ("Kazakhstan", "KAZ")),
        ("Republic of Belarus", ("Belarus", "BLR")),
        ("Russian Federation", ("Russia", "RUS")),
        ("Kyrgyz Republic", ("Kyrgyzstan", "KGZ")),
        ("Kirghizia", ("Kyrgyzstan", "KGZ")),
        ("Belorussian", ("Belarus", "BLR")),
        ("Tajik", ("Tajikistan", "TJK")),
        ("Uzbek", ("Uzbekistan", "UZB")),
        ("Azerbaijani", ("Azerbaijan", "AZE")),
        ("Afghan", ("Afghanistan", "AFG")),
        ("Chinese", ("China", "CHN")),
        ("ARMENIA", ("Armenia", "ARM")),
        ("USA", ("United States", "USA")),
        ("Minsk", None),
        ("CSTO", None),
        ("usa", None),
        ("", None),
    ],
)
def test_canonical_state(word: str, expected: tuple[str, str] | None) -> None:
    assert canonical_state(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("CSTO", ("Collective Security Treaty Organization", "CSTO")),
        ("UN Counter-Terrorism Office", ("UN Office of Counter-Terrorism", "UNOCT")),
        ("UNODC", ("UN Office on Drugs and Crime", "UNODC")),
        ("CPF", ("Collective Peacekeeping Forces", "CPF")),
        ("CSTO Collective Peacekeeping Forces", ("Collective Peacekeeping Forces", "CPF")),
        ("UN's", ("United Nations", "UN")),
        ("Belarus", None),
    ],
)
def test_canonical_organization(word: str, expected: tuple[str, str | None] | None) -> None:
    assert canonical_organization(word) == expected


def test_canonical_city() -> None:
    assert canonical_city("Tashkent") == "Tashkent"
    assert canonical_city("DUSHANBE") == "Dushanbe"
    assert canonical_city("Nur-Sultan") == "Astana"
    assert canonical_city("Kazakhstan") is None


def test_longest_match_wins() -> None:
    assert _names("the UN Security Council and the UN") == [
        ("UN Security Council", "UNSC", "UN Security Council"),
        ("United Nations", "UN", "UN"),
    ]
    assert _names("the United Nations General Assembly") == [
        ("UN General Assembly", "UNGA", "United Nations General Assembly")
    ]
    assert _names("the Russian Federation and Russian envoys") == [
        ("Russia", "RUS", "Russian Federation"),
        ("Russia", "RUS", "Russian"),
    ]


def test_adjectives_possessives_and_hyphens() -> None:
    assert _names("Belarus' envoy met Kyrgyz and Tajik-Afghan officials in Russia's capital") == [
        ("Belarus", "BLR", "Belarus"),
        ("Kyrgyzstan", "KGZ", "Kyrgyz"),
        ("Tajikistan", "TJK", "Tajik"),
        ("Afghanistan", "AFG", "Afghan"),
        ("Russia", "RUS", "Russia"),
    ]


def test_word_boundaries() -> None:
    assert _names("UNESCO, USSRs, Kazakhstanis, CSTOs, Indianapolis, Kazakhs") == [
        ("Kazakhstan", "KAZ", "Kazakhstanis"),
        ("Kazakhstan", "KAZ", "Kazakhs"),
    ]


def test_un_bodies_and_regional_organizations() -> None:
    text = (
        "the UN Counter-Terrorism Office, the Executive Director of the UN Security Council "
        "Counter-Terrorism Committee, the UN Office on Drugs and Crime, the UN "
        "Counter-Terrorism Directorate, the CSTO CPF, the CSTO Parliamentary Assembly, "
        "the Eurasian Economic Union, the OSCE and the Union State"
    )
    assert [(name, code) for name, code, _ in _names(text)] == [
        ("UN Office of Counter-Terrorism", "UNOCT"),
        ("UN Security Council Counter-Terrorism Committee", "CTC"),
        ("UN Office on Drugs and Crime", "UNODC"),
        ("UN Counter-Terrorism Committee Executive Directorate", "CTED"),
        ("Collective Peacekeeping Forces", "CPF"),
        ("CSTO Parliamentary Assembly", "CSTO PA"),
        ("Eurasian Economic Union", "EAEU"),
        ("Organization for Security and Co-operation in Europe", "OSCE"),
        ("Union State", None),
    ]


def test_national_security_councils_are_not_the_un_organ() -> None:
    assert _names("the Russian Security Council met the Security Council of Armenia") == [
        ("Russia", "RUS", "Russian"),
        ("Armenia", "ARM", "Armenia"),
    ]
    assert _names("within Security Council mandates")[0][0] == "UN Security Council"


def test_blocked_forms_hide_the_shorter_name() -> None:
    assert _names("Latin American and American delegations") == [
        ("United States", "USA", "American")
    ]


def test_offsets_and_window() -> None:
    text = "Armenia, Belarus, Kazakhstan"
    hits = find_names(text, 9, 16)
    assert [(h.name, h.start, h.end) for h in hits] == [("Belarus", 9, 16)]
    assert all(text[h.start : h.end] == h.text for h in find_names(text))
    assert all(h.kind is MentionKind.STATE for h in hits)


def test_trie_pattern_prefers_the_longest() -> None:
    assert trie_pattern(["ab", "a", "abc", "b"]) == "(?:a(?:bc?)?|b)"


def test_matching_is_linear_on_adversarial_input() -> None:
    # Many near-misses ("United Nation", "Kazakhsta") must not make matching slow or wrong.
    text = "United Nation Kazakhsta UN-" * 20_000
    hits = find_names(text)
    assert len(hits) == 20_000
    assert {h.name for h in hits} == {"United Nations"}


def test_longer_names_of_states_and_un_offices_win() -> None:
    text = (
        "A medical unit serves with the UN Mission in South Sudan; the UN Department of "
        "Political and Peacebuilding Affairs (DPPA) and the UN Regional Centre for Preventive "
        "Diplomacy for Central Asia took part."
    )
    assert [(hit.name, hit.code, hit.text) for hit in find_names(text, 0, len(text))] == [
        ("United Nations", "UN", "UN"),
        ("South Sudan", "SSD", "South Sudan"),
        (
            "UN Department of Political and Peacebuilding Affairs",
            "DPPA",
            "UN Department of Political and Peacebuilding Affairs",
        ),
        ("UN Department of Political and Peacebuilding Affairs", "DPPA", "DPPA"),
        (
            "UN Regional Centre for Preventive Diplomacy for Central Asia",
            "UNRCCA",
            "UN Regional Centre for Preventive Diplomacy for Central Asia",
        ),
    ]


def test_missions_named_after_their_host_keep_the_host_state() -> None:
    text = "UNIFIL, UNDOF and the UN Mission in South Sudan; the Commission on Narcotic Drugs."
    assert [(hit.name, hit.text) for hit in find_names(text, 0, len(text))] == [
        ("UN Interim Force in Lebanon", "UNIFIL"),
        ("UN Disengagement Observer Force", "UNDOF"),
        ("United Nations", "UN"),
        ("South Sudan", "South Sudan"),
        ("UN Commission on Narcotic Drugs", "Commission on Narcotic Drugs"),
    ]
