"""The Python API over the C ABI: fields, offsets, options, errors, lifetimes."""
import copy
import gc
import json
import pickle
import threading

import pytest

import wirereport

# A web copy written for these tests.
KIEL = ("Jun 4, 2024 08:15 Europe/Berlin\n"
        "  \u2022 Hafen Kiel meldet Rekord bei F\u00e4hrpassagieren\n"
        "\n"
        "Kiel - Der Kieler Hafen hat im Mai so viele F\u00e4hrpassagiere abgefertigt wie nie zuvor. "
        "\u201eDas ist ein starkes Signal\u201c, sagte Hafenchef Tom Berger am Montag.\n"
        "\n"
        "Die Reedereien rechnen f\u00fcr den Sommer mit weiteren Zuw\u00e4chsen.\n")


def segments(a):
    """Every Segment the article hands out, nested ones included."""
    out = [s for s in (a.published, a.headline, a.dateline, a.byline, a.trailer) if s is not None]
    if a.dateline:
        out += [s for s in (a.dateline.place, a.dateline.agency, a.dateline.date) if s is not None]
    if a.byline:
        out += list(a.byline.authors)
    out += a.regions + a.paragraphs + a.sentences + a.tokens + a.tags + a.times
    for q in a.quotes:
        out += [q] + [s for s in (q.speaker, q.cue) if s is not None]
    for e in a.entities:
        out += [e, e.key]
    return out


def test_fields_of_a_web_report():
    a = wirereport.parse(KIEL)
    assert (a.format, a.language, a.encoding, a.transcoded) == ("web", "de", "utf-8", False)
    assert a.published.text == "Jun 4, 2024 08:15 Europe/Berlin"
    assert (a.published.local, a.published.zone, a.published.utc) == (
        "2024-06-04T08:15:00", "Europe/Berlin", "2024-06-04T06:15:00Z")
    assert a.headline.text == "Hafen Kiel meldet Rekord bei F\u00e4hrpassagieren"
    assert a.dateline.text == "Kiel -"
    assert (a.dateline.place.text, a.dateline.place.zone, a.dateline.place.country) == ("Kiel", "Europe/Berlin", "DE")
    assert a.dateline.agency is None and a.dateline.date is None and a.byline is None
    assert [p.text for p in a.paragraphs][1] == "Die Reedereien rechnen f\u00fcr den Sommer mit weiteren Zuw\u00e4chsen."
    assert len(a.sentences) == 4
    assert a.tokens[0] == wirereport.Token("Hafen", (38, 43), (36, 41), "word", a.tokens[0].flags)
    assert a.diagnostics == []
    assert "Kiel" in repr(a)


def test_byte_and_character_offsets_agree(report):
    a = wirereport.parse(report.read_bytes())
    for s in segments(a):
        begin, end = s.span
        assert a.data[begin:end].decode("utf-8") == s.text
        assert a.text[s.char_span[0]:s.char_span[1]] == s.text
    # Regions tile the text.
    assert a.regions[0].span[0] == 0 and a.regions[-1].span[1] == len(a.data)
    assert all(x.span[1] == y.span[0] for x, y in zip(a.regions, a.regions[1:]))


def test_to_dict_is_the_json_document(report):
    a = wirereport.parse(report.read_bytes())
    assert a.to_dict() == json.loads(a.to_json())
    assert a.to_dict(tokens=True) == json.loads(a.to_json(tokens=True))
    assert a.to_json(pretty=True).startswith('{\n  "schema": 1,')


def test_to_json_equals_the_cli(report, cli):
    a = wirereport.parse(report.read_bytes())
    assert (a.to_json(tokens=True) + "\n").encode() == cli("--tokens", report).stdout


def test_json_id():
    a = wirereport.parse(KIEL)
    assert a.to_json(id_json='"k1"').startswith('{"schema":1,"id":"k1","format":"web"')
    assert json.loads(a.to_json(id_json="17"))["id"] == 17
    with pytest.raises(ValueError):
        a.to_json(id_json="k1")
    with pytest.raises(ValueError):
        a.to_json(id_json='{"a": 1}')


def test_str_and_bytes_give_the_same_article():
    assert wirereport.parse(KIEL).to_dict() == wirereport.parse(KIEL.encode()).to_dict()
    assert wirereport.parse(bytearray(KIEL.encode())).to_dict() == wirereport.parse(memoryview(KIEL.encode())).to_dict()
    with pytest.raises(TypeError):
        wirereport.parse(42)


