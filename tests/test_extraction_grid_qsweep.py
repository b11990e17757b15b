"""A sample of the generated grid of direct quotations (helper qsweep): constructions
("Q," X said / said X / X said: "Q" / split / continued / run on over paragraphs / X: "Q" /
told <listener> / wrote on Telegram / added) crossed with appositions, relative clauses, times,
settings, adverbs, quotation marks, endings and openers, for full names, surnames, roles, bodies
and pronouns. Every sentence is invented; each case asserts speaker, kind and text exactly."""

import datetime as dt

import pytest

from statements.extraction import ActorEntry, Gazetteer, extract

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry(
            "Pavel Orlov",
            role="Foreign minister of Russia",
            affiliation="Russia",
            aliases=("Orlov",),
        ),
        ActorEntry(
            "Taras Hnatyuk",
            role="Foreign minister of Ukraine",
            affiliation="Ukraine",
            aliases=("Hnatyuk",),
        ),
        ActorEntry(
            "Oleg Serov", role="Kremlin spokesman", affiliation="Russia", aliases=("Serov",)
        ),
        ActorEntry(
            "Irina Volkova",
            role="Russian Foreign Ministry spokeswoman",
            affiliation="Russia",
            aliases=("Volkova",),
        ),
        ActorEntry(
            "Russian Defense Ministry",
            kind="organisation",
            role="Ministry of Defence of the Russian Federation",
            aliases=("Russian Defence Ministry", "Russian Ministry of Defence"),
        ),
        ActorEntry("Government of Ukraine", kind="state", aliases=("Kyiv", "Ukraine")),
        ActorEntry("Russian government", kind="state", aliases=("Russia", "Moscow")),
    )
)

