"""Review 39c, round 46 (charge --statement): one test or more per item fixed."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from primehelp.content import charges as charge_data
from primehelp.output.statement import _LOOK
from primehelp.statement import Flag
from tests.support.clihelp import screen, statement_file, statement_screen, word_cut

BOOK = charge_data.load()

# ---------------------------------------------------------------- item 10

# Every service whose prices reportedly changed (an L note with its first day), by a text that
# names it alone, the way a statement writes it: 「AMAZON MUSIC UNLIMITED」
_CHANGED = [s for s in BOOK.services if s.changed is not None]


def _text(name: str) -> str:
    return name.upper() if name.upper().startswith("AMAZON") else f"AMAZON {name.upper()}"


def _not_a_price(service_prices: set[int]) -> int:
    return next(yen for yen in range(1181, 5000) if yen not in service_prices)


def test_10_some_service_has_a_reported_price_change() -> None:
    assert [s.id for s in _CHANGED] == ["music_unlimited"]  # FACTS §9, L
    assert all(s.changed is not None and s.changed[1].confidence == "L" for s in _CHANGED)


@pytest.mark.parametrize("service", _CHANGED, ids=lambda s: s.id)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_a_named_service_after_its_price_change_is_no_unknown_price(
    tmp_path: Path, service: object, lang: str
) -> None:
    from primehelp.services import Service

    assert isinstance(service, Service) and service.changed is not None
    day, note = service.changed
    prices = {int(p.value) for p in service.prices}
    yen = _not_a_price(prices)
    text = _text(service.name.en)
    assert BOOK.named_services(text) == {service.id}, text
    before = day - dt.timedelta(days=1)
    rows = (f"{day},{text},{yen}", f"{day + dt.timedelta(days=200)},{text},{yen}")
    path = statement_file(tmp_path, *rows, f"{before},{text},{yen}")
    data = statement_screen(path, lang, json=True)
    after, later, earlier = sorted(data["lines"], key=lambda x: x["row"])
    for line in (after, later):
        assert line["flags"] == ["price_changed"], line
        assert line["service"] == service.id
        assert ("報告によれば" if lang == "ja" else "Reportedly") in line["detail"]
    assert earlier["flags"] == ["no_known_price"]  # before the change: as before
    assert note.id in {f["id"] for f in data["facts"]}  # the L fact cited
    shown = statement_screen(path, lang)
    heading = "改定後の料金の可能性があります：" if lang == "ja" else "Possibly a changed price:"
    assert heading in shown
    if lang == "ja":
        assert f"{day.year}年{day.month}月に改定されました" in shown


@pytest.mark.parametrize("service", _CHANGED, ids=lambda s: s.id)
def test_10_a_price_the_facts_give_is_still_no_change(tmp_path: Path, service: object) -> None:
    from primehelp.services import Service

    assert isinstance(service, Service) and service.changed is not None
    day = service.changed[0]
    text = _text(service.name.en)
    rows = [f"{day},{text},{int(p.value)}" for p in service.prices if p.up_to is None]
    data = statement_screen(statement_file(tmp_path, *rows), json=True)
    assert all("price_changed" not in x["flags"] for x in data["lines"]), data["lines"]


def test_every_flag_but_a_refund_is_explained_on_the_screen() -> None:
    assert set(_LOOK) == set(Flag) - {Flag.REFUND}


# ---------------------------------------------------------------- items 4 and 11 (main had them)

_WORDS = ("明細", "確かめ", "金額", "現地", "米ドル", "換算", "可能性")


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_11_the_paragraphs_with_the_dollar_command_cut_no_word(
    tmp_path: Path, columns: int
) -> None:
    path = statement_file(tmp_path, "2026-10-05,AMAZON PRIME 利用国USA,2310")
    shown = (
        screen("charge", "2310", "AMAZON", "PRIME", "利用国USA", lang="ja", columns=columns),
        statement_screen(path, width=str(columns)),
    )
    for out in shown:
        # 「…のように入力すると」 (51c item 13): at 40 columns the command may stand alone
        flat = "".join(line.strip() for line in out.splitlines())
        assert "`primehelp charge 'US$14.99'`のように入力すると" in flat.replace("` の", "`の")
        lines = out.splitlines()
        assert not [w for w in _WORDS if word_cut(lines, w)], out


@pytest.mark.parametrize("text", ["オーディブル", "キンドル", "プライムビデオ"])
def test_4_a_katakana_service_name_is_amazons(text: str) -> None:
    shown = screen("charge", "1500", text, lang="ja")
    assert "Amazon以外の会社" not in shown
    assert "名前があります" in shown


# ---------------------------------------------------------------- code items (round 46)


def test_the_compiled_statement_and_charge_labels_stay_under_400_lines() -> None:
    compiled = Path(__file__).parents[2] / "primehelp" / "data" / "compiled"
    names = ["statement", "charges", "ui_charge", *(p.stem for p in compiled.glob("ui_statement*"))]
    long = {
        n: c for n in names if (c := len((compiled / f"{n}.py").read_text().splitlines())) > 400
    }
    assert "ui_statement_lines" in names and long == {}


def test_encoding_is_imported_from_where_it_lives() -> None:
    root = Path(__file__).parents[2]
    found = [
        str(path)
        for folder in ("primehelp", "tests")
        for path in (root / folder).rglob("*.py")
        if "statement_csv import" in (text := path.read_text("utf-8"))
        and "Encoding" in text.split("statement_csv import", 1)[1].split("\n", 1)[0]
    ]
    assert found == []


def test_columns_that_fit_are_checked_without_decoding_the_file_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from primehelp import statement_csv, statement_decode

    calls: list[int] = []
    real = statement_decode.decoded

    def counted(data: bytes) -> statement_decode.Decoded:
        calls.append(len(data))
        return real(data)

    monkeypatch.setattr(statement_decode, "decoded", counted)
    monkeypatch.setattr(statement_csv, "decoded", counted)
    data = statement_screen(statement_file(tmp_path, "2026-11-03,AMAZON PRIME,600"), json=True)
    assert [x["amount_yen"] for x in data["lines"]] == [600]
    assert len(calls) == 1


# ---------------------------------------------------------------- S 3, S 4, S 5, S 14


@pytest.mark.parametrize(
    "option", ["--date 2026-11-05", "--date=2026-11-05", "--json", "--lang en"]
)
def test_s3_an_option_after_the_double_dash_is_refused_not_read_as_text(option: str) -> None:
    from tests.support.clihelp import run

    done = run("charge", "--lang", "ja", "--", "-5900", "AMAZON", "PRIME", *option.split())
    assert done.exit_code == 2
    flag = option.split()[0].split("=")[0]
    assert f"`{flag}` などのオプションは" in done.stderr and "`--` の前に" in done.stderr
    assert "明細の表記：" not in done.stdout


@pytest.mark.parametrize(
    "typed", ["14.99米ドル", "14.99 米ドル", "１４．９９米ドル", "-14.99米ドル"]
)
def test_s4_dollars_written_as_the_screens_write_them_are_read(typed: str) -> None:
    from primehelp.amounts import USD, parse_amount

    amount = parse_amount(typed)
    assert amount.currency == USD and abs(amount.value) == Decimal("14.99")


def test_s4_the_quotes_are_named_not_drawn() -> None:
    from primehelp.amounts import parse_amount
    from primehelp.errors import BadInput

    for typed in ("14.99", "US4.99"):
        with pytest.raises(BadInput) as refused:
            parse_amount(typed)
        assert "' '" not in refused.value.message.ja
        # the latter: 49c item 8; the last: 56c item 1 (the shell explanation names the quotes)
        quoted = (
            "半角の引用符（'）で囲んで",
            "半角の引用符 ' で囲んで",
            "$ を引用符で囲まずに書くと",
        )
        assert any(q in refused.value.message.ja for q in quoted)


_OTHER_DIGITS = [
    chr(zero + n)
    for zero in (0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0x1040, 0x1D7CE)  # Arabic-Indic, Devanagari…
    for n in range(10)
]


def test_s5_only_ascii_and_full_width_digits_are_read() -> None:
    from primehelp.amounts import parse_amount
    from primehelp.errors import BadInput

    assert parse_amount("６００").value == 600
    for digit in _OTHER_DIGITS:
        if unicodedata.normalize("NFKC", digit).isascii():
            continue  # mathematical digits are ASCII digits after NFKC, as full-width ones
        with pytest.raises(BadInput):
            parse_amount(digit * 3)


@pytest.mark.parametrize("words", [["900"], ["600"], ["5", "900"], ["１，２００"]])
def test_s14_a_text_of_digits_alone_asks_about_a_space(words: list[str]) -> None:
    from tests.support.clihelp import run

    done = run("charge", "5", *words, "--lang", "ja")
    assert done.exit_code == 2
    assert "明細の表記が数字だけです" in done.stderr and "空白" in done.stderr
    assert run("charge", "600", "AMAZON", *words).exit_code == 0  # digits among words: a text
