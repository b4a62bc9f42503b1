"""A second look at the vendor's name: its line read again, by the real recogniser, from
other crops of the page; a name that reads differently is flagged for a person."""

import dataclasses

import pytest
from PIL import Image

from bot.config import ProviderSettings, Settings, parse_settings
from bot.invoices.reading import as_read, read_page
from bot.invoices.rules import extract
from bot.invoices.second_look import CROPS, line_crops, vendor_reading
from bot.invoices.validate import checks, needs_review
from bot.media.image import png_bytes
from bot.plugins import Registry
from bot.providers import Router
from bot.providers.ocr import LocalOcr
from bot.providers.types import OcrLine, OcrResult
from plugins.invoice import page_rows
from tests.invoices import RECEIPT_EN, draw, save
from tests.test_invoice import read


@pytest.fixture(scope="module")
def ocr() -> LocalOcr:
    return LocalOcr("ocr", ProviderSettings(kind="local-ocr"))


@pytest.fixture(scope="module")
def page(ocr) -> tuple[Image.Image, OcrResult]:
    image = draw(RECEIPT_EN)
    reading, turn = read_page(ocr.ocr, image)
    return as_read(image, turn), reading


def read_again(ocr: LocalOcr):
    return lambda crops: ocr.read_lines(crops).lines


def sure(*texts: str, confidence: float = 0.97) -> list[OcrLine]:
    """Second readings as the recogniser gives them, each with its confidence."""
    return [OcrLine(text, ((0, 0), (1, 0), (1, 1), (0, 1)), confidence) for text in texts]


def misread(reading: OcrResult, right: str, wrong: str) -> OcrResult:
    """The reading with one line's text changed, as the engine misreads a letter."""
    lines = tuple(
        dataclasses.replace(line, text=line.text.replace(right, wrong)) for line in reading.lines
    )
    return dataclasses.replace(reading, lines=lines)


def test_a_name_read_right_reads_the_same_on_a_second_look(ocr, page):
    check = vendor_reading("ACME HARDWARE SDN BHD", [page], read_again(ocr))
    assert (check.name, check.ok) == ("vendor_reading", True)


def test_a_misread_name_is_flagged_with_what_the_second_look_read(ocr, page):
    image, reading = page
    wrong = misread(reading, "ACME", "ACNE")
    invoice = extract(page_rows([wrong]))
    assert invoice.vendor == "ACNE HARDWARE SDN BHD"
    done = checks(invoice)
    assert "vendor" not in needs_review(invoice, done)

    check = vendor_reading(invoice.vendor, [(image, wrong)], read_again(ocr))
    assert check.ok is False
    assert check.fields == ("vendor",)
    assert "ACME HARDWARE SDN BHD" in check.message
    assert "vendor" in needs_review(invoice, [*done, check])


def test_a_name_that_is_part_of_a_longer_line_is_judged_on_its_own_letters(ocr, page):
    image, reading = page
    longer = misread(reading, "ACME HARDWARE SDN BHD", "ACME HARDWARE SDN BHD (1234-X)")
    assert vendor_reading("ACME HARDWARE", [(image, longer)], read_again(ocr)).ok is True
    assert vendor_reading("ACNE HARDWARE", [(image, longer)], read_again(ocr)).ok is None


def test_letters_the_recogniser_swaps_for_digits_do_not_count_as_another_reading(page):
    digits = sure("ACME HARDWARE 5DN BHD", "ACME HARDWARE SDN 8HD", "ACME HARDWARE S0N BHD")
    check = vendor_reading("ACME HARDWARE SDN BHD", [page], lambda crops: digits)
    assert check.ok is True


def test_a_crop_that_lost_most_of_its_line_is_no_evidence(page):
    cut = sure("ACME", "", "HARD")
    assert vendor_reading("ACME HARDWARE SDN BHD", [page], lambda crops: cut).ok is True


def test_a_letter_clipped_or_added_at_a_crops_edge_is_no_evidence(page):
    shifted = sure("ACME HARDWARE SDN BH", "IACME HARDWARE SDN BHD", "ACME HARDWRE SDN BHD")
    assert vendor_reading("ACME HARDWARE SDN BHD", [page], lambda crops: shifted).ok is True


def test_a_letter_the_first_reading_lost_inside_the_name_is_evidence(page):
    found = sure("ACME HARDWARE SDN BHD", "ACME HARDWARE SDN BHD", "ACME HARDWARES SDN BHD")
    assert vendor_reading("ACME HARDWARE SDN BHD", [page], lambda crops: found).ok is False


def test_only_the_names_letters_count_not_the_rest_of_its_line(page):
    image, reading = page
    longer = misread(reading, "ACME HARDWARE SDN BHD", "ACME HARDWARE SDN BHD (1234-X)")
    other_number = sure("ACME HARDWARE SDN BHD (7234-K)") * 3
    check = vendor_reading("ACME HARDWARE SDN BHD", [(image, longer)], lambda _: other_number)
    assert check.ok is True
    other_name = sure("ACME HARDWARF SDN BHD (1234-X)") * 3
    check = vendor_reading("ACME HARDWARE SDN BHD", [(image, longer)], lambda _: other_name)
    assert check.ok is False