CASES = [
    pytest.param(
        "«The Examplograd bridge will be rebuilt within a year,» Ukraine's foreign minister predicted.",
        [("Taras Hnatyuk", "direct", "The Examplograd bridge will be rebuilt within a year,")],
        id="post-m_guill-role",
    ),
    pytest.param(
        "“Why should we trust their envoys a third time?” Russian Foreign Minister Pavel Orlov hinted.",
        [("Pavel Orlov", "direct", "Why should we trust their envoys a third time?")],
        id="post-e_q-full",
    ),
    pytest.param(
        "“The ninth sanctions package will hurt the tanker fleet of Examplia,” recounted Russian Foreign Minister Pavel Orlov late on Sunday.",
        [
            (
                "Pavel Orlov",
                "direct",
                "The ninth sanctions package will hurt the tanker fleet of Examplia,",
            )
        ],
        id="inv-t_late-full",
    ),
    pytest.param(
        '"Nobody will redraw the map of Examplia by force," clarified Ukraine\'s foreign minister.',
        [("Taras Hnatyuk", "direct", "Nobody will redraw the map of Examplia by force,")],
        id="inv-m_straight-role",
    ),
    pytest.param(
        "The Russian Defence Ministry countered: “The pontoon bridge at Examplograd held for nine days.”",
        [
            (
                "Russian Defense Ministry",
                "direct",
                "The pontoon bridge at Examplograd held for nine days.",
            )
        ],
        id="colon-plain-body",
    ),
    pytest.param(
        "Ukraine's foreign minister later reconfirmed: “Our gunners hit eleven of the fourteen drones over Examplograd.”",
        [
            (
                "Taras Hnatyuk",
                "direct",
                "Our gunners hit eleven of the fourteen drones over Examplograd.",
            )
        ],
        id="colon-adv_later-role",
    ),
    pytest.param(
        "The Russian Defence Ministry exclaimed, “We will never hand over the Examplograd dam!”",
        [("Russian Defense Ministry", "direct", "We will never hand over the Examplograd dam!")],
        id="comma-e_excl-body",
    ),
    pytest.param(
        "The Russian Defence Ministry clarified, 'The shelling of the grain port must end before the talks in Examplograd.'",
        [
            (
                "Russian Defense Ministry",
                "direct",
                "The shelling of the grain port must end before the talks in Examplograd.",
            )
        ],
        id="comma-m_sstraight-body",
    ),
    pytest.param(
        "Taras Hnatyuk, Ukraine's foreign minister, arrived in Examplograd on Monday for grain talks. “Why should we trust their envoys a third time?” the foreign minister added. “We expect an answer from our partners by Friday.”",
        [
            ("Taras Hnatyuk", "direct", "Why should we trust their envoys a third time?"),
            ("Taras Hnatyuk", "direct", "We expect an answer from our partners by Friday."),
        ],
        id="cont-e_q-role_bare",
    ),
    pytest.param(
        "“We have shells for the winter months but not for the thaw,” Ukraine's foreign minister, who met his counterpart on Monday, highlighted. “The decision belongs to the villagers of Examplograd.”",
        [
            (
                "Taras Hnatyuk",
                "direct",
                "We have shells for the winter months but not for the thaw,",
            ),
            ("Taras Hnatyuk", "direct", "The decision belongs to the villagers of Examplograd."),
        ],
        id="cont-relcl-role",
    ),
    pytest.param(
        "“The ninth sanctions package will hurt the tanker fleet of Examplia,” Russian Foreign Minister Pavel Orlov highlighted in a video address on Tuesday, “and we expect an answer from our partners by Friday.”",
        [
            (
                "Pavel Orlov",
                "direct",
                "The ninth sanctions package will hurt the tanker fleet of Examplia,",
            ),
            ("Pavel Orlov", "direct", "and we expect an answer from our partners by Friday."),
        ],
        id="split-s_video-full",
    ),
    pytest.param(
        "“The shelling of the grain port must end before the talks in Examplograd,” Russian Foreign Minister Pavel Orlov admitted Tuesday, “and the decision belongs to the villagers of Examplograd.”",
        [
            (
                "Pavel Orlov",
                "direct",
                "The shelling of the grain port must end before the talks in Examplograd,",
            ),
            ("Pavel Orlov", "direct", "and the decision belongs to the villagers of Examplograd."),
        ],
        id="split-t_bare-full",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. 'The shelling of the grain port must end before the talks in Examplograd,' Orlov maintained.\n\n'The decision belongs to the villagers of Examplograd.'",
        [
            (
                "Pavel Orlov",
                "direct",
                "The shelling of the grain port must end before the talks in Examplograd,",
            ),
            ("Pavel Orlov", "direct", "The decision belongs to the villagers of Examplograd."),
        ],
        id="para-m_sstraight-surname",
    ),
    pytest.param(
        "“The shelling of the grain port must end before the talks in Examplograd,” Defence Minister Tomas Varga hinted in a statement.\n\n“The decision belongs to the villagers of Examplograd.”",
        [
            (
                "Tomas Varga",
                "direct",
                "The shelling of the grain port must end before the talks in Examplograd,",
            ),
            ("Tomas Varga", "direct", "The decision belongs to the villagers of Examplograd."),
        ],
        id="para-s_stmt-newname",
    ),
    pytest.param(
        "Defence Minister Tomas Varga: “Nobody will redraw the map of Examplia by force.”",
        [("Tomas Varga", "direct", "Nobody will redraw the map of Examplia by force.")],
        id="bare_colon-plain-newname",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. Orlov: “This is a crime against the farmers of Examplia!”",
        [("Pavel Orlov", "direct", "This is a crime against the farmers of Examplia!")],
        id="bare_colon-e_excl-surname",
    ),
    pytest.param(
        "Orlov: “Why should we trust their envoys a third time?”\n\nPavel Orlov spoke to reporters in Ankara on Monday after the talks.",
        [("Pavel Orlov", "direct", "Why should we trust their envoys a third time?")],
        id="headline-e_q-full",
    ),
    pytest.param(
        "Orlov: «Nobody in this building believes the offer is serious»\n\nPavel Orlov spoke to reporters in Ankara on Monday after the talks.",
        [("Pavel Orlov", "direct", "Nobody in this building believes the offer is serious")],
        id="headline-m_guill-full",
    ),
    pytest.param(
        "Russian Foreign Minister Pavel Orlov disclosed: «We have shells for the winter months but not for the thaw.\n\n«The decision belongs to the villagers of Examplograd.»",
        [
            ("Pavel Orlov", "direct", "We have shells for the winter months but not for the thaw."),
            ("Pavel Orlov", "direct", "The decision belongs to the villagers of Examplograd."),
        ],
        id="multi-m_guill-full",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. He specified on Tuesday: “We have shells for the winter months but not for the thaw.\n\n“The decision belongs to the villagers of Examplograd.”",
        [
            ("Pavel Orlov", "direct", "We have shells for the winter months but not for the thaw."),
            ("Pavel Orlov", "direct", "The decision belongs to the villagers of Examplograd."),
        ],
        id="multi-t_on-pronoun",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. He replied at a press conference in Examplograd the plan was “a reckless gamble” with the grain corridor.",
        [("Pavel Orlov", "mixed", "the plan was “a reckless gamble” with the grain corridor")],
        id="partial-s_conf-pronoun",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. But Orlov specified the plan was “a reckless gamble” with the grain corridor.",
        [("Pavel Orlov", "mixed", "the plan was “a reckless gamble” with the grain corridor")],
        id="partial-o_but-surname",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. However, Orlov told the Examplia Herald: “The shelling of the grain port must end before the talks in Examplograd.”",
        [
            (
                "Pavel Orlov",
                "direct",
                "The shelling of the grain port must end before the talks in Examplograd.",
            )
        ],
        id="told_colon-o_however-surname",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. He told lawmakers on Tuesday: “The pontoon bridge at Examplograd held for nine days.”",
        [("Pavel Orlov", "direct", "The pontoon bridge at Examplograd held for nine days.")],
        id="told_colon-t_on-pronoun",
    ),
    pytest.param(
        "«Nobody in this building believes the offer is serious,» Ukraine's foreign minister told lawmakers.",
        [("Taras Hnatyuk", "direct", "Nobody in this building believes the offer is serious,")],
        id="told_post-m_guill-role",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. “We have shells for the winter months but not for the thaw,” Orlov, who met his counterpart on Monday, told the Examplia Herald.",
        [("Pavel Orlov", "direct", "We have shells for the winter months but not for the thaw,")],
        id="told_post-relcl-surname",
    ),
    pytest.param(
        'Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. "The ninth sanctions package will hurt the tanker fleet of Examplia," Orlov wrote on Telegram.',
        [
            (
                "Pavel Orlov",
                "direct",
                "The ninth sanctions package will hurt the tanker fleet of Examplia,",
            )
        ],
        id="wrote-m_straight-surname",
    ),
    pytest.param(
        "“We have shells for the winter months but not for the thaw,” Russian Foreign Minister Pavel Orlov, the country's top diplomat, posted on X.",
        [("Pavel Orlov", "direct", "We have shells for the winter months but not for the thaw,")],
        id="wrote-appos-full",
    ),
    pytest.param(
        "The Russian Defence Ministry later added: “The shelling of the grain port must end before the talks in Examplograd.”",
        [
            (
                "Russian Defense Ministry",
                "direct",
                "The shelling of the grain port must end before the talks in Examplograd.",
            )
        ],
        id="added-adv_later-body",
    ),
    pytest.param(
        "Ukraine's foreign minister added late on Sunday: “We have shells for the winter months but not for the thaw.”",
        [("Taras Hnatyuk", "direct", "We have shells for the winter months but not for the thaw.")],
        id="added-t_late-role",
    ),
    pytest.param(
        "“Nobody will redraw the map of Examplia by force,” Russian Foreign Minister Pavel Orlov urged.",
        [("Pavel Orlov", "direct", "Nobody will redraw the map of Examplia by force,")],
        id="vpost-urged-full",
    ),
    pytest.param(
        "“The Examplograd bridge will be rebuilt within a year,” threatened Orlov.",
        [("Pavel Orlov", "direct", "The Examplograd bridge will be rebuilt within a year,")],
        id="vinv-threatened-surname",
    ),
    pytest.param(
        "Defence Minister Tomas Varga demanded: “The shelling of the grain port must end before the talks in Examplograd.”",
        [
            (
                "Tomas Varga",
                "direct",
                "The shelling of the grain port must end before the talks in Examplograd.",
            )
        ],
        id="vcolon-demanded-newname",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. “We have shells for the winter months but not for the thaw,” he wrote.",
        [("Pavel Orlov", "direct", "We have shells for the winter months but not for the thaw,")],
        id="vpron-wrote-pronoun",
    ),
    pytest.param(
        "“The pontoon bridge at Examplograd held for nine days,” Russian Foreign Minister Pavel Orlov, the country's top diplomat, said on Tuesday.",
        [("Pavel Orlov", "direct", "The pontoon bridge at Examplograd held for nine days,")],
        id="c_post-t1a1-full",
    ),
    pytest.param(
        "“The ninth sanctions package will hurt the tanker fleet of Examplia,” Defence Minister Jana Kovar, 58, said after meeting his Examplian counterpart, adding that the talks would resume in June.",
        [
            (
                "Jana Kovar",
                "direct",
                "The ninth sanctions package will hurt the tanker fleet of Examplia,",
            ),
            ("Jana Kovar", "indirect", "the talks would resume in June"),
        ],
        id="c_adding-t8a4-newname_f",
    ),
    pytest.param(
        "“We have shells for the winter months but not for the thaw. The decision belongs to the villagers of Examplograd,” Defence Minister Jana Kovar said in a televised address to the nation.",
        [
            (
                "Jana Kovar",
                "direct",
                "We have shells for the winter months but not for the thaw. The decision belongs to the villagers of Examplograd,",
            )
        ],
        id="c_multi_sent-t9a0-newname_f",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. “They call it a ‘special military operation’ but the villagers of Examplograd call it a war,” Orlov, 58, said in a statement on Telegram.",
        [
            (
                "Pavel Orlov",
                "direct",
                "They call it a ‘special military operation’ but the villagers of Examplograd call it a war,",
            )
        ],
        id="c_nested-t2a4-surname",
    ),
    pytest.param(
        "Defence Minister Jana Kovar visited the port city of Examplograd during a visit to Kharkiv. “Nobody in this building believes the offer is serious,” she said.",
        [("Jana Kovar", "direct", "Nobody in this building believes the offer is serious,")],
        id="c_pron_after-t7-newname_f",
    ),
    pytest.param(
        "Defence Minister Jana Kovar visited the port city of Examplograd during a visit to Kharkiv.\n\n“Nobody in this building believes the offer is serious,” she said.",
        [("Jana Kovar", "direct", "Nobody in this building believes the offer is serious,")],
        id="c_pron_para-t7-newname_f",
    ),
    pytest.param(
        "“Our gunners hit eleven of the fourteen drones over Examplograd,” Defence Minister Jana Kovar said on the margins of a grain summit in Examplograd.\n\n“Every village we lose costs us months to take back.”\n\n“The winter will decide a great deal on the front.”",
        [
            (
                "Jana Kovar",
                "direct",
                "Our gunners hit eleven of the fourteen drones over Examplograd,",
            ),
            ("Jana Kovar", "direct", "Every village we lose costs us months to take back."),
            ("Jana Kovar", "direct", "The winter will decide a great deal on the front."),
        ],
        id="c_para3-t10-newname_f",
    ),
    pytest.param(
        "“We have shells for the winter months but not for the thaw,” the Russian Defence Ministry told reporters.",
        [
            (
                "Russian Defense Ministry",
                "direct",
                "We have shells for the winter months but not for the thaw,",
            )
        ],
        id="c_told-t8-body",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. Orlov told the BBC: “The Examplograd bridge will be rebuilt within a year.”",
        [("Pavel Orlov", "direct", "The Examplograd bridge will be rebuilt within a year.")],
        id="c_told_colon-t10-surname",
    ),
    pytest.param(
        "“Nobody will redraw the map of Examplia by force” Defence Minister Jana Kovar said.",
        [("Jana Kovar", "direct", "Nobody will redraw the map of Examplia by force")],
        id="c_said_no_comma-t0-newname_f",
    ),
    pytest.param(
        "“We have shells for the winter months but not for the thaw,” Kremlin spokesman Oleg Serov said on the margins of a grain summit in Examplograd.\n\nBut Examplian Prime Minister Karel Dvorak disagreed. “The decision belongs to the villagers of Examplograd,” Dvorak said.",
        [
            ("Oleg Serov", "direct", "We have shells for the winter months but not for the thaw,"),
            ("Karel Dvorak", "direct", "The decision belongs to the villagers of Examplograd,"),
        ],
        id="c_two-t10-spokes",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. “The pontoon bridge at Examplograd held for nine days,” Orlov said during a visit to Kharkiv, referring to the attack on the dam.",
        [("Pavel Orlov", "direct", "The pontoon bridge at Examplograd held for nine days,")],
        id="c_referring-t7-surname",
    ),
    pytest.param(
        "“We have shells for the winter months but not for the thaw,” Defence Minister Jana Kovar said in a televised address to the nation as the talks entered a second day.",
        [("Jana Kovar", "direct", "We have shells for the winter months but not for the thaw,")],
        id="c_as-t9-newname_f",
    ),
    pytest.param(
        "On the margins of a grain summit in Examplograd, Defence Minister Jana Kovar said: “Our gunners hit eleven of the fourteen drones over Examplograd.”",
        [
            (
                "Jana Kovar",
                "direct",
                "Our gunners hit eleven of the fourteen drones over Examplograd.",
            )
        ],
        id="c_front-t10-newname_f",
    ),
    pytest.param(
        "Speaking on the margins of a grain summit in Examplograd, Ukraine's foreign minister said: “Nobody will redraw the map of Examplia by force.”",
        [("Taras Hnatyuk", "direct", "Nobody will redraw the map of Examplia by force.")],
        id="c_speaking-t10-role",
    ),
    pytest.param(
        "Tomas Varga, the Examplian defence minister, admitted: “Nobody will redraw the map of Examplia by force.\n\n“We expect an answer from our partners by Friday.\n\n“The winter will decide a great deal on the front.”",
        [
            ("Tomas Varga", "direct", "Nobody will redraw the map of Examplia by force."),
            ("Tomas Varga", "direct", "We expect an answer from our partners by Friday."),
            ("Tomas Varga", "direct", "The winter will decide a great deal on the front."),
        ],
        id="a_colon_paras-admitted-newname_m",
    ),
    pytest.param(
        "Russian Foreign Ministry spokeswoman Irina Volkova wrote on Telegram: “Our gunners hit eleven of the fourteen drones over Examplograd.”\n\n“Every village we lose costs us months to take back.”\n\n“Our partners know exactly which radars we need.”",
        [
            (
                "Irina Volkova",
                "direct",
                "Our gunners hit eleven of the fourteen drones over Examplograd.",
            ),
            ("Irina Volkova", "direct", "Every village we lose costs us months to take back."),
            ("Irina Volkova", "direct", "Our partners know exactly which radars we need."),
        ],
        id="a_colon_closed_paras-wrote_on_Telegram-female_known",
    ),
    pytest.param(
        "“Nobody will redraw the map of Examplia by force,” the Russian Defence Ministry wrote on Telegram.\n\n“We expect an answer from our partners by Friday.”\n\n“The winter will decide a great deal on the front.”",
        [
            (
                "Russian Defense Ministry",
                "direct",
                "Nobody will redraw the map of Examplia by force,",
            ),
            (
                "Russian Defense Ministry",
                "direct",
                "We expect an answer from our partners by Friday.",
            ),
            (
                "Russian Defense Ministry",
                "direct",
                "The winter will decide a great deal on the front.",
            ),
        ],
        id="a_post_paras-wrote_on_Telegram-body",
    ),
    pytest.param(
        "“The ninth sanctions package will hurt the tanker fleet of Examplia,” Russian Foreign Minister Pavel Orlov stressed. “We expect an answer from our partners by Friday.\n\n“The winter will decide a great deal on the front.”",
        [
            (
                "Pavel Orlov",
                "direct",
                "The ninth sanctions package will hurt the tanker fleet of Examplia,",
            ),
            ("Pavel Orlov", "direct", "We expect an answer from our partners by Friday."),
            ("Pavel Orlov", "direct", "The winter will decide a great deal on the front."),
        ],
        id="a_post_runon-stressed-full",
    ),
    pytest.param(
        "“Nobody will redraw the map of Examplia by force,” Kremlin spokesman Oleg Serov declared.\n\nThe talks in Geneva ended without a joint declaration.\n\n“The winter will decide a great deal on the front.”",
        [
            ("Oleg Serov", "direct", "Nobody will redraw the map of Examplia by force,"),
            ("Oleg Serov", "direct", "The winter will decide a great deal on the front."),
        ],
        id="a_bridge-declared-spokes",
    ),
    pytest.param(
        "Defence Minister Jana Kovar noted that the talks had stalled.\n\n“The winter will decide a great deal on the front.”",
        [
            ("Jana Kovar", "indirect", "the talks had stalled"),
            ("Jana Kovar", "direct", "The winter will decide a great deal on the front."),
        ],
        id="a_indirect_then-noted-newname_f",
    ),
    pytest.param(
        "“The Examplograd bridge will be rebuilt within a year,” Russian Foreign Minister Pavel Orlov noted.\n\n“Every village we lose costs us months to take back,” he added.\n\n“Our partners know exactly which radars we need,” he said.",
        [
            ("Pavel Orlov", "direct", "The Examplograd bridge will be rebuilt within a year,"),
            ("Pavel Orlov", "direct", "Every village we lose costs us months to take back,"),
            ("Pavel Orlov", "direct", "Our partners know exactly which radars we need,"),
        ],
        id="a_added_pron-noted-full",
    ),
    pytest.param(
        "“We have shells for the winter months but not for the thaw,” Kremlin spokesman Oleg Serov claimed.\n\nExamplian Prime Minister Karel Dvorak said the plan was unrealistic.\n\n“Nobody should expect quick results from the Examplograd talks,” he said.",
        [
            ("Oleg Serov", "direct", "We have shells for the winter months but not for the thaw,"),
            ("Karel Dvorak", "indirect", "the plan was unrealistic"),
            (
                "Karel Dvorak",
                "direct",
                "Nobody should expect quick results from the Examplograd talks,",
            ),
        ],
        id="a_two_speakers_pron-claimed-spokes",
    ),
    pytest.param(
        "“The ninth sanctions package will hurt the tanker fleet of Examplia,” the Russian Defence Ministry noted.\n\n“The winter will decide a great deal on the front,” the ministry said.",
        [
            (
                "Russian Defense Ministry",
                "direct",
                "The ninth sanctions package will hurt the tanker fleet of Examplia,",
            ),
            (
                "Russian Defense Ministry",
                "direct",
                "The winter will decide a great deal on the front,",
            ),
        ],
        id="a_short_ref-noted-body",
    ),
    pytest.param(
        "Tomas Varga, the Examplian defence minister, told reporters:\n\n“We have shells for the winter months but not for the thaw.”",
        [("Tomas Varga", "direct", "We have shells for the winter months but not for the thaw.")],
        id="a_colon_para_break-told_reporters-newname_m",
    ),
    pytest.param(
        "“The pontoon bridge at Examplograd held for nine days.” Defence Minister Jana Kovar said.",
        [("Jana Kovar", "direct", "The pontoon bridge at Examplograd held for nine days.")],
        id="a_full_stop_tag-said-newname_f",
    ),
    pytest.param(
        "Asked whether the talks would resume, Kremlin spokesman Oleg Serov wrote on Telegram: “The ninth sanctions package will hurt the tanker fleet of Examplia.”",
        [
            (
                "Oleg Serov",
                "direct",
                "The ninth sanctions package will hurt the tanker fleet of Examplia.",
            )
        ],
        id="a_asked-wrote_on_Telegram-spokes",
    ),
    pytest.param(
        "Defence Minister Jana Kovar, asked about the talks, argued: “We have shells for the winter months but not for the thaw.”",
        [("Jana Kovar", "direct", "We have shells for the winter months but not for the thaw.")],
        id="a_asked_appos-argued-newname_f",
    ),
    pytest.param(
        "“Nobody in this building believes the offer is serious,” Defence Minister Jana Kovar insisted when asked about the talks.",
        [("Jana Kovar", "direct", "Nobody in this building believes the offer is serious,")],
        id="a_when_asked-insisted-newname_f",
    ),
    pytest.param(
        "“The Examplograd bridge will be rebuilt within a year,” Russian Foreign Ministry spokeswoman Irina Volkova noted of the talks.",
        [("Irina Volkova", "direct", "The Examplograd bridge will be rebuilt within a year,")],
        id="a_of-noted-female_known",
    ),
    pytest.param(
        "“Nobody will redraw the map of Examplia by force,” Tomas Varga, the Examplian defence minister, stressed in remarks broadcast by state television.",
        [("Tomas Varga", "direct", "Nobody will redraw the map of Examplia by force,")],
        id="a_broadcast-stressed-newname_m",
    ),
    pytest.param(
        "“The shelling of the grain port must end before the talks in Examplograd,” Tomas Varga, the Examplian defence minister, conceded, according to Interfax.",
        [
            (
                "Tomas Varga",
                "direct",
                "The shelling of the grain port must end before the talks in Examplograd,",
            )
        ],
        id="a_according-conceded-newname_m",
    ),
    pytest.param(
        "“Nobody will redraw the map of Examplia by force,” Kremlin spokesman Oleg Serov was quoted as saying by Interfax.",
        [("Oleg Serov", "direct", "Nobody will redraw the map of Examplia by force,")],
        id="a_quoted_as-noted-spokes",
    ),
    pytest.param(
        "Tomas Varga, the Examplian defence minister, was quoted by Interfax as saying: “Our gunners hit eleven of the fourteen drones over Examplograd.”",
        [
            (
                "Tomas Varga",
                "direct",
                "Our gunners hit eleven of the fourteen drones over Examplograd.",
            )
        ],
        id="a_quoted_by-noted-newname_m",
    ),
    pytest.param(
        "“We have shells for the winter months but not for the thaw,” Kremlin spokesman Oleg Serov claimed, speaking through an interpreter.",
        [("Oleg Serov", "direct", "We have shells for the winter months but not for the thaw,")],
        id="a_interpreter-claimed-spokes",
    ),
    pytest.param(
        "“We have shells for the winter months but not for the thaw”, the Russian Defence Ministry argued.",
        [
            (
                "Russian Defense Ministry",
                "direct",
                "We have shells for the winter months but not for the thaw",
            )
        ],
        id="a_comma_outside-argued-body",
    ),
    pytest.param(
        "“We have shells for the winter months but not for the thaw,” Tomas Varga, the Examplian defence minister, told reporters on state television on Tuesday.",
        [("Tomas Varga", "direct", "We have shells for the winter months but not for the thaw,")],
        id="a_tv-told_reporters-newname_m",
    ),
    pytest.param(
        "“The pontoon bridge at Examplograd held for nine days. The convoy reached the city after a long delay. The next round of talks will take place in Examplograd,” Kremlin spokesman Oleg Serov conceded.",
        [
            (
                "Oleg Serov",
                "direct",
                "The pontoon bridge at Examplograd held for nine days. The convoy reached the city after a long delay. The next round of talks will take place in Examplograd,",
            )
        ],
        id="a_long_quote-conceded-spokes",
    ),
    pytest.param(
        "“We will see what the envoys bring next…” Russian Foreign Minister Pavel Orlov reconfirmed.",
        [("Pavel Orlov", "direct", "We will see what the envoys bring next…")],
        id="post-e_ell-full",
    ),
    pytest.param(
        "“Nobody will redraw the map of Examplia by force,” quipped Ukraine's foreign minister Tuesday.",
        [("Taras Hnatyuk", "direct", "Nobody will redraw the map of Examplia by force,")],
        id="inv-t_bare-role",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. He answered Tuesday, “We have shells for the winter months but not for the thaw.”",
        [("Pavel Orlov", "direct", "We have shells for the winter months but not for the thaw.")],
        id="comma-t_bare-pronoun",
    ),
    pytest.param(
        "Defence Minister Tomas Varga cautioned late on Sunday, “The pontoon bridge at Examplograd held for nine days.”",
        [("Tomas Varga", "direct", "The pontoon bridge at Examplograd held for nine days.")],
        id="comma-t_late-newname",
    ),
    pytest.param(
        "“We have shells for the winter months but not for the thaw,” the Russian Defence Ministry confirmed late on Sunday, “and the decision belongs to the villagers of Examplograd.”",
        [
            (
                "Russian Defense Ministry",
                "direct",
                "We have shells for the winter months but not for the thaw,",
            ),
            (
                "Russian Defense Ministry",
                "direct",
                "and the decision belongs to the villagers of Examplograd.",
            ),
        ],
        id="split-t_late-body",
    ),
    pytest.param(
        "The Russian Defence Ministry: “The ninth sanctions package will hurt the tanker fleet of Examplia.”",
        [
            (
                "Russian Defense Ministry",
                "direct",
                "The ninth sanctions package will hurt the tanker fleet of Examplia.",
            )
        ],
        id="bare_colon-plain-body",
    ),
    pytest.param(
        "“The talks may resume, or they may not…” Russian Foreign Minister Pavel Orlov told lawmakers.",
        [("Pavel Orlov", "direct", "The talks may resume, or they may not…")],
        id="told_post-e_ell-full",
    ),
    pytest.param(
        "“Nobody in this building believes the offer is serious,” vowed Orlov.",
        [("Pavel Orlov", "direct", "Nobody in this building believes the offer is serious,")],
        id="vinv-vowed-surname",
    ),
    pytest.param(
        "“The ninth sanctions package will hurt the tanker fleet of Examplia,” pledged Orlov.",
        [
            (
                "Pavel Orlov",
                "direct",
                "The ninth sanctions package will hurt the tanker fleet of Examplia,",
            )
        ],
        id="vinv-pledged-surname",
    ),
    pytest.param(
        "In an interview published on Sunday by the Examplia Herald, Russian Foreign Minister Pavel Orlov said: “We have shells for the winter months but not for the thaw.”",
        [("Pavel Orlov", "direct", "We have shells for the winter months but not for the thaw.")],
        id="c_front-t4-full",
    ),
    pytest.param(
        "Ukraine's foreign minister visited the port city of Examplograd on Tuesday. “Nobody in this building believes the offer is serious,” he said.",
        [("Taras Hnatyuk", "direct", "Nobody in this building believes the offer is serious,")],
        id="c_pron_after-t1-role",
    ),
    pytest.param(
        "“Our gunners hit eleven of the fourteen drones over Examplograd.” Russian Foreign Minister Pavel Orlov warned.",
        [
            (
                "Pavel Orlov",
                "direct",
                "Our gunners hit eleven of the fourteen drones over Examplograd.",
            )
        ],
        id="a_full_stop_tag-warned-full",
    ),
    pytest.param(
        "The Russian Defence Ministry said that the talks had stalled.\n\n“The next round of talks will take place in Examplograd.”",
        [
            ("Russian Defense Ministry", "indirect", "the talks had stalled"),
            (
                "Russian Defense Ministry",
                "direct",
                "The next round of talks will take place in Examplograd.",
            ),
        ],
        id="a_indirect_then-said-body",
    ),
    pytest.param(
        "“The ninth sanctions package will hurt the tanker fleet of Examplia!” Pavel Orlov exclaimed.",
        [
            (
                "Pavel Orlov",
                "direct",
                "The ninth sanctions package will hurt the tanker fleet of Examplia!",
            )
        ],
        id="exclaimed-exclaimed-full",
    ),
    pytest.param(
        "Jana Kovar put it bluntly: “We have shells for the winter months but not for the thaw.”",
        [("Jana Kovar", "direct", "We have shells for the winter months but not for the thaw.")],
        id="bluntly-bluntly-newname",
    ),
    pytest.param(
        "Pavel Orlov arrived in Examplograd on Monday for a round of grain talks. He summed up: “The ninth sanctions package will hurt the tanker fleet of Examplia.”",
        [
            (
                "Pavel Orlov",
                "direct",
                "The ninth sanctions package will hurt the tanker fleet of Examplia.",
            )
        ],
        id="summed-summed-pron",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_grid_case(text, expected):
    result = extract(text + "\n", gazetteer=GAZETTEER, published=dt.date(2025, 5, 9))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == expected
