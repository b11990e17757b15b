"""Sets G to BI (tests/data/set{g,...,z,aa,...,ai}_articles, see their READMEs): 678 real articles from
outlets no earlier set uses, annotated by helpers who never ran the extractor or read its rules,
scored as the held-out set is (`--published-from-gold`).

- Set G was measured unseen with extractor 2.6 (P 0.90, R 0.66, F1 0.76, speaker 0.82), then
  tuned on during round 5; set J was measured unseen at the start of round 6 (P 0.92, R 0.69,
  F1 0.79, speaker 0.92), then tuned on.
- Sets H, I, K and L were never tuned on through extractor 2.9; round 8 opened them to the
  rules' writers (3.0 was tuned on them), so their floors now lock those gains in.
- Set M was unseen through 3.0 (built in round 7); round 9 opened it (3.1 was tuned on it).
- Sets N and O were unseen through 3.1 (built in rounds 8 and 9), set P was opened half-way
  through round 9, and set Q was built unseen at the start of round 10; round 10 opened all four
  to the lead (3.2 was tuned on them), so their floors lock those gains in.
- Set R was built unseen in round 10 and opened in round 11 (3.3 was tuned on it). Sets S, T,
  U, V and W were built unseen in round 11. T, U and S were measured with 3.2 (and U and S with
  3.3 mid-round), then opened and tuned on; V and W were measured once with 3.3 (F1 0.91 with
  3.2 and with 3.3), then opened for their trap hits and one bare-text date only (four rules).
  The floors lock the round's figures in. The figures are in docs/evaluation.md.
- Round 12 opened V and W, and built X, Y, Z, AA and AB unseen. X, Y and Z were measured with 3.3,
  then opened (3.4 was tuned on them); AA and AB were measured once with 3.4 at the end. AA stays
  unseen; AB was then opened (speeches, questions put to "you", excerpts, topic lines, "was asked"). AC
  (19 articles of transcripts and speeches) was built last, measured once, then opened.
- Round 13 built AD, AE, AF, AG, AH and AI blind (131 articles). AD, AE and AF were measured once
  at the start, AG twice, then all four were opened (3.5 was tuned on them); AH and AI were measured
  at the start and at the end and stay unseen, with AA.
"""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

DATA = Path(__file__).resolve().parent / "data"


def evaluate(name: str, tmp_path: Path, *options: str) -> dict:
    report = tmp_path / "report.json"
    gold, articles = DATA / f"{name}_gold", DATA / f"{name}_articles"
    call_command(
        "evaluate", str(gold), str(articles), "--json", str(report), *options, stdout=StringIO()
    )
    return json.loads(report.read_text("utf-8"))["total"]


