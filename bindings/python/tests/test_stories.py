"""Buffers of many stories (wirereport.stories), the wire header, credits, quote speakers'
pronouns and entities, places' zones: read through the C ABI's records, equal to its JSON."""
import gc
import json
import pickle
import re
import threading

import pytest

import wirereport
from wirereport import _native
from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
STREAMS = [FIXTURES / "wire" / "iptc_stream.txt", FIXTURES / "wire" / "anpa_stream.tst",
           FIXTURES / "agency" / "stream_en.txt"]
WIRE = sorted((FIXTURES / "wire").glob("*.t*"))

# Two IPTC 7901 messages written for these tests (the C test has the same shape): the first
# with a slug, an embargo, a quote whose speaker comes from the pronoun at its cue, contacts.
FIRST = ("\x01eca0101 3 wi 64  dpa 0201\n\nHafen/Kiel/Passagiere/\n"
         "\x02(Sperrfrist 5. Juni 10.00 Uhr)\nHafen Kiel meldet Rekord bei Faehrpassagieren =\n\n"
         "Kiel (dpa/lno) - Der Kieler Hafen hat im Mai so viele Faehrpassagiere abgefertigt wie nie zuvor. "
         "\"Das ist ein starkes Signal\", sagte Hafenchef Tom Berger. \"Wir rechnen mit mehr\", f\u00fcgte er hinzu.\n\n"
         "# Notizblock\n\n* * * *\nDie folgenden Informationen sind nicht zur Veroeffentlichung bestimmt\n\n"
         "## Kontakte\n- Autor/in: Jana Roth (Kiel)\n\ndpa jr xx\n\n\x03041215 Jun 24\n\x7f\n\x7f\x04")
SECOND = ("\x01eca0102 4 vm 20  dpa 0202\n\nWetter/\n\x02Sonniges Wochenende in Kiel =\n\n"
          "Kiel (dpa) - Am Wochenende scheint die Sonne.\n\ndpa wet\n\n\x03041230 Jun 24\n\x7f\n\x7f\x04")


def test_every_c_function_is_declared():
    header = (ROOT / "include" / "wirereport" / "wirereport.h").read_text()
    functions = set(re.findall(r"WIREREPORT_API\s[^;]*?\b(wr_\w+)\s*\(", header))
    assert {"wr_stream_new", "wr_article_wire", "wr_article_status"} <= functions
    undeclared = [f for f in sorted(functions) if getattr(_native.lib, f).argtypes is None]
    assert undeclared == []


@pytest.mark.parametrize("path", STREAMS, ids=[p.name for p in STREAMS])
def test_stories_are_what_the_cli_prints(path, cli):
    data = path.read_bytes()
    articles = list(wirereport.stories(data))
    lines = cli("--tokens", path).stdout.decode().splitlines()
    assert len(articles) == len(lines) > 1
    for a, line in zip(articles, lines):
        assert a.to_json(tokens=True) == line
        assert a.to_dict(tokens=True) == json.loads(line)


@pytest.mark.parametrize("path", STREAMS, ids=[p.name for p in STREAMS])
def test_stories_tile_the_buffer_and_their_spans_index_the_story(path):
    data = path.read_bytes()
    end = 0
    for index, a in enumerate(wirereport.stories(data)):
        assert a.story.index == index and a.story.span[0] == end
        end = a.story.span[1]
        story = data[a.story.span[0]:end]
        if not a.transcoded:
            assert a.data == story
        for s in a.paragraphs + a.sentences + a.tokens:
            assert a.data[s.span[0]:s.span[1]].decode() == s.text == a.text[s.char_span[0]:s.char_span[1]]
    assert end == len(data)


def test_wire_header_credits_speakers_and_places():
    first, second = wirereport.stories(FIRST + SECOND)
    assert (first.format, first.story, second.story.index) == (
        "iptc7901", wirereport.StoryPosition(0, (0, len(FIRST.encode()))), 1)
    w = first.wire
    assert (w.service.text, w.sequence.text, w.priority.text, w.priority_level) == ("eca", "0101", "3", 3)
    assert (w.category.text, w.slug.text, w.word_count.text, w.word_count_value) == (
        "wi", "Hafen/Kiel/Passagiere", "64", 64)
    assert [k.text for k in w.keywords] == ["Hafen", "Kiel", "Passagiere"]
    assert (w.agency.text, w.agency_sequence.text) == ("dpa", "0201")
    assert w.take is None and w.selector is None and w.reference is None and w.filing_date is None
    assert (w.embargo.text, w.embargo.value) == ("Sperrfrist 5. Juni 10.00 Uhr", "2024-06-05T10:00:00+02:00")
    assert [f.text for f in w.flags] == ["(Sperrfrist 5. Juni 10.00 Uhr)"] and w.ednotes == ()
    assert (w.notepad.text, w.signoff.text, w.preserved) == ("# Notizblock", "dpa jr xx", False)
    assert w.nonpublic.text.endswith("Jana Roth (Kiel)")
    assert [(c.role, c.name.text) for c in first.credits] == [("author", "Jana Roth")]

    said, added = first.quotes
    assert (said.speaker.text, said.speaker_mention, said.speaker_key.text) == (
        "Hafenchef Tom Berger", None, "Tom Berger")
    assert (added.text, added.cue.text, added.speaker.text) == ("Wir rechnen mit mehr", "f\u00fcgte er hinzu",
                                                                  "Hafenchef Tom Berger")
    assert (added.speaker_mention.text, added.speaker_key.text) == ("er", "Tom Berger")
    assert first.data[added.speaker_mention.span[0]:added.speaker_mention.span[1]] == b"er"

    kiel = [e for e in first.entities if e.text == "Kiel"]
    assert kiel and all((e.type, e.zone, e.country) == ("place", "Europe/Berlin", "DE") for e in kiel)
    assert all(e.zone is None and e.country is None for e in first.entities if e.type != "place")
    for a in (first, second):
        assert a.to_dict(tokens=True) == json.loads(a.to_json(tokens=True))


