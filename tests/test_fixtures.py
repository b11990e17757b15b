"""The curated gazetteer in fixtures/ parses, is consistent, and covers the gold annotations."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from statements.extraction import extract
from statements.extraction.actors import ActorIndex, normalise_quotes
from statements.extraction.results import (
    ActorEntry,
    EventEntry,
    Gazetteer,
    actor_entry_from_dict,
    event_entry_from_dict,
)
from statements.extraction.roles import (
    body_of_country,
    body_of_official,
    office_holder,
    role_holder,
)
from statements.models import ActorKind, normalize_alias

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
GOLD_DIR = REPO.parent / "shared" / "gold"
PRECISIONS = {"day", "month", "year"}


@pytest.fixture(scope="module")
def actors() -> list[ActorEntry]:
    raw = json.loads((FIXTURES / "actors.json").read_text("utf-8"))
    return [actor_entry_from_dict(d) for d in raw]


@pytest.fixture(scope="module")
def events() -> list[EventEntry]:
    raw = json.loads((FIXTURES / "events.json").read_text("utf-8"))
    return [event_entry_from_dict(d) for d in raw]


def test_gazetteer_loads_both_files():
    gazetteer = Gazetteer.from_files(FIXTURES / "actors.json", FIXTURES / "events.json")
    assert len(gazetteer.actors) >= 60
    assert len(gazetteer.events) >= 15


def test_actor_names_are_unique(actors):
    names = [normalize_alias(a.name) for a in actors]
    assert len(names) == len(set(names))


def test_actor_kinds_are_model_choices(actors):
    valid = set(ActorKind.values)
    assert {a.kind for a in actors} <= valid


def test_every_actor_has_an_affiliation_and_role(actors):
    assert [a.name for a in actors if not a.affiliation or not a.role] == []


def test_no_alias_belongs_to_two_actors(actors):
    owner: dict[str, str] = {}
    clashes = []
    for actor in actors:
        for form in {normalize_alias(v) for v in (actor.name, *actor.aliases)}:
            if form in owner and owner[form] != actor.name:
                clashes.append((form, owner[form], actor.name))
            owner.setdefault(form, actor.name)
    assert clashes == []


def test_transliteration_variants_resolve_to_one_person(actors):
    by_alias = {normalize_alias(v): a.name for a in actors for v in (a.name, *a.aliases)}
    assert by_alias["zelenskyy"] == "Volodymyr Zelensky"
    assert by_alias["vladimir zelensky"] == "Volodymyr Zelensky"
    assert by_alias["valerii zaluzhnyi"] == "Valery Zaluzhny"
    assert by_alias["syrsky"] == "Oleksandr Syrskyi"
    assert by_alias["kiev"] == "Government of Ukraine"
    assert by_alias["moscow"] == "Russian government"
    assert "johnson" not in by_alias  # ambiguous surnames stay out
    assert "the president" not in by_alias


def test_wikidata_ids_are_well_formed(actors):
    bad = [a.name for a in actors if a.wikidata_id and not a.wikidata_id[1:].isdigit()]
    assert bad == []


def test_event_slugs_are_unique_and_dates_ordered(events):
    slugs = [e.slug for e in events]
    assert len(slugs) == len(set(slugs))
    assert [e.slug for e in events if e.ends_on and e.ends_on < e.starts_on] == []
    assert {e.precision for e in events} <= PRECISIONS
    assert all(e.keywords for e in events)


def test_key_events_are_dated(events):
    by_slug = {e.slug: e.starts_on.isoformat() for e in events}
    assert by_slug["full-scale-invasion"] == "2022-02-24"
    assert by_slug["istanbul-talks-2022"] == "2022-03-29"
    assert by_slug["kursk-offensive"] == "2024-08-06"


def _gold_files() -> list[Path]:
    assert GOLD_DIR.is_dir(), f"no gold annotations at {GOLD_DIR} (../shared beside the checkout)"
    return sorted(GOLD_DIR.glob("*.json"))


def test_every_gold_speaker_is_a_canonical_actor(actors):
    names = {a.name for a in actors}
    speakers = {
        s["speaker"]
        for path in _gold_files()
        for s in json.loads(path.read_text("utf-8"))["statements"]
        if s.get("speaker")
    }
    assert speakers, "the gold files name no speaker"
    assert sorted(speakers - names) == []


def test_every_gold_event_is_in_the_event_list(events):
    known = {(e.name, e.starts_on.isoformat()[:7]) for e in events}
    gold = {
        (e["name"], e["date"][:7])
        for path in _gold_files()
        for e in json.loads(path.read_text("utf-8")).get("events", [])
    }
    assert sorted(gold - known) == []


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        ("the Lithuanian president", dt.date(2023, 5, 1), "Gitanas Nausėda"),
        ("Japan's prime minister", dt.date(2023, 5, 1), "Fumio Kishida"),
        ("Japan's prime minister", dt.date(2025, 1, 10), "Shigeru Ishiba"),
        ("the Polish foreign minister", dt.date(2022, 6, 1), "Zbigniew Rau"),
        ("the Polish foreign minister", dt.date(2024, 6, 1), "Radosław Sikorski"),
        ("the Moldovan leader", dt.date(2024, 3, 1), "Maia Sandu"),
        ("the Italian leader", dt.date(2023, 3, 1), "Giorgia Meloni"),
        ("the German leader", dt.date(2024, 1, 1), "Olaf Scholz"),
        ("the Irish taoiseach", dt.date(2023, 6, 1), "Leo Varadkar"),
        ("the French foreign minister", dt.date(2023, 3, 1), "Catherine Colonna"),
        ("the Finnish president", dt.date(2024, 6, 1), "Alexander Stubb"),
        ("the Israeli defence minister", dt.date(2024, 3, 1), "Yoav Gallant"),
        ("the South African foreign minister", dt.date(2023, 1, 1), "Naledi Pandor"),
        ("the UAE president", dt.date(2023, 1, 1), "Mohamed bin Zayed"),
        ("the Serbian president", dt.date(2024, 6, 1), "Aleksandar Vučić"),
        ("the Argentine president", dt.date(2023, 6, 1), "Alberto Fernández"),
        ("the Argentine president", dt.date(2024, 6, 1), "Javier Milei"),
        ("the Syrian president", dt.date(2024, 6, 1), "Bashar al-Assad"),
        ("the Syrian president", dt.date(2025, 6, 1), "Ahmed al-Sharaa"),
        ("New Zealand's prime minister", dt.date(2023, 6, 1), "Chris Hipkins"),
        ("the Swiss foreign minister", dt.date(2024, 6, 1), "Ignazio Cassis"),
        ("the Slovak foreign minister", dt.date(2022, 6, 1), "Ivan Korčok"),
        ("the Slovak foreign minister", dt.date(2023, 6, 1), "Miroslav Wlachovský"),
        ("the Slovak foreign minister", dt.date(2024, 6, 1), "Juraj Blanár"),
        ("the Danish defence minister", dt.date(2022, 6, 1), "Morten Bødskov"),
        ("the Danish defence minister", dt.date(2024, 6, 1), "Troels Lund Poulsen"),
        ("the Portuguese prime minister", dt.date(2023, 6, 1), "António Costa"),
        ("the Bulgarian prime minister", dt.date(2022, 11, 1), "Galab Donev"),
        ("the Taiwanese defence minister", dt.date(2023, 6, 1), "Chiu Kuo-cheng"),
        ("the Brazilian defence minister", dt.date(2024, 6, 1), "José Múcio"),
        ("the Bulgarian defence minister", dt.date(2023, 6, 1), "Todor Tagarev"),
        ("the North Korean defence minister", dt.date(2025, 3, 1), "No Kwang Chol"),
    ],
)
def test_the_gazetteers_world_figures_hold_their_offices_on_the_day(phrase, day, holder):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert office_holder(phrase, index, day) == holder


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        ("the Kherson governor", dt.date(2022, 3, 1), "Hennadiy Lahuta"),
        ("the Kherson governor", dt.date(2023, 6, 1), "Oleksandr Prokudin"),
        ("the governor of the Sumy region", dt.date(2022, 6, 1), "Dmytro Zhyvytskyi"),
        ("the governor of the Sumy region", dt.date(2024, 6, 1), "Volodymyr Artiukh"),
        ("the Zaporizhzhia governor", dt.date(2022, 6, 1), "Oleksandr Starukh"),
        ("the Zaporizhzhia governor", dt.date(2024, 6, 1), "Ivan Fedorov"),
        ("the Donetsk governor", dt.date(2022, 6, 1), "Pavlo Kyrylenko"),
        ("the Donetsk governor", dt.date(2024, 6, 1), "Vadym Filashkin"),
        ("the Odesa governor", dt.date(2022, 6, 1), "Maksym Marchenko"),
        ("the Odesa governor", dt.date(2023, 9, 1), "Oleh Kiper"),
        ("the Khmelnytskyi governor", dt.date(2023, 9, 1), "Serhiy Tyurin"),
        ("the mayor of Zaporizhzhia", dt.date(2024, 9, 1), "Rehina Kharchenko"),
        ("the Volyn governor", dt.date(2025, 3, 1), "Ivan Rudnytskyi"),
        ("the Zakarpattia governor", dt.date(2023, 6, 1), "Viktor Mykyta"),
        ("the mayor of Odesa", dt.date(2023, 6, 1), "Hennadiy Trukhanov"),
        ("Ukraine's prosecutor general", dt.date(2022, 3, 1), "Iryna Venediktova"),
        ("Ukraine's prosecutor general", dt.date(2023, 6, 1), "Andriy Kostin"),
        ("the head of the SBU", dt.date(2022, 3, 1), "Ivan Bakanov"),
        ("the head of the SBU", dt.date(2024, 6, 1), "Vasyl Maliuk"),
        ("the Rostov governor", dt.date(2023, 6, 1), "Vasily Golubev"),
        ("the Rostov governor", dt.date(2025, 6, 1), "Yuri Slyusar"),
        ("the Crimea head", dt.date(2024, 6, 1), "Sergei Aksyonov"),
        ("the Wagner chief", dt.date(2023, 4, 1), "Yevgeny Prigozhin"),
        ("the governor of the Kyiv region", dt.date(2022, 4, 1), "Oleksandr Pavliuk"),
        ("the governor of the Kyiv region", dt.date(2023, 6, 1), "Ruslan Kravchenko"),
        ("the Poltava governor", dt.date(2024, 6, 1), "Filip Pronin"),
        ("the governor of the Chernivtsi region", dt.date(2023, 6, 1), "Ruslan Zaparaniuk"),
        ("the Luhansk governor", dt.date(2024, 6, 1), "Artem Lysohor"),
        ("the Sumy governor", dt.date(2023, 6, 1), "Volodymyr Artiukh"),
        ("the mayor of Lutsk", dt.date(2024, 6, 1), "Ihor Polishchuk"),
        ("Poland's interior minister", dt.date(2022, 6, 1), "Mariusz Kamiński"),
        ("the president of the UN General Assembly", dt.date(2024, 6, 1), "Dennis Francis"),
        ("the head of the BND", dt.date(2024, 6, 1), "Bruno Kahl"),
        ("the MI5 chief", dt.date(2023, 6, 1), "Ken McCallum"),
        ("the Black Sea Fleet commander", dt.date(2023, 6, 1), "Viktor Sokolov"),
    ],
)
def test_the_gazetteers_regional_and_service_heads_hold_their_offices_on_the_day(
    phrase, day, holder
):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert role_holder(phrase, index, day) == holder


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Kishida Fumio", "Fumio Kishida"),
        ("G. Nauseda", "Gitanas Nausėda"),
        ("Nauseda", "Gitanas Nausėda"),
        ("Maya Sandu", "Maia Sandu"),
        ("Szijjarto", "Péter Szijjártó"),
        ("Ms Meloni", "Giorgia Meloni"),
        ("Zhivitsky", "Dmytro Zhyvytskyi"),
        ("Synegubov", "Oleh Syniehubov"),
        ("Oleksii Kuleba", "Oleksiy Kuleba"),
        ("Vucic", "Aleksandar Vučić"),
        ("Milei", "Javier Milei"),
        ("Milley", "Mark Milley"),
        ("Sinirlioglu", "Feridun Sinirlioğlu"),
        ("Gen. Syrskyi", "Oleksandr Syrskyi"),
        ("Korcok", "Ivan Korčok"),
        ("Kaminski", "Mariusz Kamiński"),
    ],
)
def test_the_gazetteers_world_figures_are_found_by_their_variant_names(surface, name):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert index.lookup(surface) == name


def test_each_country_has_at_most_one_state_and_capitals_name_their_governments(actors):
    states = [a.affiliation for a in actors if a.kind == "state"]
    assert len(states) == len(set(states))
    by_alias = {normalize_alias(v): a.name for a in actors for v in (a.name, *a.aliases)}
    assert by_alias["new delhi"] == "Indian government"
    assert by_alias["tokyo"] == "Japanese government"
    assert by_alias["warsaw"] == "Polish government"
    assert by_alias["tbilisi"] == "Georgian government"
    assert by_alias["vatican"] == "Holy See"
    # A capital that is also another body's seat, or a name that ends a longer place name,
    # stays out: "Brussels" is the EU's, "Ireland" ends "Northern Ireland".
    assert by_alias["brussels"] != "Belgian government"
    assert "ireland" not in by_alias
    assert "mexico" not in by_alias
    # "Security Council" alone could be the UN's or Russia's.
    assert "security council" not in by_alias


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("India's Ministry of External Affairs", "Indian Foreign Ministry"),
        ("China's Foreign Ministry", "Chinese Foreign Ministry"),
        ("Japan's Defence Ministry", "Japanese Defense Ministry"),
        ("Quai d'Orsay", "French Foreign Ministry"),
        ("Federal Foreign Office", "German Foreign Ministry"),
        ("Global Affairs Canada", "Canadian Foreign Ministry"),
    ],
)
def test_foreign_and_defence_ministries_are_bodies_of_their_own(actors, surface, name):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert index.lookup(surface) == name
    assert index.kind_of(name) == "organisation"


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        ("the mayor of Mariupol", dt.date(2022, 4, 1), "Vadym Boichenko"),
        ("the mayor of Izium", dt.date(2022, 9, 20), "Valeriy Marchenko"),
        ("the mayor of Bucha", dt.date(2022, 4, 3), "Anatoliy Fedoruk"),
        ("the mayor of Nova Kakhovka", dt.date(2023, 6, 6), "Volodymyr Kovalenko"),
    ],
)
def test_frontline_mayors_hold_their_offices_on_the_day(phrase, day, holder):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert role_holder(phrase, index, day) == holder


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        (
            "the chairman of the House Foreign Affairs Committee",
            dt.date(2024, 6, 1),
            "Michael McCaul",
        ),
        ("the chairman of the House Foreign Affairs Committee", dt.date(2025, 6, 1), "Brian Mast"),
        ("the head of the Senate Foreign Relations Committee", dt.date(2024, 6, 1), "Ben Cardin"),
        ("Russia's ambassador to France", dt.date(2023, 6, 1), "Alexei Meshkov"),
        ("the governor of the Samara region", dt.date(2025, 6, 1), "Vyacheslav Fedorishchev"),
        ("the chief of the Polish General Staff", dt.date(2022, 6, 1), "Rajmund Andrzejczak"),
    ],
)
def test_committee_chairs_ambassadors_and_commanders_hold_their_offices_on_the_day(
    phrase, day, holder
):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert role_holder(phrase, index, day) == holder


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        # Former presidents, prime ministers and party "presidents" in the gazetteer do not
        # make the office ambiguous: the incumbent on the day is still the one holder.
        ("the Ukrainian president", None, "Volodymyr Zelensky"),
        ("Ukraine's defence minister", dt.date(2023, 3, 1), "Oleksii Reznikov"),
        ("the Italian prime minister", dt.date(2024, 3, 1), "Giorgia Meloni"),
        ("the French president", dt.date(2024, 3, 1), "Emmanuel Macron"),
        ("the German leader", dt.date(2024, 3, 1), "Olaf Scholz"),
        ("the Hungarian president", dt.date(2024, 6, 1), "Tamás Sulyok"),
        ("the Slovak defence minister", dt.date(2022, 6, 1), "Jaroslav Naď"),
    ],
)
def test_former_office_holders_leave_the_incumbent_the_one_holder(phrase, day, holder):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert office_holder(phrase, index, day) == holder


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Soeder", "Markus Söder"),
        ("Gurulev", "Andrei Gurulyov"),
        ("Kaczynski", "Jarosław Kaczyński"),
        ("Gerashchenko", None),  # two Herashchenkos: the bare surname names neither
        ("Anton Gerashchenko", "Anton Herashchenko"),
        ("Doctors Without Borders", "Médecins Sans Frontières"),
        ("RFE/RL", "Radio Free Europe/Radio Liberty"),
    ],
)
def test_new_voices_are_found_by_their_variant_names(surface, name):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert index.lookup(surface) == name


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        # Heads of state energy companies change: the tenures in the descriptions decide.
        ("the head of Ukrenergo", dt.date(2023, 3, 1), "Volodymyr Kudrytskyi"),
        ("the head of Ukrenergo", dt.date(2024, 12, 1), "Oleksiy Brecht"),
        ("the Ukrenergo head", dt.date(2025, 10, 20), "Vitalii Zaichenko"),
        ("the head of Naftogaz", dt.date(2022, 6, 1), "Yuriy Vitrenko"),
        ("the head of Naftogaz", dt.date(2023, 6, 1), "Oleksiy Chernyshov"),
        ("the head of Naftogaz", dt.date(2025, 10, 1), "Serhiy Koretskyi"),
        ("the mayor of Kursk", dt.date(2024, 8, 11), "Igor Kutsak"),
        ("the mayor of Kremenchuk", dt.date(2022, 6, 27), "Vitaliy Maletskyi"),
        # A Russian-installed head does not make the elected mayor ambiguous.
        ("the mayor of Mariupol", dt.date(2022, 4, 10), "Vadym Boichenko"),
        ("the Amnesty chief", dt.date(2022, 5, 6), "Agnès Callamard"),
        ("the deputy US ambassador to the UN", dt.date(2024, 11, 1), "Robert Wood"),
        ("the US ambassador to the UN", dt.date(2024, 11, 1), "Linda Thomas-Greenfield"),
        ("Russia's ambassador to South Korea", dt.date(2024, 11, 1), "Georgy Zinoviev"),
        ("the Indian Foreign Ministry spokesman", dt.date(2022, 10, 10), "Arindam Bagchi"),
        ("India's foreign ministry spokesperson", dt.date(2024, 6, 1), "Randhir Jaiswal"),
        ("the Tambov governor", dt.date(2023, 6, 1), "Maxim Egorov"),
        ("the Tambov governor", dt.date(2025, 1, 11), "Yevgeny Pervyshov"),
        ("the mayor of Bakhmut", dt.date(2022, 11, 1), "Oleksii Reva"),
    ],
)
def test_company_heads_mayors_and_envoys_from_real_pages_hold_their_offices(phrase, day, holder):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert role_holder(phrase, index, day) == holder


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        # Officials below the minister (a state minister, a top civil servant) leave the
        # minister the one holder.
        ("Japan's foreign minister", dt.date(2022, 9, 30), "Yoshimasa Hayashi"),
        ("India's foreign minister", dt.date(2022, 2, 25), "Subrahmanyam Jaishankar"),
        ("the South African foreign minister", dt.date(2023, 5, 18), "Naledi Pandor"),
        # The presidency's spokesperson is not the president.
        ("South Africa's president", dt.date(2023, 6, 1), "Cyril Ramaphosa"),
        ("Nigeria's foreign minister", dt.date(2022, 2, 26), "Geoffrey Onyeama"),
        ("Nigeria's foreign minister", dt.date(2024, 3, 29), "Yusuf Tuggar"),
    ],
)
def test_junior_officials_leave_the_minister_the_one_holder(phrase, day, holder):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert office_holder(phrase, index, day) == holder


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Vitaliy Zaichenko", "Vitalii Zaichenko"),
        ("Dmitry Sakharuk", "Dmytro Sakharuk"),
        ("Sergei Koretsky", "Serhiy Koretskyi"),
        ("Volodymyr Rohov", "Vladimir Rogov"),
        ("Markiyan Dmitrasevich", "Markiyan Dmytrasevych"),
        ("Mohamed Khaled Khiar", "Mohamed Khaled Khiari"),
        ("Agnes Callamard", "Agnès Callamard"),
        ("Lolwah al-Khater", "Lolwah Al Khater"),
        ("Kostyantyn Ivashchenko", "Konstantin Ivashchenko"),
        ("Oleg Ivashchenko", "Oleh Ivashchenko"),
        ("Ivashchenko", None),  # two Ivashchenkos: the bare surname names neither
        # Common surnames stay out: "Rafael Nadal" is not the mayor of Ternopil.
        ("Nadal", None),
        ("Serhiy Nadal", "Serhiy Nadal"),
        ("NIS", "South Korean National Intelligence Service"),
        ("South Korea's spy agency", "South Korean National Intelligence Service"),
    ],
)
def test_voices_of_real_pages_are_found_by_their_variant_names(surface, name):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert index.lookup(surface) == name


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        # A body's officials below its head (a programme's director, a regional director, a
        # general staff's chief) leave the head the one holder of "the X chief".
        ("the WHO chief", dt.date(2023, 6, 1), "Tedros Adhanom Ghebreyesus"),
        ("the UNICEF director", dt.date(2023, 6, 1), "Catherine Russell"),
        ("the head of Belarus", dt.date(2023, 6, 1), "Alexander Lukashenko"),
        ("the chief of the Belarusian General Staff", dt.date(2023, 6, 1), "Viktor Gulevich"),
    ],
)
def test_officials_below_a_bodys_head_leave_the_head_the_one_holder(phrase, day, holder):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert role_holder(phrase, index, day) == holder


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("The South African presidency", "Office of the President of South Africa"),
        ("Finland's presidential office", "Office of the President of Finland"),
        ("The Polish president's office", "Office of the President of Poland"),
    ],
)
def test_a_countrys_presidency_is_its_presidential_office(phrase, body):
    gazetteer = Gazetteer.from_files(FIXTURES / "actors.json")
    text = f"{phrase} said on Monday that the talks had been useful."
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 8)).statements
    assert s.speaker == body


def test_a_past_prime_minister_of_another_time_leaves_the_incumbent_the_one_holder():
    # A description giving the months of a prime minister's office in 1998 (or of a
    # separatist "prime minister" in 2014) does not make the office ambiguous today.
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert office_holder("the Russian prime minister", index, dt.date(2024, 6, 1)) == (
        "Mikhail Mishustin"
    )


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Semenikhin", "Artem Semenikhin"),
        ("Senovoz", "Eduard Senovoz"),
        ("Ivan Prykhodko", "Ivan Prikhodko"),
        ("Kodola", "Oleksandr Kodola"),
        ("Sienkevych", "Oleksandr Senkevych"),
        ("Navy of the Armed Forces of Ukraine", "Ukrainian Navy"),
        ("Rosenergoatom", "Rosenergoatom"),
        ("Marochko", "Andrei Marochko"),
        ("Yan Gagin", "Yan Gagin"),
        ("Operational Command South", "Southern Defence Forces of Ukraine"),
        ("Air Force Command of Ukraine", "Ukrainian Air Force"),
        ("Russia's FSB", "FSB"),
        ("Federal Air Transport Agency", "Rosaviatsia"),
        ("Ukrhydroenergo", "Ukrhydroenergo"),
        ("GTSOU", "Gas Transmission System Operator of Ukraine"),
        ("Khortytsia operational-strategic group", "Khortytsia group of forces"),
        ("Saiuk", "Oleksandr Saiuk"),
        ("Brechalov", "Alexander Brechalov"),
        ("Poland's Operational Command", "Polish Armed Forces Operational Command"),
        # Two Kravchenkos (Ukraine's prosecutor general, Novorossiysk's mayor): the bare
        # surname names neither.
        ("Kravchenko", None),
        ("Andrey Kravchenko", "Andrei Kravchenko"),
        ("Bratchuk Sergey", "Serhiy Bratchuk"),
        ("Ukraine's Ministry of Agriculture", "Ukrainian Agrarian Policy Ministry"),
        ("68th Separate Hunting Brigade", "68th Separate Jaeger Brigade"),
        ("Ukrainian military's General Staff", "General Staff of Ukraine"),
    ],
)
def test_local_officials_and_bodies_are_found_by_their_variant_names(surface, name):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert index.lookup(surface) == name


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        # Tenures with months: the successor holds the office from the month it changed hands.
        ("Ukraine's interior minister", dt.date(2022, 6, 1), "Denys Monastyrskyi"),
        ("Ukraine's interior minister", dt.date(2023, 6, 1), "Ihor Klymenko"),
        ("the Slovak prime minister", dt.date(2023, 6, 1), "Ľudovít Ódor"),
        ("the Kursk governor", dt.date(2023, 6, 1), "Roman Starovoit"),
        ("Russia's transport minister", dt.date(2025, 11, 1), "Andrei Nikitin"),
        ("the head of the Office of the President", dt.date(2025, 6, 1), "Andriy Yermak"),
        ("the Polish president", dt.date(2025, 11, 1), "Karol Nawrocki"),
        ("the Kyiv region governor", dt.date(2024, 6, 1), "Ruslan Kravchenko"),
        ("the Kyiv region governor", dt.date(2025, 11, 1), "Mykola Kalashnyk"),
        ("the Stavropol governor", dt.date(2025, 6, 14), "Vladimir Vladimirov"),
        ("the mayor of Nikopol", dt.date(2023, 5, 12), "Oleksandr Saiuk"),
        # The January 2026 reshuffle
        ("Ukraine's defence minister", dt.date(2025, 11, 1), "Denys Shmyhal"),
        ("Ukraine's defence minister", dt.date(2026, 6, 1), "Mykhailo Fedorov"),
        ("Ukraine's energy minister", dt.date(2026, 6, 1), "Denys Shmyhal"),
        ("the head of Ukrainian military intelligence", dt.date(2025, 6, 1), "Kyrylo Budanov"),
        ("the head of Ukrainian military intelligence", dt.date(2026, 6, 1), "Oleh Ivashchenko"),
        ("the head of the Office of the President", dt.date(2026, 6, 1), "Kyrylo Budanov"),
        ("the head of the SBU", dt.date(2025, 6, 1), "Vasyl Maliuk"),
        ("the head of the SBU", dt.date(2026, 6, 1), "Yevhen Khmara"),
        ("the Dnipropetrovsk governor", dt.date(2025, 6, 1), "Serhiy Lysak"),
        ("the Dnipropetrovsk governor", dt.date(2025, 11, 1), "Vladyslav Haivanenko"),
        ("the Dnipropetrovsk governor", dt.date(2026, 6, 1), "Oleksandr Hanzha"),
        ("the Poltava governor", dt.date(2026, 6, 1), "Vitalii Diakivnych"),
        ("the Ternopil governor", dt.date(2025, 6, 1), "Viacheslav Nehoda"),
        (
            "the head of Ukraine's Foreign Intelligence Service",
            dt.date(2025, 6, 1),
            "Oleh Ivashchenko",
        ),
        ("the Hungarian prime minister", dt.date(2025, 6, 1), "Viktor Orbán"),
        ("the Hungarian prime minister", dt.date(2026, 6, 1), "Péter Magyar"),
        ("the Dutch prime minister", dt.date(2026, 6, 1), "Rob Jetten"),
        ("the Moldovan prime minister", dt.date(2026, 1, 10), "Alexandru Munteanu"),
        ("the US ambassador to the UN", dt.date(2025, 6, 1), "Dorothy Shea"),
        ("the US ambassador to the UN", dt.date(2025, 11, 1), "Mike Waltz"),
        ("the Portuguese president", dt.date(2026, 6, 1), "António José Seguro"),
        ("the Czech foreign minister", dt.date(2025, 6, 1), "Jan Lipavský"),
        ("the Czech foreign minister", dt.date(2026, 6, 1), "Petr Macinka"),
        ("the Romanian foreign minister", dt.date(2025, 11, 1), "Oana Țoiu"),
    ],
)
def test_offices_that_changed_hands_have_one_holder_on_the_day(phrase, day, holder):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert (office_holder(phrase, index, day) or role_holder(phrase, index, day)) == holder


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("The Sumy Oblast Military Administration", "Sumy Regional Military Administration"),
        ("The Zaporizhzhya RMA", "Zaporizhzhia Regional Military Administration"),
        ("The Kharkiv Regional State Administration", "Kharkiv Regional Military Administration"),
    ],
)
def test_a_regions_military_administration_is_one_body_whatever_its_english_name(phrase, body):
    gazetteer = Gazetteer.from_files(FIXTURES / "actors.json")
    text = f"{phrase} said on Monday that two houses had been damaged."
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 6)).statements
    assert s.speaker == body


def test_a_separatist_republics_former_diplomat_leaves_russias_foreign_minister_one_holder():
    # A description naming a separatist "republic's" foreign affairs must not read as a
    # second holder of Russia's foreign ministry.
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert office_holder("Russia's foreign minister", index, dt.date(2024, 6, 1)) == "Sergei Lavrov"


# The countries that speak about the war: each has its government, foreign ministry and
# defence ministry as bodies of their own.
_SPEAKING_COUNTRIES = [
    "Austria",
    "Belgium",
    "Bulgaria",
    "Croatia",
    "Cyprus",
    "Denmark",
    "Estonia",
    "Finland",
    "France",
    "Germany",
    "Greece",
    "Hungary",
    "Ireland",
    "Italy",
    "Latvia",
    "Lithuania",
    "Luxembourg",
    "Malta",
    "Netherlands",
    "Poland",
    "Portugal",
    "Romania",
    "Slovakia",
    "Slovenia",
    "Spain",
    "Sweden",
    "Albania",
    "Canada",
    "Iceland",
    "Montenegro",
    "Norway",
    "Turkey",
    "Argentina",
    "Australia",
    "Brazil",
    "China",
    "India",
    "Indonesia",
    "Japan",
    "Mexico",
    "Armenia",
    "Azerbaijan",
    "Belarus",
    "Georgia",
    "Kazakhstan",
    "Kyrgyzstan",
    "Moldova",
    "Tajikistan",
    "Turkmenistan",
    "Uzbekistan",
    "Qatar",
    "Kuwait",
    "Bahrain",
    "Oman",
    "Israel",
    "Iran",
    "Pakistan",
    "Malaysia",
    "Vietnam",
    "Egypt",
    "Kenya",
    "Nigeria",
    "Ethiopia",
    "Algeria",
    "Morocco",
    "Serbia",
    "Switzerland",
    "Russia",
    "Ukraine",
] + [
    "Czech Republic",
    "North Macedonia",
    "United Kingdom",
    "Saudi Arabia",
    "South Africa",
    "South Korea",
    "United Arab Emirates",
    "North Korea",
]


def test_each_speaking_country_has_its_government_and_ministries(actors):
    roles = {(a.affiliation, a.role) for a in actors if a.kind in ("state", "organisation")}
    states = {a.affiliation for a in actors if a.kind == "state"}
    missing = [
        (country, body)
        for country in _SPEAKING_COUNTRIES
        if country != "United Kingdom"  # its foreign ministry's role is its own name (FCDO)
        for body in ("Ministry of Foreign Affairs", "Ministry of Defence")
        if not any(aff == country and role.startswith(f"{body} of ") for aff, role in roles)
    ] + [(country, "state") for country in _SPEAKING_COUNTRIES if country not in states]
    assert missing == []


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("Pakistan's foreign ministry", "Pakistani Foreign Ministry"),
        ("The Pakistani Foreign Office", "Pakistani Foreign Ministry"),
        ("A spokesperson for the Turkish foreign ministry", "Turkish Foreign Ministry"),
        ("Pakistan's Defence Ministry", "Pakistani Defense Ministry"),
        ("The Spanish Defence Ministry", "Spanish Defense Ministry"),
        ("Greece's foreign ministry", "Greek Foreign Ministry"),
        ("The Kuwaiti foreign ministry", "Kuwaiti Foreign Ministry"),
        ("Morocco's foreign ministry", "Moroccan Foreign Ministry"),
        ("Qatar's foreign affairs ministry", "Qatari Foreign Ministry"),
        ("The Swiss Federal Department of Foreign Affairs", "Swiss Foreign Ministry"),
        ("India's MEA", "Indian Foreign Ministry"),
        ("The Israeli prime minister's office", "Office of the Prime Minister of Israel"),
        ("The Argentine presidency", "Office of the President of Argentina"),
        ("The IDF", "Israel Defense Forces"),
        ("A spokesman for the Algerian foreign ministry", "Algerian Foreign Ministry"),
        ("The China Foreign Ministry", "Chinese Foreign Ministry"),
        ("The Pakistan Defence Ministry", "Pakistani Defense Ministry"),
        ("The Vatican press office", "Holy See Press Office"),
        ("The German Chancellery", "Office of the Chancellor of Germany"),
        ("Palazzo Chigi", "Office of the Prime Minister of Italy"),
        ("South Korea's Joint Chiefs of Staff", "South Korean Joint Chiefs of Staff"),
    ],
)
def test_a_countrys_ministry_or_office_speaks_as_that_body(phrase, body):
    gazetteer = Gazetteer.from_files(FIXTURES / "actors.json")
    text = f"{phrase} said on Monday that the talks had been useful."
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 8)).statements
    assert s.speaker == body


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("Pakistan's Foreign Office", "Pakistani Foreign Ministry"),
        ("Kuwait's defence ministry", "Kuwaiti Defense Ministry"),
        ("the Netherlands' defence ministry", "Dutch Defense Ministry"),
        ("Morocco's foreign affairs ministry", "Moroccan Foreign Ministry"),
        ("Japan's prime minister's office", "Office of the Prime Minister of Japan"),
        ("Israel's military", "Israel Defense Forces"),
    ],
)
def test_a_countrys_possessive_names_its_own_body(phrase, body):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert body_of_country(phrase, index) == body


@pytest.mark.parametrize(
    ("mention", "body"),
    [
        ("a Pakistani foreign ministry official", "Pakistani Foreign Ministry"),
        ("Greek defence ministry sources", "Greek Defense Ministry"),
        ("a Kuwaiti foreign ministry spokesman", "Kuwaiti Foreign Ministry"),
        ("a top Israeli general", "Israel Defense Forces"),
        ("a senior Belarusian general", "Belarusian Armed Forces"),
    ],
)
def test_unnamed_officials_of_a_countrys_ministry_speak_for_it(mention, body):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert body_of_official(mention, index) == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A body named without its country under another country's dateline is that country's.
        ("ISLAMABAD: The Foreign Office spokesperson said the talks had been useful.",
         "Pakistani Foreign Ministry"),
        ("ANKARA, May 8 (Reuters) - The Foreign Office said the talks had been useful.",
         "Turkish Foreign Ministry"),
        ("KYIV (Reuters) - The Defence Ministry said the talks had been useful.",
         "Ukrainian Defense Ministry"),
        # Under its own country's dateline, or none, the name keeps its usual owner.
        ("LONDON (Reuters) - The Foreign Office said the talks had been useful.",
         "UK Foreign Office"),
        ("The Foreign Office said the talks had been useful.", "UK Foreign Office"),
    ],
)  # fmt: skip
def test_a_body_named_without_its_country_is_the_datelines_countrys(text, body):
    gazetteer = Gazetteer.from_files(FIXTURES / "actors.json")
    [s] = extract(text + "\n", gazetteer=gazetteer, published=dt.date(2024, 5, 8)).statements
    assert s.speaker == body


@pytest.mark.parametrize(
    "phrase", ["Russia's main intelligence agency", "Russia’s main domestic security agency"]
)
def test_a_wire_services_description_of_the_fsb_is_the_fsb(phrase):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    text = normalise_quotes(f"{phrase} said on Monday that the mines had drifted.")
    assert [m.actor for m in index.known_mentions(text, 0, len(text))] == ["FSB"]


@pytest.mark.parametrize(
    ("phrase", "holder"),
    [
        ("the head of the DPR", "Denis Pushilin"),
        ("the head of the Donetsk People's Republic", "Denis Pushilin"),
        ("the head of the LPR", "Leonid Pasechnik"),
    ],
)
def test_the_heads_of_the_separatist_republics_are_the_gazetteers(phrase, holder):
    index = ActorIndex(Gazetteer.from_files(FIXTURES / "actors.json"))
    assert role_holder(phrase, index, dt.date(2022, 6, 1)) == holder