@pytest.mark.parametrize(
    ("name", "counts"),
    [
        ("setg", (24, 121, 38, 13)),
        ("seth", (24, 154, 42, 21)),
        ("seti", (24, 134, 42, 26)),
        ("setj", (24, 124, 36, 23)),
        ("setk", (24, 127, 40, 28)),
        ("setl", (24, 142, 46, 16)),
        ("setm", (24, 158, 31, 19)),
        ("setn", (24, 150, 64, 26)),
        ("seto", (24, 126, 36, 30)),
        ("setp", (24, 134, 43, 16)),
        ("setq", (24, 140, 49, 16)),
        ("setr", (24, 133, 41, 10)),
        ("sets", (24, 161, 43, 10)),
        ("sett", (24, 130, 51, 7)),
        ("setu", (24, 141, 41, 5)),
        ("setv", (24, 132, 45, 21)),
        ("setw", (24, 140, 65, 15)),
        ("setx", (24, 128, 42, 22)),
        ("sety", (24, 137, 43, 10)),
        ("setz", (24, 140, 48, 15)),
        ("setaa", (24, 129, 55, 24)),
        ("setab", (24, 140, 50, 17)),
        ("setac", (19, 101, 56, 6)),
        ("setad", (24, 128, 35, 10)),
        ("setae", (21, 107, 49, 8)),
        ("setaf", (20, 112, 34, 21)),
        ("setag", (24, 134, 40, 9)),
        ("setah", (18, 98, 42, 8)),
        ("setai", (24, 145, 51, 13)),
        ("setaj", (17, 98, 36, 1)),
        ("setak", (24, 113, 53, 15)),
        ("setal", (24, 140, 38, 8)),
        ("setam", (23, 120, 52, 7)),
        ("setan", (24, 107, 34, 23)),
        ("setao", (18, 95, 43, 4)),
        ("setap", (24, 127, 45, 16)),
        ("setaq", (24, 148, 50, 4)),
        ("setar", (24, 140, 57, 14)),
        ("setas", (24, 111, 38, 29)),
        ("setat", (24, 120, 58, 21)),
        ("setau", (24, 137, 49, 15)),
        ("setav", (24, 149, 40, 4)),
        ("setaw", (24, 122, 38, 13)),
        ("setax", (24, 147, 36, 13)),
        ("setay", (24, 119, 48, 9)),
        ("setaz", (20, 129, 40, 7)),
        ("setba", (24, 129, 49, 13)),
        ("setbb", (24, 141, 51, 14)),
        ("setbc", (24, 124, 54, 25)),
        ("setbd", (24, 134, 41, 9)),
        ("setbe", (24, 112, 41, 14)),
        ("setbf", (23, 127, 56, 2)),
        ("setbg", (22, 116, 49, 12)),
        ("setbh", (22, 120, 46, 4)),
        ("setbi", (22, 134, 34, 9)),
        ("setbj", (29, 167, 64, 5)),
        ("setbk", (24, 137, 32, 6)),
        ("setbl", (23, 96, 36, 4)),
        ("setbm", (25, 152, 67, 3)),
        ("setbn", (25, 129, 53, 7)),
        ("setbo", (25, 115, 50, 20)),
        ("setbp", (25, 147, 59, 8)),
        ("setbq", (25, 129, 47, 1)),
        ("setbr", (25, 131, 44, 7)),
        ("setbs", (26, 171, 64, 3)),
        ("setbt", (25, 117, 42, 23)),
        ("setbu", (25, 133, 54, 9)),
        ("setbv", (25, 144, 47, 5)),
        ("setbw", (25, 132, 44, 6)),
        ("setbx", (25, 136, 53, 1)),
        ("setby", (25, 141, 52, 7)),
        ("setbz", (25, 124, 32, 6)),
        ("setca", (25, 123, 42, 2)),
        ("setcb", (25, 137, 42, 3)),
        ("setcc", (27, 129, 69, 5)),
        ("setcd", (25, 124, 41, 4)),
        ("setce", (25, 137, 33, 5)),
        ("setcf", (25, 142, 65, 6)),
        ("setcg", (25, 137, 54, 10)),
        ("setch", (25, 127, 37, 5)),
        ("setci", (25, 120, 41, 16)),
        ("setcj", (25, 114, 36, 4)),
    ],
)
def test_the_sets_keep_their_size(tmp_path, name, counts):
    total = evaluate(name, tmp_path)
    assert (total["files"], total["required"], total["optional"], total["traps"]) == counts


