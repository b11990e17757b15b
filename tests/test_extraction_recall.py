"""Extraction 1.5: reporting constructions that news prose uses and 1.4 missed, on sentences
written here (one test per mechanism, plus the narration that must stay narration)."""

from tests.test_extraction_statements import run


def statements(text):
    return [(s.speaker, s.kind, s.text) for s in run(text).statements]


def test_two_coordinated_reporting_verbs_give_two_statements():
    assert statements(
        "Zelensky claimed that the offensive had stalled, and said the army would hold the city."
    ) == [
        ("Volodymyr Zelensky", "indirect", "the offensive had stalled"),
        ("Volodymyr Zelensky", "indirect", "the army would hold the city"),
    ]
    assert statements(
        "Peskov claimed that the talks were over and said that Moscow would respond."
    ) == [
        ("Dmitry Peskov", "indirect", "the talks were over"),
        ("Dmitry Peskov", "indirect", "Moscow would respond"),
    ]


def test_present_tense_report_without_that():
    [(speaker, kind, said)] = statements("Peskov says he expects an answer from Washington soon.")
    assert (speaker, kind, said) == (
        "Dmitry Peskov",
        "indirect",
        "he expects an answer from Washington soon",
    )


def test_told_me_with_a_clause_and_a_relative_clause_on_the_subject():
    [s] = run(
        "Zakharova, who speaks for the ministry, told me the embassy will stay open, and that "
        "staff had been reduced."
    ).statements
    assert s.speaker == "Maria Zakharova"
    assert s.text.startswith("the embassy will stay open")
    assert "speaks for" not in s.text


def test_broadcast_quote_marker():
    [s] = run('Zelensky said, quote, "We are not going to give up the east."').statements
    assert (s.speaker, s.kind, s.text) == (
        "Volodymyr Zelensky",
        "direct",
        "We are not going to give up the east.",
    )


def test_declined_to_comment_telling_reporters_that():
    [s] = run(
        "Peskov declined to comment, telling reporters that “the president has said everything” "
        "on the matter."
    ).statements
    assert s.speaker == "Dmitry Peskov"
    assert s.kind == "mixed"
    assert s.text.startswith("“the president has said everything”")


def test_relative_clause_between_unnamed_subject_and_verb():
    [s] = run(
        "A senior U.S. official, who spoke on condition of anonymity to discuss the intelligence, "
        "said the battalions were moving north and that their orders were unclear."
    ).statements
    assert s.speaker == "US official"
    assert s.text.startswith("the battalions were moving north")


def test_background_in_a_relative_clause_is_narration():
    assert (
        statements("Slovakia, which had threatened to veto earlier packages, let this one pass.")
        == []
    )


def test_that_clause_then_adding_a_quote():
    for joint in (", adding, ", ", adding: "):
        found = statements(
            "Zelensky wrote on Telegram that most of the drones had been shot down over the "
            f"capital{joint}“We need more systems, and we need them now.”"
        )
        assert sorted(found) == [
            ("Volodymyr Zelensky", "direct", "We need more systems, and we need them now."),
            (
                "Volodymyr Zelensky",
                "indirect",
                "most of the drones had been shot down over the capital",
            ),
        ]


def test_called_the_move_a_quoted_verdict_and_accused():
    assert statements(
        "Foreign Ministry spokeswoman Maria Zakharova called the sanctions “another cynical act” "
        "and accused London of “stealing Russian assets”."
    ) == [
        ("Maria Zakharova", "mixed", "called the sanctions “another cynical act”"),
        ("Maria Zakharova", "mixed", "accused London of “stealing Russian assets”"),
    ]


def test_one_and_another_are_members_of_the_group_named_before():
    found = statements(
        "NATO diplomats were unimpressed.\n\n"
        "“It was theatre,” said one, who asked not to be named. "
        "“Nobody in the room took it seriously,” said another diplomat."
    )
    assert found == [
        ("NATO diplomats", "direct", "It was theatre,"),
        ("NATO diplomats", "direct", "Nobody in the room took it seriously,"),
    ]


def test_spokesman_quoted_him_as_saying():
    result = run(
        "Putin received the envoy on Thursday.\n\n"
        "“We have no reason to hurry,” his spokesman Dmitry Peskov quoted him as saying."
    )
    [s] = result.statements
    assert (s.speaker, s.kind, s.via) == ("Vladimir Putin", "direct", "Dmitry Peskov")


def test_one_official_said_is_one_of_the_officials_named_before():
    found = statements(
        "Two senior U.S. officials told reporters the talks had gone better than planned.\n\n"
        "One official said the other delegation was “more flexible than we thought.”"
    )
    assert [speaker for speaker, _, _ in found] == ["US officials", "US officials"]


def test_had_written_that():
    [s] = run("On Tuesday, Zelensky had written on Twitter that the delay was absurd.").statements
    assert (s.speaker, s.text) == ("Volodymyr Zelensky", "the delay was absurd")


def test_the_narrators_caveat_is_not_part_of_the_statement():
    for caveat in (", which could not be independently verified.", ". This could not be verified."):
        [s] = run(f"Zelensky said 20 drones were shot down overnight{caveat}").statements
        assert s.text == "20 drones were shot down overnight"


def test_a_bare_quotation_paragraph_after_a_persons_report_is_theirs():
    found = statements(
        "Olena Hrytsenko, an energy analyst in Kyiv, told the BBC that the grid would hold.\n\n"
        "“The repairs are fast now. The crews have learned a lot since the first winter.”"
    )
    assert found == [
        ("Olena Hrytsenko", "indirect", "the grid would hold"),
        (
            "Olena Hrytsenko",
            "direct",
            "The repairs are fast now. The crews have learned a lot since the first winter.",
        ),
    ]
    # A report that does not end its paragraph hands nothing on.
    found = statements(
        "Olena Hrytsenko told the BBC that the grid would hold. The night was quiet.\n\n"
        "“The repairs are fast now. The crews have learned a lot.”"
    )
    assert [speaker for speaker, _, _ in found] == ["Olena Hrytsenko"]
