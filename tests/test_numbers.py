import pytest

from csto_corpus.parse._numbers import find_quantities, number_value, ordinal_value


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("3,800", 3800),
        ("4 000", 4000),
        ("4\u00a0000", 4000),
        ("12\u202f500", 12500),
        ("3800", 3800),
        ("two thousand", 2000),
        ("1.5 thousand", 1500),
        ("2.25 thousand", 2250),
        ("twenty-five", 25),
        ("one hundred and fifty", 150),
        ("two thousand five hundred", 2500),
        ("seventeen", 17),
        ("1,250,000", 1250000),
    ],
)
def test_number_value(printed: str, value: int) -> None:
    assert number_value(printed) == value


@pytest.mark.parametrize("printed", ["2.5", "1.255 hundred", "thousands", "3.800"])
def test_number_value_rejects_non_integers(printed: str) -> None:
    assert number_value(printed) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 3,800 personnel", [(3800, True, "about 3,800")]),
        ("some 4 000 troops", [(4000, True, "some 4 000")]),
        ("two thousand servicemen", [(2000, False, "two thousand")]),
        ("nearly 500 peacekeepers", [(500, True, "nearly 500")]),
        ("over 1.5 thousand officers", [(1500, True, "over 1.5 thousand")]),
        ("More than 3,600 personnel", [(3600, True, "More than 3,600")]),
        ("around twenty-five units", [(25, True, "around twenty-five")]),
        ("exactly 120 servicemen", [(120, False, "120")]),
    ],
)
def test_find_quantities(text: str, expected: list[tuple[int, bool, str]]) -> None:
    assert [(q.value, q.approximate, q.text) for q in find_quantities(text)] == expected


def test_find_quantities_offsets_index_the_text() -> None:
    text = "The CPF has about 3,800 personnel and 2 000 more in reserve."
    found = find_quantities(text[4:], offset=4)
    assert [(text[q.start : q.end], text[q.number_start : q.end]) for q in found] == [
        ("about 3,800", "3,800"),
        ("2 000", "2 000"),
    ]


def test_symbols_and_dates_are_not_split_into_numbers() -> None:
    assert [q.value for q in find_quantities("A/RES/77/13 of 2022-11-21")] == []
    assert [q.value for q in find_quantities("resolutions 1624 and 2354")] == [1624, 2354]


@pytest.mark.parametrize(
    ("word", "rank"),
    [
        ("first", 1),
        ("Second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("twelfth", 12),
        ("1st", 1),
        ("2nd", 2),
        ("3rd", 3),
        ("4th", 4),
        ("11th", 11),
        ("Firstly", 1),
        ("secondly", 2),
        ("number one", 1),
        ("No. 2", 2),
        ("#3", 3),
        ("top", 1),
    ],
)
def test_ordinal_value(word: str, rank: int) -> None:
    assert ordinal_value(word) == rank


@pytest.mark.parametrize("word", ["priority", "firstborn", "one", "", "number"])
def test_ordinal_value_of_other_words(word: str) -> None:
    assert ordinal_value(word) is None


def test_long_adversarial_input_is_read() -> None:
    # Patterns are linear: long runs of digits, separators and number words finish.
    digits = "1 000 " * 5000 + "x"
    assert len(find_quantities(digits)) == 5000
    words = "one hundred and " * 3000 + "x"
    assert find_quantities(words)[0].value > 0
    assert find_quantities("1," * 20000 + "x") == []  # not groups of three: no number