# name: (precision, recall, F1, speaker, date, trap hits at most)
FLOORS = {
    "setg": (0.94, 0.92, 0.93, 0.95, 0.44, 0),
    "seth": (0.97, 0.92, 0.95, 0.98, 0.32, 0),
    "seti": (0.93, 0.89, 0.92, 0.96, 0.80, 1),
    "setj": (0.95, 0.96, 0.96, 0.99, 0.84, 1),
    "setk": (0.95, 0.96, 0.95, 0.97, 0.92, 0),
    "setl": (0.96, 0.95, 0.96, 0.98, 0.93, 1),
    "setm": (0.97, 0.87, 0.92, 0.97, 0.46, 1),
    "setn": (0.95, 0.91, 0.93, 0.95, 0.42, 2),
    "seto": (0.95, 0.90, 0.92, 0.95, 0.39, 0),
    "setp": (0.96, 0.93, 0.95, 0.89, 0.50, 0),
    "setq": (0.95, 0.87, 0.91, 0.83, 0.30, 0),
    "setr": (0.96, 0.92, 0.94, 0.97, 0.25, 0),
    "sets": (0.97, 0.95, 0.96, 0.98, 0.96, 0),
    "sett": (0.98, 0.94, 0.96, 0.97, 0.43, 0),
    "setu": (0.99, 0.96, 0.97, 0.98, 0.65, 0),
    "setv": (0.93, 0.91, 0.92, 0.90, 0.87, 1),
    "setw": (0.97, 0.96, 0.97, 0.96, 0.91, 0),
    "setx": (0.96, 0.97, 0.96, 0.93, 0.84, 1),
    "sety": (0.96, 0.93, 0.95, 0.96, 0.77, 0),
    "setz": (0.97, 0.91, 0.94, 0.93, 0.85, 0),
    # AA: measured unseen at the end of round 12 (extractor 3.4), AH and AI at the end of round
    # 13 (3.5); all three opened in round 14. AB: measured unseen then (F1 0.80, traps 5/17),
    # then opened for five layouts.
    "setaa": (0.93, 0.93, 0.93, 0.93, 0.79, 0),
    "setab": (0.97, 0.84, 0.90, 0.95, 0.88, 3),
    # AC: built at the end of round 12, measured once unseen (F1 0.78, speaker 0.61), then opened
    # for two speech-heading mechanisms.
    "setac": (0.90, 0.69, 0.78, 0.72, 0.57, 0),
    # AD, AE, AF: built blind at the start of round 13, measured once unseen (together F1 0.91,
    # speaker 0.90), then opened; AG: built blind, measured unseen twice (F1 0.94, speaker 0.86),
    # then opened.
    "setad": (0.98, 0.94, 0.96, 0.99, 0.72, 0),
    "setae": (0.91, 0.89, 0.90, 0.99, 0.61, 0),
    "setaf": (0.98, 0.93, 0.95, 0.98, 0.90, 0),
    "setag": (0.98, 0.91, 0.94, 0.96, 0.61, 0),
    "setah": (0.97, 0.85, 0.91, 0.91, 0.90, 0),
    "setai": (0.93, 0.88, 0.90, 0.92, 0.67, 0),
    # AJ, AK, AL: built blind in round 14 and measured unseen (extractor 3.6), then opened; the
    # floors keep what was measured unseen. (Their date figure is of all found statements: the
    # statements found since on undated pages lower it.)
    "setaj": (0.96, 0.88, 0.93, 0.94, 0.70, 0),
    "setak": (0.97, 0.85, 0.91, 0.91, 0.79, 0),
    "setal": (0.96, 0.82, 0.89, 0.85, 0.55, 0),
    # AM, AN, AO: built blind in round 14 and measured unseen at its end (extractor 3.7); AN
    # was then opened for three mechanisms (speaker 0.72 unseen). AM and AO were opened in
    # round 15 (3.7 unseen: F1 0.907 and 0.910).
    "setam": (0.97, 0.92, 0.94, 0.91, 0.90, 0),
    "setan": (0.92, 0.87, 0.89, 0.79, 0.56, 0),
    "setao": (0.92, 0.94, 0.93, 0.95, 0.81, 0),
    # AP–AW: built blind in round 15 and measured unseen, AP, AQ, AR with extractor 3.7 and 3.8
    # (F1 0.911, 0.927, 0.911), AS and AT with 3.8 (0.842, 0.899), AW with 3.8 (0.844); all six
    # opened since. AU and AV stay unseen: their floors keep what 3.8 measured.
    "setap": (0.94, 0.89, 0.91, 0.89, 0.95, 1),
    # (AQ's recall 0.926 in round 17: "X described the city's situation" is no statement, and
    # an unclosed quotation after it no longer takes X from it.)
    "setaq": (0.95, 0.92, 0.94, 0.92, 0.76, 0),
    "setar": (0.94, 0.89, 0.91, 0.96, 0.71, 1),
    # (AS names soldiers known by a call sign "Seagull (Ukrainian soldier)"; the extractor
    # gives the call sign alone, as every other set's gold does: speaker 0.857 in round 17.)
    "setas": (0.94, 0.86, 0.90, 0.85, 0.52, 0),
    "setat": (0.87, 0.92, 0.89, 0.92, 0.91, 1),
    "setau": (0.93, 0.93, 0.93, 0.92, 0.75, 0),
    "setav": (0.96, 0.82, 0.89, 0.91, 0.95, 0),
    "setaw": (0.91, 0.82, 0.87, 0.99, 0.65, 0),
    # AX, AY: built blind in round 16 and measured unseen with 3.8 and 3.9 (F1 0.926 and 0.910,
    # speaker 0.863 and 0.924, the same under both); both then opened.
    "setax": (0.96, 0.90, 0.93, 0.96, 0.84, 0),
    "setay": (0.92, 0.89, 0.90, 0.95, 0.57, 1),
    # AZ: built blind late in round 16 and measured unseen with 3.8 and 3.9 (F1 0.842, speaker
    # 0.941, the same under both); then opened for a release that quotes its own speaker.
    "setaz": (0.91, 0.84, 0.87, 0.94, 0.67, 2),
    # BA–BE: built blind in round 17 and measured unseen with 3.9 and 4.0 (F1 0.882, 0.889,
    # 0.950, 0.922, 0.853; speaker 0.905, 0.839, 0.860, 0.936, 0.917; the same under both). BB
    # and BE were then opened (BB's traps 4 -> 1, speaker 0.84 -> 0.90; BE's recall 0.75 ->
    # 0.94); BA, BC and BD stay unseen.
    "setba": (0.96, 0.81, 0.88, 0.90, 0.82, 0),
    "setbb": (0.91, 0.87, 0.89, 0.89, 0.77, 1),
    "setbc": (0.98, 0.91, 0.95, 0.85, 0.69, 0),
    "setbd": (0.91, 0.93, 0.92, 0.93, 0.94, 0),
    "setbe": (0.99, 0.93, 0.96, 0.94, 0.93, 0),
    # BF–BI: built blind in round 18 and measured unseen with 4.0 and 4.1 (F1 0.915, 0.857,
    # 0.915, 0.777; speaker 0.814, 0.817, 0.850, 0.876; the same under both). BF and BI were
    # then opened (BI's printed speech, outlet interview and label-line layouts: recall 0.66 ->
    # 0.72); BG stays unseen. BH's two speakers that a first 4.2 changed were read in round 19
    # (a gazetteer name after a long title, a remit's last words), and both were put back.
    "setbf": (0.94, 0.88, 0.91, 0.82, 0.96, 1),
    "setbg": (0.92, 0.82, 0.87, 0.89, 0.78, 2),
    "setbh": (0.93, 0.89, 0.91, 0.84, 0.73, 0),
    "setbi": (0.94, 0.72, 0.81, 0.90, 0.74, 0),
    # BJ, BK, BL: built blind in round 19 and measured unseen with 4.1 (F1 0.938, 0.925, 0.744;
    # speaker 0.704, 0.748, 0.862). BJ and BK were then opened for their wrong speakers (0.771,
    # 0.856 with 4.2); BL was opened in round 20 (recall 0.60 -> 0.64 with 4.3).
    "setbj": (0.96, 0.91, 0.94, 0.77, 0.84, 1),
    "setbk": (0.95, 0.91, 0.93, 0.90, 0.63, 0),
    "setbl": (0.97, 0.63, 0.77, 0.86, 0.76, 0),
    # BM, BN, BO: built blind in round 20 and measured unseen with 4.2 (F1 0.887, 0.868, 0.701;
    # speaker 0.877, 0.914, 0.853). BN and BO were then opened (BO's hard formats: recall 0.59
    # -> 0.79 with 4.3); BM, measured with 4.3 at `b6c8f29` while still unread (the same figures
    # as 4.2), was opened last. BG and BL were opened in round 20 too.
    "setbm": (0.92, 0.89, 0.90, 0.91, 0.70, 0),
    "setbn": (0.93, 0.85, 0.89, 0.90, 0.84, 2),
    "setbo": (0.92, 0.79, 0.85, 0.89, 0.92, 0),
    # BP–BU: built blind in round 21. BP, BQ, BR measured unseen with 4.3 (F1 0.946, 0.934,
    # 0.930; speaker 0.922, 0.921, 0.798), then opened; BS, BT, BU measured unseen with 4.3 and
    # again with 4.4 in progress at `a3c7a8f` (F1 0.895 and 0.897 together; speaker 0.820 and
    # 0.821), then opened (BT's first names: speaker 0.65 -> 0.81).
    "setbp": (0.93, 0.96, 0.95, 0.92, 0.91, 1),
    "setbq": (0.98, 0.87, 0.92, 0.91, 0.95, 0),
    "setbr": (0.94, 0.92, 0.93, 0.84, 0.69, 0),
    "setbs": (0.96, 0.94, 0.95, 0.85, 0.96, 0),
    "setbt": (0.94, 0.83, 0.88, 0.80, 0.40, 2),
    "setbu": (0.98, 0.79, 0.88, 0.92, 0.94, 0),
    # BV, BW, BX: built blind late in round 21, measured unseen with 4.3 and with 4.4 at
    # `3794c50` (F1 0.910 and 0.911 together; speaker 0.837 and 0.848). Not read for rules.
    "setbv": (0.92, 0.89, 0.90, 0.87, 0.86, 1),
    "setbw": (0.89, 0.92, 0.90, 0.91, 0.92, 1),
    "setbx": (0.94, 0.85, 0.89, 0.73, 0.95, 1),
    # BY–CD: built blind in round 22 and measured unseen with 4.4 (`3e99cdaf`; F1 0.920 and
    # speaker 0.864 over the six). BY, BZ, CA were then opened; CB, CC, CD were measured again
    # with 4.5 in progress at `d2cef93d` (F1 0.930, speaker 0.881), still unread, then opened.
    "setby": (0.96, 0.90, 0.93, 0.90, 0.83, 0),
    "setbz": (0.96, 0.91, 0.94, 0.95, 0.65, 0),
    "setca": (0.93, 0.87, 0.90, 0.85, 0.62, 0),
    "setcb": (0.94, 0.95, 0.95, 0.91, 0.76, 0),
    "setcc": (0.93, 0.93, 0.93, 0.90, 0.84, 0),
    "setcd": (0.92, 0.88, 0.90, 0.84, 0.85, 0),
    # CE–CJ: built blind in round 23 and measured unseen with 4.5 (`1b924cff`; F1 0.907 and
    # speaker 0.846 over the six; one CJ article crashed 4.5). CE, CG, CI were then opened;
    # CF, CH, CJ were measured again with 4.6 (F1 0.935, speaker 0.852), still unread.
    "setce": (0.94, 0.86, 0.90, 0.90, 0.73, 0),
    "setcf": (0.95, 0.90, 0.93, 0.88, 0.82, 0),
    "setcg": (0.95, 0.83, 0.89, 0.90, 0.91, 0),
    "setch": (0.98, 0.90, 0.94, 0.89, 0.86, 0),
    "setci": (0.96, 0.85, 0.90, 0.90, 0.63, 0),
    "setcj": (0.99, 0.87, 0.93, 0.76, 0.68, 0),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floors_with_publication_dates_given(tmp_path, name):
    precision, recall, f1, speaker, date, traps = FLOORS[name]
    total = evaluate(name, tmp_path, "--published-from-gold")
    assert total["precision"] >= precision
    assert total["recall"] >= recall
    assert total["f1"] >= f1
    assert total["speaker_accuracy"] >= speaker
    assert total["date_accuracy"] >= date
    assert total["trap_hits"] <= traps
