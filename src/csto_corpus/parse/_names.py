"""The grammatical gender of a person's name, where the name itself tells it.

``she`` cannot refer to Sergei Lavrov, nor ``his`` to Olga Ivanova. The name tells the
gender through the endings of East Slavic and Central Asian surnames (``-ova``, ``-eva``,
``-skaya`` for women; ``-ov``, ``-ev``, ``-sky`` for men) and through lists of common first
names. Anything else is unknown (None): a first name's ending alone is not enough (``Ara``,
``Luca`` and ``Nikita`` are men's names), nor are names whose parts disagree.
This is general knowledge of names, not of any page.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["Gender", "name_gender", "pronoun_gender"]

Gender = Literal["f", "m"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Surname endings of women (East Slavic and Central Asian forms, Polish ``-ska``).
_FEMALE_SURNAME_ENDINGS = ("ova", "eva", "yova", "skaya", "tskaya", "ska")
#: Surname endings of men.
_MALE_SURNAME_ENDINGS = ("ov", "ev", "yev", "sky", "skiy", "skii", "ski", "ovich", "evich")
#: Common women's first names.
_FEMALE_NAMES = _words(
    """
    ingrid karin aigerim aizhan aigul gulnar zhanar dinara ann anne catherine helen alice
    agnes caroline christine claire ruth sarah susan jane judith kathleen mary michelle
    nicole rachel rose ellen esther carmen isabel ines beatrice margaret elizabeth rosemary
    lyubov nadezhda svetlana tatiana tatyana natalia nataliya olga irina elena yelena galina
    marina valentina ekaterina yekaterina lyudmila ludmila larisa anastasia yulia daria
    kseniya ksenia maria mariya anna alla zhanna zarina madina gulnara saule asel aliya
    nazira roza raisa nargiz leyla leila amina fatima malika dilnoza gulshan shahnoza
    mehriban ashley emily laura sophie julie marie louise brigitte monique nathalie
    alessandra lucia katarina katharina kristina christina cristina barbara paula sandra
    monica patricia teresa sofia sophia julia victoria angela diana elisa eva gabriela
    helena hanna hannah ivana jana johanna karolina lena lisa martina nina petra rita
    silvia simona vera veronika ana adriana carla clara emma erika ewa fiona gloria linda
    marta nadia nora olivia rebecca rosa sara ursula joyce amal rania
    """
)
#: Common men's first names.
_MALE_NAMES = _words(
    """
    sergei sergey alexander aleksandr alexei alexey aleksei andrei andrey anatoly anatoli
    anton arkady artem artyom boris denis dmitry dmitri egor yegor evgeny yevgeny gennady
    georgy grigory igor ivan kirill konstantin leonid maxim maksim mikhail nikolai nikolay
    oleg pavel petr pyotr roman ruslan stanislav stepan timur valery valeri vasily
    viktor victor vitaly vladimir vladislav vyacheslav yuri yury zurab askar nurlan kairat
    yerzhan erlan bolat marat talgat aidar azamat bakhtiyor sirojiddin farhod rustam
    jamshid sherali imomali emomali sadyr kubanychbek almazbek jeenbek ramil ravil rashid
    nikol armen ashot aram tigran vahan grigor suren davit ilham elmar
    mikheil giorgi antonio antónio pierre john james michael peter paul david karl
    hans carlos juan jose josé luis miguel francesco giovanni marco kofi ban mohammed
    muhammad ahmed ali hassan omar tariq paolo alessandro stefano roberto giuseppe pedro
    jorge fernando manuel ricardo eduardo rafael thomas robert richard william george
    henrik lars erik jan jens stefan andreas martin frank klaus jean jacques francois
    françois philippe alain michel olivier
    """
)
_PRONOUNS: dict[str, Gender] = {
    "he": "m",
    "his": "m",
    "him": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


def name_gender(name: str) -> Gender | None:
    """``"f"`` or ``"m"`` where the name tells it, else None.

    >>> [name_gender(n) for n in ("Olga Ivanova", "Sergei Lavrov", "Ingrid Solberg")]
    ['f', 'm', 'f']
    >>> name_gender("Farhod Salimzoda"), name_gender("Ara Petrosyan"), name_gender("Oleg Ivanova")
    ('m', None, None)
    """
    words = name.split()
    parts = [part for part in (word.strip(".,").lower() for word in words) if len(part) > 1]
    if not parts:
        return None
    first, last = parts[0], parts[-1]
    by_first: Gender | None = None
    if first in _FEMALE_NAMES:
        by_first = "f"
    elif first in _MALE_NAMES:
        by_first = "m"
    by_last: Gender | None = None
    if len(words) > 1:  # a surname after a first name or an initial
        if last.endswith(_FEMALE_SURNAME_ENDINGS):
            by_last = "f"
        elif last.endswith(_MALE_SURNAME_ENDINGS):
            by_last = "m"
    if by_first is not None and by_last is not None and by_first != by_last:
        return None  # the parts disagree: read nothing into it
    return by_first or by_last


def pronoun_gender(pronoun: str) -> Gender | None:
    """The gender of a third-person pronoun, or None.

    >>> pronoun_gender("She"), pronoun_gender("his"), pronoun_gender("they")
    ('f', 'm', None)
    """
    return _PRONOUNS.get(pronoun.lower())
