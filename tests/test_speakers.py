"""Speaker lines under a report's title, as the genre prints them (composed lines of other places)."""

from __future__ import annotations

import pytest

from pipelines.text.speakers import is_speaker_line, speaker_of


@pytest.mark.parametrize(("line", "expected"), [
    ("县长　王  明", ("县长", "王明")),
    ("市委书记　艾山江·托乎提", ("市委书记", "艾山江·托乎提")),  # a name of an ethnic minority, with ·
    ("州长 扎西·次仁", ("州长", "扎西·次仁")),
    ("报告人：区人大常委会主任 陈立新", ("区人大常委会主任", "陈立新")),
])
def test_office_and_name(line: str, expected: tuple[str, str]) -> None:
    assert speaker_of(line) == expected
    assert is_speaker_line(line)


def test_comrade_line_names_the_speaker_alone() -> None:
    assert speaker_of("买买提·吐尔逊同志") == ("", "买买提·吐尔逊")


def test_prose_and_titles_are_no_speaker_lines() -> None:
    assert speaker_of("某镇人民代表大会主席团工作报告") is None
    assert not is_speaker_line("常委会坚持党管干部原则与依法任免相结合，对提请任命的人员认真进行审查")
