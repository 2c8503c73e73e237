#!/usr/bin/python3
"""Writes the small PDFs of this directory with Cairo (Debian python3-cairo,
fonts-dejavu-core). Run from this directory: /usr/bin/python3 make.py

header.pdf               two-column header table, number column drawn first
header-motto-first.pdf   the same, the motto column drawn first
scan.pdf                 page 1 text; page 2 an image with only the gazette
                         running header and page number as text
scan-only.pdf            one page, an image and no text at all
rotated.pdf              a landscape table drawn rotated 90 degrees
"""
import cairo

SERIF = "DejaVu Serif"
W, H = 595, 842  # A4 in points


def surface(name):
    """A4 PDF surface with a fixed creation date, so that the files are the
    same on every run."""
    s = cairo.PDFSurface(name, W, H)
    s.set_metadata(cairo.PDF_METADATA_CREATE_DATE, "2024-01-01T00:00:00Z")
    s.set_metadata(cairo.PDF_METADATA_CREATOR, "vanban testdata/make.py")
    return s


def font(ctx, size, bold=False):
    ctx.select_font_face(SERIF, cairo.FONT_SLANT_NORMAL,
                         cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
    ctx.set_font_size(size)


def centred(ctx, cx, y, text):
    ext = ctx.text_extents(text)
    ctx.move_to(cx - ext.x_advance / 2, y)
    ctx.show_text(text)


LEFT = ["BỘ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "", "Số: 09/2023/TT-BLĐTBXH"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
         "Hà Nội, ngày 29 tháng 9 năm 2023"]
BODY = [
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
    "Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ",
    "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động -",
    "Thương binh và Xã hội;",
    "Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư hướng dẫn.",
    "",
    "Điều 1. Phạm vi điều chỉnh",
    "Thông tư này hướng dẫn thực hiện Thông tư số 02/2023/TT-",
    "BLĐTBXH về đa dạng hóa sinh kế, phát triển mô hình giảm nghèo.",
    "Điều 2. Hiệu lực thi hành",
    "Thông tư này có hiệu lực kể từ ngày 15 tháng 11 năm 2023.",
]


def header_page(ctx, motto_first):
    y = 60
    for left, right in zip(LEFT, RIGHT):
        cells = [(150, left, True), (410, right, True)]
        if motto_first:
            cells.reverse()
        for cx, text, bold in cells:
            if text:
                font(ctx, 11 if cx == 410 and text.startswith("CỘNG") else 12, bold)
                centred(ctx, cx, y, text)
        y += 16
    y += 30
    font(ctx, 14, True)
    centred(ctx, W / 2, y, "THÔNG TƯ")
    y += 18
    font(ctx, 13, True)
    centred(ctx, W / 2, y, "Hướng dẫn đa dạng hóa sinh kế")
    y += 36
    font(ctx, 13)
    for line in BODY:
        ctx.move_to(72, y)
        ctx.show_text(line)
        y += 19


def header(name, motto_first):
    s = surface(name)
    ctx = cairo.Context(s)
    header_page(ctx, motto_first)
    s.finish()


def image(ctx, x, y, w, h):
    """Paints a grey raster, standing in for a scanned page."""
    img = cairo.ImageSurface(cairo.FORMAT_RGB24, 60, 80)
    ic = cairo.Context(img)
    ic.set_source_rgb(0.9, 0.9, 0.9)
    ic.paint()
    ic.set_source_rgb(0.2, 0.2, 0.2)
    for i in range(8, 76, 6):
        ic.rectangle(6, i, 48, 2)
    ic.fill()
    ctx.save()
    ctx.translate(x, y)
    ctx.scale(w / 60, h / 80)
    ctx.set_source_surface(img, 0, 0)
    ctx.paint()
    ctx.restore()


def scan(name):
    s = surface(name)
    ctx = cairo.Context(s)
    header_page(ctx, False)
    s.show_page()
    font(ctx, 10)
    ctx.move_to(200, 30)
    ctx.show_text("CÔNG BÁO/Số 12 + 13/Ngày 05-01-2024")
    ctx.move_to(290, 820)
    ctx.show_text("7")
    image(ctx, 60, 50, W - 120, H - 110)
    s.finish()


def scan_only(name):
    s = surface(name)
    ctx = cairo.Context(s)
    image(ctx, 40, 40, W - 80, H - 80)
    s.finish()


ROWS = [["STT", "Họ và tên", "Số điện thoại", "Thời gian đóng bảo hiểm"],
        ["1", "Nguyễn Văn An", "0912 345 678", "36 tháng"],
        ["2", "Trần Thị Bình", "0987 654 321", "48 tháng"]]


def rotated(name):
    s = surface(name)
    ctx = cairo.Context(s)
    # Landscape content on a portrait page, turned 90 degrees: it reads
    # from the bottom of the page to the top.
    ctx.translate(80, H - 60)
    ctx.rotate(-3.141592653589793 / 2)
    font(ctx, 12)
    y = 0
    for row in ROWS:
        x = 0
        for cell, width in zip(row, (50, 160, 140, 220)):
            ctx.move_to(x, y)
            ctx.show_text(cell)
            x += width
        y += 24
    s.finish()


header("header.pdf", False)
header("header-motto-first.pdf", True)
scan("scan.pdf")
scan_only("scan-only.pdf")
rotated("rotated.pdf")