def test_one_story_and_no_story():
    (one,) = wirereport.stories(FIRST)
    assert one.story is None and one.to_dict()["story"] is None
    assert one.to_json() == wirereport.parse(FIRST).to_json()
    (empty,) = wirereport.stories(b"")
    assert [d.code for d in empty.diagnostics] == ["empty_input"] and empty.story is None
    web = wirereport.parse((ROOT / "examples" / "reports" / "web_de_kanzler.txt").read_bytes())
    assert web.wire is None and web.credits == [] and web.story is None


def test_stories_are_lazy_and_stop():
    stream = wirereport.stories(FIRST + SECOND + FIRST)
    assert iter(stream) is stream
    assert next(stream).story.index == 0
    assert [a.story.index for a in stream] == [1, 2]
    with pytest.raises(StopIteration):
        next(stream)


def test_options_apply_to_each_story_and_rejected_stories_raise_then_go_on():
    bad = SECOND.encode().replace(b"Sonne.", b"Sonne \xff.")
    stream = wirereport.stories(FIRST.encode() + bad + FIRST.encode(), strict_utf8=True, zone="Asia/Tokyo")
    assert next(stream).headline.text == "Hafen Kiel meldet Rekord bei Faehrpassagieren"
    with pytest.raises(wirereport.ParseError) as e:
        next(stream)
    rejected = e.value.article
    assert rejected.story.index == 1 and [d.code for d in rejected.diagnostics] == ["invalid_utf8"]
    assert rejected.data[e.value.offset] == 0xFF and e.value.status == _native.ERR_INVALID_UTF8
    assert next(stream).story.index == 2
    # Without strict_utf8 the story is kept, read as Windows-1252 into the article's own text.
    kept = list(wirereport.stories(FIRST.encode() + bad))[1]
    assert kept.transcoded and "Sonne \u00ff." in kept.text
    with pytest.raises(wirereport.ParseError) as e:
        next(wirereport.stories(FIRST, max_input_bytes=10))
    assert e.value.status == _native.ERR_TOO_LARGE
    # The format decides how the buffer is cut: bare text is one story.
    assert len(list(wirereport.stories(FIRST + SECOND, format="text"))) == 1
    with pytest.raises(ValueError):
        wirereport.stories(FIRST, format="tabloid")
    with pytest.raises(TypeError):
        wirereport.stories(42)


def test_str_and_bytes_give_the_same_stories():
    as_str = [a.to_json() for a in wirereport.stories(FIRST + SECOND)]
    assert as_str == [a.to_json() for a in wirereport.stories((FIRST + SECOND).encode())]
    assert as_str == [a.to_json() for a in wirereport.stories(bytearray((FIRST + SECOND).encode()))]


def test_the_articles_keep_the_buffer_alive():
    articles = list(wirereport.stories((FIRST + SECOND).encode() * 50))
    gc.collect()
    assert len(articles) == 100
    assert all(a.headline.text in ("Hafen Kiel meldet Rekord bei Faehrpassagieren", "Sonniges Wochenende in Kiel")
               for a in articles)
    stream = wirereport.stories(bytes(bytearray((FIRST + SECOND).encode())))
    first = next(stream)
    del stream
    gc.collect()
    assert first.wire.slug.text == "Hafen/Kiel/Passagiere"


def test_a_story_pickles_as_itself():
    articles = list(wirereport.stories(FIRST + SECOND + FIRST, zone="Europe/Berlin"))
    for a in articles:
        b = pickle.loads(pickle.dumps(a))
        assert b is not a and b.to_json(tokens=True) == a.to_json(tokens=True)


def test_threads_share_one_stream():
    data = (FIRST + SECOND).encode() * 20
    stream = wirereport.stories(data)
    seen = []

    def work():
        seen.extend(a.story.index for a in stream)
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(seen) == list(range(40))


@pytest.mark.parametrize("path", WIRE, ids=[p.name for p in WIRE])
def test_wire_fixtures_to_dict_is_the_json(path):
    for a in wirereport.stories(path.read_bytes()):
        assert a.to_dict() == json.loads(a.to_json())