def test_a_second_reading_the_recogniser_is_unsure_of_is_no_evidence(page):
    garbled = sure("ACMF HARDWAPE SDN BHD", confidence=0.86) + sure("ACME HARDWARE SDN BHD") * 2
    assert vendor_reading("ACME HARDWARE SDN BHD", [page], lambda crops: garbled).ok is True
    flipped = sure("ACMF HARDWARE SDN BHD", confidence=0.95) + sure("ACME HARDWARE SDN BHD") * 2
    assert vendor_reading("ACME HARDWARE SDN BHD", [page], lambda crops: flipped).ok is False


def test_a_word_of_the_name_inside_another_word_is_not_its_line(ocr, page):
    image, reading = page
    label = misread(reading, "ACME HARDWARE SDN BHD", "HARDWARE")
    assert vendor_reading("ACMEHARDWARE SDN BHD", [(image, label)], read_again(ocr)).ok is None
    spaced = misread(reading, "ACME HARDWARE SDN BHD", "ACME HARDWARESDN BHD")
    assert vendor_reading("ACME HARDWARE SDN BHD", [(image, spaced)], read_again(ocr)).ok is True


def test_a_name_no_ocr_line_holds_gets_no_second_look(ocr, page):
    assert vendor_reading("Stylesheet Vendor", [page], read_again(ocr)).ok is None
    assert vendor_reading(None, [page], read_again(ocr)).ok is None
    assert vendor_reading("ACME HARDWARE SDN BHD", [], read_again(ocr)).ok is None


def test_a_slanted_line_is_cut_out_straight_and_reads_as_printed(ocr):
    image = draw([[("GOLDEN CRUST BAKERY", None)]] * 3).rotate(4, expand=True, fillcolor="white")
    reading, turn = read_page(ocr.ocr, image)
    (line, *_) = [line for line in reading.lines if "CRUST" in line.text]
    crops = line_crops(as_read(image, turn), line.box)
    assert len(crops) == len(CROPS)
    assert all(crop.width > 3 * crop.height for crop in crops)
    assert [line.text.replace(" ", "") for line in read_again(ocr)(crops)] == ["GOLDENCRUSTBAKERY"] * 3


def test_a_degenerate_box_has_no_crops(page):
    image, _ = page
    assert line_crops(image, ((5.0, 5.0), (5.0, 5.0), (5.0, 5.0), (5.0, 5.0))) == []


def test_the_recogniser_alone_leaves_the_engine_finding_lines(ocr, page):
    image, reading = page
    ocr.read_lines([image.crop((0, 0, 400, 60))])
    assert ocr.ocr(image).text == reading.text


def test_the_skill_reports_its_second_look_at_a_picture(tmp_path, db):
    receipt = save(draw(RECEIPT_EN), tmp_path / "receipt.png")
    data = read([receipt], Settings(), db, tmp_path).data
    (looked,) = [check for check in data["checks"] if check["name"] == "vendor_reading"]
    assert looked == {
        "name": "vendor_reading",
        "ok": True,
        "message": "the vendor's name read the same on a second look",
    }
    assert data["verdict"] == "valid"


class WholeOcrOnly:
    """An OCR provider from a plugin that knows only whole pictures, not single lines."""

    capabilities = frozenset({"ocr"})

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        self.name, self.settings = name, settings
        self.engine = LocalOcr(name, settings)

    def model_for(self, capability: str = "ocr") -> str:
        return "whole-ocr"

    def ocr(self, image: bytes) -> OcrResult:
        return self.engine.ocr(image)


def test_an_ocr_provider_without_single_line_reading_still_gets_a_second_look(page, db):
    settings = parse_settings(
        {"providers": {"plain": {"kind": "whole-ocr"}}, "routing": {"ocr": ["plain"]}}
    )
    registry = Registry(provider_kinds={"whole-ocr": (WholeOcrOnly, "a plugin")})
    router = Router(settings, db=db, registry=registry)
    image, reading = page
    crops = line_crops(image, reading.lines[0].box)
    again = router.read_lines([png_bytes(crop) for crop in crops])
    assert [line.text for line in again.lines] == ["ACME HARDWARE SDN BHD"] * len(crops)
    assert all(line.confidence > 0.9 for line in again.lines)


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_read_turned_is_cut_from_as_it_was_read(ocr, turn):
    image = draw(RECEIPT_EN).rotate(turn, expand=True, fillcolor="white")
    reading, turned = read_page(ocr.ocr, image)
    assert turned != 0
    (line,) = [line for line in reading.lines if "ACME" in line.text]
    crops = line_crops(as_read(image, turned), line.box)
    assert [again.text for again in read_again(ocr)(crops)] == [line.text] * len(CROPS)
