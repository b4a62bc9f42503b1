"""Invoices and receipts drawn with Pillow for the tests: text laid out in columns
the way tills and invoice templates print them, in English and in Chinese."""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path(__file__).parent / "fixtures" / "fonts"

#: Each line: (text, column x) pairs; a column x of None centres the text.
Line = list[tuple[str, int | None]]

RECEIPT_EN: list[Line] = [
    [("ACME HARDWARE SDN BHD", None)],
    [("No. 12, Jalan Besar, 43000 Kajang", None)],
    [("Tel: 03-8736 1234", None)],
    [("TAX INVOICE", None)],
    [("Invoice No: INV-20419", 40), ("Date: 25/12/2018", 470)],
    [("Item", 40), ("Qty", 380), ("Price", 480), ("Amount", 640)],
    [("Steel Hammer", 40), ("2", 390), ("12.50", 480), ("25.00", 650)],
    [("Paint Brush Set", 40), ("1", 390), ("8.90", 490), ("8.90", 665)],
    [("Subtotal", 40), ("33.90", 650)],
    [("SST 6%", 40), ("2.03", 665)],
    [("TOTAL", 40), ("RM 35.93", 610)],
    [("CASH", 40), ("50.00", 650)],
    [("CHANGE", 40), ("14.07", 650)],
    [("Thank you, please come again", None)],
]
EXPECTED_EN = {
    "vendor": "ACME HARDWARE SDN BHD",
    "invoice_number": "INV-20419",
    "issue_date": "2018-12-25",
    "currency": "MYR",
    "subtotal": 33.90,
    "tax": 2.03,
    "total": 35.93,
}

INVOICE_ZH: list[Line] = [
    [("上海晨光文具有限公司", None)],
    [("增值税普通发票", None)],
    [("发票号码：04512873", 40), ("开票日期：2024年03月15日", 400)],
    [("购买方：北京星河科技有限公司", 40)],
    [("项目", 40), ("数量", 330), ("单价", 470), ("金额", 650)],
    [("办公用纸", 40), ("10", 340), ("25.00", 470), ("250.00", 640)],
    [("笔记本", 40), ("5", 345), ("12.00", 470), ("60.00", 655)],
    [("合计", 40), ("¥310.00", 630)],
    [("税额", 40), ("¥40.30", 640)],
    [("价税合计（小写）", 40), ("¥350.30", 630)],
]
EXPECTED_ZH = {
    "vendor": "上海晨光文具有限公司",
    "invoice_number": "04512873",
    "issue_date": "2024-03-15",
    "currency": "CNY",
    "subtotal": 310.00,
    "tax": 40.30,
    "total": 350.30,
}


def draw(lines: list[Line], *, chinese: bool = False, width: int = 820) -> Image.Image:
    size = 30
    font = (
        ImageFont.truetype(str(FONTS / "NotoSansSC-subset.otf"), size)
        if chinese
        else ImageFont.load_default(size=size)
    )
    step = 58
    image = Image.new("RGB", (width, 80 + step * len(lines)), (252, 252, 248))
    pen = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        y = 40 + number * step
        for text, x in line:
            if x is None:
                x = (width - pen.textlength(text, font=font)) // 2
            pen.text((x, y), text, fill=(20, 20, 20), font=font)
    return image


def save(image: Image.Image, path: Path, **options) -> Path:
    image.save(path, **options)
    return path


def sideways_and_blurred(image: Image.Image) -> Image.Image:
    """As a hurried phone photo: turned a quarter, slightly out of focus."""
    return image.rotate(90, expand=True, fillcolor=(252, 252, 248)).filter(
        ImageFilter.GaussianBlur(1.2)
    )
