"""Pages that are one person's own words (the speech sweep): a speech, an address, press
remarks, a statement by an official, an op-ed or a letter in the first person, an unlabelled
interview, with no quotation marks and no reporting verbs. Each page form (a heading, an
introduction by the site, a title given only in the page's metadata, a byline or a note on the
author) crossed with page clutter, salutations, sign-offs and a quotation inside the speech, with
speakers named in full, as "the President of <Country> <Name>" and as gazetteer people. A
representative sample of the cells that pass, asserting every statement's speaker, kind and
words exactly, so a regression shows which cell broke; and reporters' stories under the same
titles, which must not become speeches."""

import datetime as dt

import pytest

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()

# (id, trusted title, page text, [(speaker, kind, words)])
GRID = [
    (
        "address_by-plain-new_full",
        "",
        "Address by Foreign Minister Marta Kovalenko\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "address_by-clutter-known",
        "",
        "Home / News / Speeches\n\nShare\n\nAddress by Ukrainian President Volodymyr Zelensky\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "address_by_date-clutter-pres_of",
        "",
        "Home / News / Speeches\n\nShare\n\nAddress by the President of Moldova Ion Rusnac\n\n12 May 2025 - 19:40\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "address_by_date-salute-known_lav",
        "",
        "Address by Russian Foreign Minister Sergei Lavrov\n\n12 May 2025 - 19:40\n\nDear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "remarks_by_at-salute-known",
        "",
        "Remarks by Ukrainian President Volodymyr Zelensky at the Donor Conference in Vienna\n\nDear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "remarks_by_at-signoff-new_full",
        "",
        "Remarks by Foreign Minister Marta Kovalenko at the Donor Conference in Vienna\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "statement_by-signoff-known_lav",
        "",
        "Statement by Russian Foreign Minister Sergei Lavrov on the grain corridor\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "speech_by_at-inner_quote-new_full",
        "",
        "Speech by Foreign Minister Marta Kovalenko at the Security Forum\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nAs a nurse in Kharkiv told me last week, “we keep the lights on for the children.”\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "As a nurse in Kharkiv told me last week, “we keep the lights on for the children.”",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "speech_by_at-plain-known",
        "",
        "Speech by Ukrainian President Volodymyr Zelensky at the Security Forum\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "video_address-plain-pres_of",
        "",
        "Video address by the President of Moldova Ion Rusnac\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "video_address-clutter-known_lav",
        "",
        "Home / News / Speeches\n\nShare\n\nVideo address by Russian Foreign Minister Sergei Lavrov\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "full_text-clutter-known",
        "",
        "Home / News / Speeches\n\nShare\n\nFull text of Volodymyr Zelensky's speech at the summit\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "full_text-salute-new_full",
        "",
        "Full text of Marta Kovalenko's speech at the summit\n\nDear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "possessive_address-salute-known_lav",
        "",
        "Sergei Lavrov's address to the nation\n\nDear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "possessive_address-signoff-pres_of",
        "",
        "Ion Rusnac's address to the nation\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "possessive_speech_title-signoff-new_full",
        "",
        "Marta Kovalenko's speech at the Security Forum\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "read_transcript-inner_quote-pres_of",
        "",
        "Read the full transcript of Ion Rusnac's speech\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nAs a nurse in Kharkiv told me last week, “we keep the lights on for the children.”\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "As a nurse in Kharkiv told me last week, “we keep the lights on for the children.”",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "read_transcript-plain-known_lav",
        "",
        "Read the full transcript of Sergei Lavrov's speech\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "meta_title_only-plain-known",
        "Address by Ukrainian President Volodymyr Zelensky",
        "We have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "meta_title_only-clutter-new_full",
        "Address by Foreign Minister Marta Kovalenko",
        "Home / News / Speeches\n\nShare\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "meta_title_possessive-clutter-known_lav",
        "Sergei Lavrov's address to the nation",
        "Home / News / Speeches\n\nShare\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "meta_title_possessive-salute-pres_of",
        "Ion Rusnac's address to the nation",
        "Dear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "meta_title_colon-salute-new_full",
        "Marta Kovalenko: We will rebuild every city",
        "Dear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "meta_title_colon-signoff-known",
        "Volodymyr Zelensky: We will rebuild every city",
        "We have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_here_is-signoff-pres_of",
        "",
        "the President of Moldova Ion Rusnac addressed the nation on Sunday. Here is the full text:\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_here_is-inner_quote-known_lav",
        "",
        "Russian Foreign Minister Sergei Lavrov addressed the nation on Sunday. Here is the full text:\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nAs a nurse in Kharkiv told me last week, “we keep the lights on for the children.”\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "As a nurse in Kharkiv told me last week, “we keep the lights on for the children.”",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_following_remarks-inner_quote-known",
        "",
        "Ukrainian President Volodymyr Zelensky delivered the following remarks at the press conference:\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nAs a nurse in Kharkiv told me last week, “we keep the lights on for the children.”\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "As a nurse in Kharkiv told me last week, “we keep the lights on for the children.”",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_following_remarks-plain-new_full",
        "",
        "Foreign Minister Marta Kovalenko delivered the following remarks at the press conference:\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_full_text_below-plain-known_lav",
        "",
        "Russian Foreign Minister Sergei Lavrov spoke at the Security Forum on Sunday. The full text of the speech is below.\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_full_text_below-clutter-pres_of",
        "",
        "Home / News / Speeches\n\nShare\n\nthe President of Moldova Ion Rusnac spoke at the Security Forum on Sunday. The full text of the speech is below.\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "opening_statement-clutter-new_full",
        "",
        "Home / News / Speeches\n\nShare\n\nOpening statement by Foreign Minister Marta Kovalenko at the press conference\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "opening_statement-salute-known",
        "",
        "Opening statement by Ukrainian President Volodymyr Zelensky at the press conference\n\nDear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "press_remarks-salute-pres_of",
        "",
        "Press remarks by the President of Moldova Ion Rusnac after the Foreign Affairs Council\n\nDear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "press_remarks-signoff-known_lav",
        "",
        "Press remarks by Russian Foreign Minister Sergei Lavrov after the Foreign Affairs Council\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "op_ed_byline-signoff-known",
        "Why we must keep the grid alive",
        "Why we must keep the grid alive\n\nBy Volodymyr Zelensky, Minister of Foreign Affairs of Moldova\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "op_ed_byline-inner_quote-new_full",
        "Why we must keep the grid alive",
        "Why we must keep the grid alive\n\nBy Marta Kovalenko, Minister of Foreign Affairs of Moldova\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nAs a nurse in Kharkiv told me last week, “we keep the lights on for the children.”\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "As a nurse in Kharkiv told me last week, “we keep the lights on for the children.”",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "op_ed_footer-inner_quote-known_lav",
        "Why we must keep the grid alive",
        "Why we must keep the grid alive\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nAs a nurse in Kharkiv told me last week, “we keep the lights on for the children.”\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nSergei Lavrov is the foreign minister of Moldova.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "As a nurse in Kharkiv told me last week, “we keep the lights on for the children.”",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "op_ed_footer-plain-pres_of",
        "Why we must keep the grid alive",
        "Why we must keep the grid alive\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nIon Rusnac is the foreign minister of Moldova.\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "letter-plain-new_full",
        "",
        "Open letter from Foreign Minister Marta Kovalenko to the people of Europe\n\nDear friends,\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nSincerely,\n\nMarta Kovalenko\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "letter-clutter-known",
        "",
        "Home / News / Speeches\n\nShare\n\nOpen letter from Ukrainian President Volodymyr Zelensky to the people of Europe\n\n12 May 2025, 19:40\n\nDear friends,\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nSincerely,\n\nVolodymyr Zelensky\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "news_headline_addresses-clutter-pres_of",
        "",
        "Home / News / Speeches\n\nShare\n\nIon Rusnac addresses the nation on Unity Day\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "news_headline_addresses-salute-known_lav",
        "",
        "Sergei Lavrov addresses the nation on Unity Day\n\nDear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "meta_news_addresses-salute-known",
        "Volodymyr Zelensky addresses the nation on Unity Day",
        "Dear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "meta_news_addresses-signoff-new_full",
        "Marta Kovalenko addresses the nation on Unity Day",
        "We have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_addressed_salute-signoff-known_lav",
        "",
        "Russian Foreign Minister Sergei Lavrov addressed the nation on Sunday evening.\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_addressed_salute-inner_quote-pres_of",
        "",
        "the President of Moldova Ion Rusnac addressed the nation on Sunday evening.\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nAs a nurse in Kharkiv told me last week, “we keep the lights on for the children.”\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "As a nurse in Kharkiv told me last week, “we keep the lights on for the children.”",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_addressed_colon-inner_quote-new_full",
        "",
        "Foreign Minister Marta Kovalenko addressed the nation on Sunday evening:\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nAs a nurse in Kharkiv told me last week, “we keep the lights on for the children.”\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "As a nurse in Kharkiv told me last week, “we keep the lights on for the children.”",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_addressed_colon-plain-known",
        "",
        "Ukrainian President Volodymyr Zelensky addressed the nation on Sunday evening:\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_said_in_address-plain-pres_of",
        "",
        "In his evening address, the President of Moldova Ion Rusnac said:\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_said_in_address-clutter-known_lav",
        "",
        "Home / News / Speeches\n\nShare\n\nIn his evening address, Russian Foreign Minister Sergei Lavrov said:\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "meta_good_evening-clutter-known",
        "Volodymyr Zelensky: We will rebuild every city",
        "Home / News / Speeches\n\nShare\n\nGood evening, fellow citizens.\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "meta_good_evening-salute-new_full",
        "Marta Kovalenko: We will rebuild every city",
        "Good evening, fellow citizens.\n\nDear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "transcript_heading-salute-known_lav",
        "",
        "Transcript: Russian Foreign Minister Sergei Lavrov on the grain corridor\n\nDear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "transcript_heading-signoff-pres_of",
        "",
        "Transcript: the President of Moldova Ion Rusnac on the grain corridor\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "speech_of-signoff-new_full",
        "",
        "Speech of Foreign Minister Marta Kovalenko at the Security Forum\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "speech_of-inner_quote-known",
        "",
        "Speech of Ukrainian President Volodymyr Zelensky at the Security Forum\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nAs a nurse in Kharkiv told me last week, “we keep the lights on for the children.”\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "As a nurse in Kharkiv told me last week, “we keep the lights on for the children.”",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "statement_caps-plain-known_lav",
        "",
        "STATEMENT BY Russian Foreign Minister Sergei Lavrov ON THE GRAIN CORRIDOR\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "address_dash-plain-known",
        "",
        "We will rebuild every city – address by Ukrainian President Volodymyr Zelensky\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "address_dash-clutter-new_full",
        "",
        "Home / News / Speeches\n\nShare\n\nWe will rebuild every city – address by Foreign Minister Marta Kovalenko\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_spoke-clutter-known_lav",
        "",
        "Home / News / Speeches\n\nShare\n\nRussian Foreign Minister Sergei Lavrov spoke to the nation on Sunday evening.\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "intro_spoke-salute-pres_of",
        "",
        "the President of Moldova Ion Rusnac spoke to the nation on Sunday evening.\n\nDear compatriots!\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "letter_signed-salute-new_full",
        "An open letter to the people of Europe",
        "Dear friends,\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nSincerely,\n\nMarta Kovalenko\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "letter_signed-signoff-known",
        "An open letter to the people of Europe",
        "Dear friends,\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n\nSincerely,\n\nVolodymyr Zelensky\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "letter_dash_signed-signoff-pres_of",
        "An open letter to the people of Europe",
        "Dear friends,\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nThank you.\n\nGlory to Ukraine!\n\n— Ion Rusnac, Minister of Foreign Affairs of Moldova\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "letter_dash_signed-inner_quote-known_lav",
        "An open letter to the people of Europe",
        "Dear friends,\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nAs a nurse in Kharkiv told me last week, “we keep the lights on for the children.”\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\n— Sergei Lavrov, Minister of Foreign Affairs of Moldova\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "As a nurse in Kharkiv told me last week, “we keep the lights on for the children.”",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "name_line_signed-inner_quote-known",
        "",
        "We have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nAs a nurse in Kharkiv told me last week, “we keep the lights on for the children.”\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nVolodymyr Zelensky, Minister of Foreign Affairs of Moldova\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "As a nurse in Kharkiv told me last week, “we keep the lights on for the children.”",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "name_line_signed-plain-new_full",
        "",
        "We have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nMarta Kovalenko, Minister of Foreign Affairs of Moldova\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "name_line_signed_titled-plain-known_lav",
        "We will not trade land for a pause",
        "We have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nSergei Lavrov, Minister of Foreign Affairs of Moldova\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "name_line_signed_titled-clutter-pres_of",
        "We will not trade land for a pause",
        "Home / News / Speeches\n\nShare\n\n12 May 2025, 19:40\n\nWe have restored power to every hospital in the eastern regions this week.\n\nOur engineers worked through the night, and I am grateful to each of them for that work.\n\nMoldova will not accept any deal that trades our land for a pause in the shelling.\n\nI have instructed the government to prepare new support for the families who lost their homes.\n\nIon Rusnac, Minister of Foreign Affairs of Moldova\n\nRead more: Grid repairs continue in the east\n\nTags: energy, war\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Our engineers worked through the night, and I am grateful to each of them for that work.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "Moldova will not accept any deal that trades our land for a pause in the shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I have instructed the government to prepare new support for the families who lost their homes.",
            ),
        ],
    ),
    (
        "iv_intro_reporter_spoke-pres_of",
        "",
        "Examplia Today's Jane Smith spoke to the President of Moldova Ion Rusnac in Chisinau.\n\nHow long can the grid hold out this winter?\n\nWe have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.\n\nWhat do you expect from the summit?\n\nI expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.\n\nAre you ready to negotiate?\n\nWe are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "We are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.",
            ),
        ],
    ),
    (
        "iv_head_exclusive-known",
        "",
        "EXCLUSIVE: Volodymyr Zelensky on the winter, the talks and the front\n\nUkrainian President Volodymyr Zelensky answered questions from Examplia Today.\n\nHow long can the grid hold out this winter?\n\nWe have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.\n\nWhat do you expect from the summit?\n\nI expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.\n\nAre you ready to negotiate?\n\nWe are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "We are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.",
            ),
        ],
    ),
    (
        "iv_intro_in_an_interview-known_lav",
        "",
        "In an interview with Examplia Today, Russian Foreign Minister Sergei Lavrov discussed the winter and the talks.\n\nHow long can the grid hold out this winter?\n\nWe have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.\n\nWhat do you expect from the summit?\n\nI expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.\n\nAre you ready to negotiate?\n\nWe are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "We are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.",
            ),
        ],
    ),
    (
        "iv_intro_gave_interview-new_full",
        "",
        "Foreign Minister Marta Kovalenko gave an interview to Radio Examplia.\n\nHow long can the grid hold out this winter?\n\nWe have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.\n\nWhat do you expect from the summit?\n\nI expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.\n\nAre you ready to negotiate?\n\nWe are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "We are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.",
            ),
        ],
    ),
    (
        "iv_intro_our_guest-pres_of",
        "",
        "Our guest today is the President of Moldova Ion Rusnac.\n\nHow long can the grid hold out this winter?\n\nWe have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.\n\nWhat do you expect from the summit?\n\nI expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.\n\nAre you ready to negotiate?\n\nWe are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "We are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.",
            ),
        ],
    ),
    (
        "iv_intro_spoke_to-known_lav",
        "",
        "Our correspondent spoke to Russian Foreign Minister Sergei Lavrov about the winter and the talks.\n\nHow long can the grid hold out this winter?\n\nWe have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.\n\nWhat do you expect from the summit?\n\nI expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.\n\nAre you ready to negotiate?\n\nWe are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "We are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.",
            ),
        ],
    ),
    (
        "iv_title_interview_with-new_full",
        "",
        "Interview with Foreign Minister Marta Kovalenko\n\nHow long can the grid hold out this winter?\n\nWe have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.\n\nWhat do you expect from the summit?\n\nI expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.\n\nAre you ready to negotiate?\n\nWe are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "We are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.",
            ),
        ],
    ),
    (
        "iv_meta_title-pres_of",
        "Ion Rusnac: We will not trade land for a pause",
        "How long can the grid hold out this winter?\n\nWe have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.\n\nWhat do you expect from the summit?\n\nI expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.\n\nAre you ready to negotiate?\n\nWe are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.\n",
        [
            (
                "Ion Rusnac",
                "direct",
                "We have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "I expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.",
            ),
            (
                "Ion Rusnac",
                "direct",
                "We are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.",
            ),
        ],
    ),
    (
        "iv_meta_title_interview-known",
        "Interview: Volodymyr Zelensky on the winter and the talks",
        "How long can the grid hold out this winter?\n\nWe have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.\n\nWhat do you expect from the summit?\n\nI expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.\n\nAre you ready to negotiate?\n\nWe are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.\n",
        [
            (
                "Volodymyr Zelensky",
                "direct",
                "We have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "I expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.",
            ),
            (
                "Volodymyr Zelensky",
                "direct",
                "We are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.",
            ),
        ],
    ),
    (
        "iv_intro_answered-known_lav",
        "",
        "Russian Foreign Minister Sergei Lavrov answered questions from our newspaper ahead of the summit.\n\nHow long can the grid hold out this winter?\n\nWe have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.\n\nWhat do you expect from the summit?\n\nI expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.\n\nAre you ready to negotiate?\n\nWe are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.\n",
        [
            (
                "Sergei Lavrov",
                "direct",
                "We have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "I expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.",
            ),
            (
                "Sergei Lavrov",
                "direct",
                "We are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.",
            ),
        ],
    ),
    (
        "iv_intro_sat_down-new_full",
        "",
        "We sat down with Foreign Minister Marta Kovalenko in Chisinau.\n\nHow long can the grid hold out this winter?\n\nWe have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.\n\nWhat do you expect from the summit?\n\nI expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.\n\nAre you ready to negotiate?\n\nWe are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.\n",
        [
            (
                "Marta Kovalenko",
                "direct",
                "We have restored power to every hospital in the eastern regions this week. The grid will hold if our partners keep their promises.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "I expect a clear decision on air defence. Without it, our cities remain exposed to every night of shelling.",
            ),
            (
                "Marta Kovalenko",
                "direct",
                "We are ready to talk about an exchange of prisoners, but we will not accept any deal that trades our land for a pause.",
            ),
        ],
    ),
    (
        "neg-news_headline",
        "",
        "Marta Kovalenko addresses the nation on Unity Day\n\nThe minister visited the repaired substation in the eastern region on Sunday.\n\nEngineers restored power to three hospitals, according to the regional administration.\n\nA correspondent saw long queues at the only working pharmacy in the town.\n\nOfficials in the neighbouring region said the repairs would take another week.\n",
        [
            (None, "indirect", "Engineers restored power to three hospitals"),
            (None, "indirect", "the repairs would take another week"),
        ],
    ),
    (
        "neg-meta_possessive",
        "Marta Kovalenko's address to the nation",
        "The minister visited the repaired substation in the eastern region on Sunday.\n\nEngineers restored power to three hospitals, according to the regional administration.\n\nA correspondent saw long queues at the only working pharmacy in the town.\n\nOfficials in the neighbouring region said the repairs would take another week.\n",
        [
            (None, "indirect", "Engineers restored power to three hospitals"),
            (None, "indirect", "the repairs would take another week"),
        ],
    ),
    (
        "neg-meta_colon",
        "Marta Kovalenko: We will rebuild every city",
        "The minister visited the repaired substation in the eastern region on Sunday.\n\nEngineers restored power to three hospitals, according to the regional administration.\n\nA correspondent saw long queues at the only working pharmacy in the town.\n\nOfficials in the neighbouring region said the repairs would take another week.\n",
        [
            (None, "indirect", "Engineers restored power to three hospitals"),
            (None, "indirect", "the repairs would take another week"),
        ],
    ),
    (
        "neg-here_is",
        "",
        "Foreign Minister Marta Kovalenko spoke on Sunday. Here is the full text:\n\nThe minister visited the repaired substation in the eastern region on Sunday.\n\nEngineers restored power to three hospitals, according to the regional administration.\n\nA correspondent saw long queues at the only working pharmacy in the town.\n\nOfficials in the neighbouring region said the repairs would take another week.\n",
        [
            (None, "indirect", "Engineers restored power to three hospitals"),
            (None, "indirect", "the repairs would take another week"),
        ],
    ),
    (
        "neg-byline",
        "Why the grid must hold",
        "By Marta Kovalenko\n\nThe minister visited the repaired substation in the eastern region on Sunday.\n\nEngineers restored power to three hospitals, according to the regional administration.\n\nA correspondent saw long queues at the only working pharmacy in the town.\n\nOfficials in the neighbouring region said the repairs would take another week.\n",
        [
            (None, "indirect", "Engineers restored power to three hospitals"),
            (None, "indirect", "the repairs would take another week"),
        ],
    ),
]


@pytest.mark.parametrize("title,text,expected", [c[1:] for c in GRID], ids=[c[0] for c in GRID])
def test_own_voice_page(title, text, expected):
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2025, 5, 12), title=title)
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == expected