def test_invalid_utf8_is_kept_with_diagnostics_and_offsets_stay_right():
    data = "Gr\u00fc\u00dfe aus K\u00f6ln mit ".encode() + b"\xc3\x28 und \xff\xfe noch mehr " + "\u00e4.".encode()
    a = wirereport.parse(data)
    assert a.encoding == "utf-8"
    codes = [(d.code, d.offset) for d in a.diagnostics]
    assert ("invalid_utf8", 22) in codes
    # One U+FFFD per invalid byte, as the JSON document has it.
    assert a.text.count("\ufffd") == 3
    assert a.to_dict() == json.loads(a.to_json())
    for d in a.diagnostics:
        assert a.text[d.char_offset] == "\ufffd"
    for s in segments(a):
        assert a.text[s.char_span[0]:s.char_span[1]] == s.text


def test_legacy_charset_is_transcoded():
    a = wirereport.parse("Gr\u00fc\u00dfe aus K\u00f6ln.\n".encode("latin-1"), encoding="latin1")
    assert a.transcoded and a.encoding == "iso-8859-1"
    assert a.data == "Gr\u00fc\u00dfe aus K\u00f6ln.\n".encode()  # spans index the UTF-8 text
    assert a.sentences[0].text == "Gr\u00fc\u00dfe aus K\u00f6ln."


def test_options():
    a = wirereport.parse("Ein Satz ohne Zeitstempel.", format="text", language="en", zone="Europe/Berlin",
                         max_diagnostics=5)
    assert (a.format, a.language) == ("text", "en")
    assert wirereport.parse(KIEL, encoding="cp1252").encoding == "windows-1252"
    unknown_zone = wirereport.parse(KIEL, zone="Mars/Olympus")
    assert "unknown_zone" in [d.code for d in unknown_zone.diagnostics]
    with pytest.raises(ValueError):
        wirereport.parse(KIEL, format="tabloid")
    with pytest.raises(ValueError):
        wirereport.parse(KIEL, encoding="ebcdic-xyz")
    with pytest.raises(ValueError):
        wirereport.parse(KIEL, language="fr")
    with pytest.raises(ValueError):
        wirereport.parse(KIEL, max_input_bytes=-1)
    with pytest.raises(ValueError):
        wirereport.parse(KIEL, zone="x" * 1000)
    with pytest.raises(TypeError):
        wirereport.parse(KIEL, colour="blue")
    parser = wirereport.Parser(format="web")
    assert parser.parse(KIEL).format == parser.parse(KIEL.encode()).format == "web"


def test_limits_drop_quotes_and_entities_with_a_diagnostic():
    text = '"One", said Ann Lee. "Two", said Bob Hart in Boston. "Three", she said.\n'
    everything = wirereport.parse(text)
    assert len(everything.quotes) >= 2 and len(everything.entities) >= 1
    limited = wirereport.parse(text, max_quotes=1, max_entities=0)
    assert len(limited.quotes) == 1 and limited.entities == []
    codes = [d.code for d in limited.diagnostics]
    assert "too_many_quotes" in codes and "too_many_entities" in codes
    with pytest.raises(ValueError):
        wirereport.parse(text, max_quotes=-1)


def test_rejected_input_raises_with_offset_and_the_diagnostic():
    with pytest.raises(wirereport.ParseError) as e:
        wirereport.parse(b"abc \xff def", strict_utf8=True)
    assert e.value.offset == 4
    assert [d.code for d in e.value.article.diagnostics] == ["invalid_utf8"]
    assert e.value.article.paragraphs == []
    with pytest.raises(wirereport.ParseError) as e:
        wirereport.parse(KIEL, max_input_bytes=10)
    assert e.value.status == 5 and e.value.offset == 0
    assert isinstance(e.value, ValueError)


def test_empty_input():
    a = wirereport.parse("")
    assert a.text == "" and a.headline is None and a.paragraphs == []
    assert [d.code for d in a.diagnostics] == ["empty_input"]


def test_the_article_keeps_its_input_alive():
    a = wirereport.parse(("Zeile eins mit \u00e4.\n\n" * 200).encode())
    gc.collect()
    assert all(p.text == "Zeile eins mit \u00e4." for p in a.paragraphs)
    del a
    gc.collect()


def test_copies_share_and_pickles_parse_again():
    a = wirereport.parse(KIEL, format="web", zone="Europe/Berlin")
    assert copy.copy(a) is a and copy.deepcopy(a) is a
    b = pickle.loads(pickle.dumps(a))
    assert b is not a and b.to_json() == a.to_json()


def test_threads_parse_at_once(report):
    data = report.read_bytes()
    expected = wirereport.parse(data).to_json(tokens=True)
    results = []

    def work():
        results.extend(wirereport.parse(data).to_json(tokens=True) for _ in range(20))
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 80


def test_version():
    assert wirereport.version() == wirereport.__version__
    assert wirereport.version().count(".") == 2
