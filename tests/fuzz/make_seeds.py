#!/usr/bin/env python3
"""Writes the binary seed files of corpus/fuzz_document_decoder and
corpus/fuzz_exif_reader: tiny but real JPEG (via cjpeg), PNG, GIF, BMP, TIFF and
PDF files, and JPEGs carrying EXIF in both byte orders. Run once by hand when a
seed should change (the outputs are committed; each is under 1 KB so the fuzzer
mutates structure, not pixels). Needs python3 and cjpeg (libjpeg-turbo-progs)."""
import pathlib
import struct
import subprocess
import zlib

HERE = pathlib.Path(__file__).resolve().parent
DECODER = HERE / "corpus" / "fuzz_document_decoder"
EXIF = HERE / "corpus" / "fuzz_exif_reader"


def ppm(width, height):
    pixels = bytes((x * 40 % 256, y * 60 % 256, (x + y) * 20 % 256)[c]
                   for y in range(height) for x in range(width) for c in range(3))
    return b"P6 %d %d 255\n" % (width, height) + pixels


def jpeg(width, height, *args):
    return subprocess.run(["cjpeg", "-quality", "50", *args], input=ppm(width, height),
                          capture_output=True, check=True).stdout


def png(width, height):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\0" + b"".join(bytes((x * 50 % 256, y * 70 % 256, 128)) for x in range(width))
                   for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def gif():
    # The classic 1x1 GIF: two-colour global table, one LZW-coded pixel.
    return bytes.fromhex("47494638396101000100800000ffffff0000002c00000000010001000002024401003b")


def bmp(width, height):
    row = b"".join(bytes((x * 60 % 256, 80, 200)) for x in range(width))
    row += b"\0" * ((4 - len(row) % 4) % 4)
    pixels = row * height
    header = struct.pack("<2sIHHI", b"BM", 54 + len(pixels), 0, 0, 54)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return header + info + pixels


def tiff_exif(order, orientation=6):
    """A TIFF structure: IFD0 with Make, Model, Orientation, DateTime and an Exif
    IFD pointer; the Exif IFD with DateTimeOriginal and OffsetTimeOriginal."""
    e = "<" if order == b"II" else ">"
    make, model, when, offset = b"Canon\0", b"EOS 5D\0", b"2026:11:24 09:30:00\0", b"+08:00\0"
    ifd0_at = 8
    ifd0_count = 5
    ifd0_size = 2 + ifd0_count * 12 + 4
    exif_at = ifd0_at + ifd0_size
    exif_count = 2
    exif_size = 2 + exif_count * 12 + 4
    data_at = exif_at + exif_size
    blobs = bytearray()

    def place(blob):
        at = data_at + len(blobs)
        blobs.extend(blob)
        return at

    make_at, model_at, when_at = place(make), place(model), place(when)
    original_at, offset_at = place(when), place(offset)

    def entry(tag, kind, count, value):
        if kind == 3:  # SHORT, left-justified in the value field
            return struct.pack(e + "HHIH2x", tag, kind, count, value)
        return struct.pack(e + "HHII", tag, kind, count, value)

    ifd0 = struct.pack(e + "H", ifd0_count) + b"".join([
        entry(0x010F, 2, len(make), make_at), entry(0x0110, 2, len(model), model_at),
        entry(0x0112, 3, 1, orientation), entry(0x0132, 2, len(when), when_at),
        entry(0x8769, 4, 1, exif_at)]) + struct.pack(e + "I", 0)
    exif = struct.pack(e + "H", exif_count) + b"".join([
        entry(0x9003, 2, len(when), original_at), entry(0x9011, 2, len(offset), offset_at)]) + struct.pack(e + "I", 0)
    return order + struct.pack(e + "HI", 42, ifd0_at) + ifd0 + exif + bytes(blobs)


def with_exif(jpeg_bytes, tiff):
    payload = b"Exif\0\0" + tiff
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg_bytes[:2] + app1 + jpeg_bytes[2:]


def pdf_with_xref_table(objects):
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf():
    stream = b"0 0 1 rg 10 10 52 52 re f"
    return pdf_with_xref_table([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"])


def pdf_indirect_kids_cycle():
    """/Kids as an indirect array that names its own node: pdfium (Qt PDF 6.4)
    never returns from load() on it."""
    return pdf_with_xref_table([b"<< /Type /Catalog /Pages 2 0 R >>",
                                b"<< /Type /Pages /Kids 4 0 R /Count 1 >>",
                                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>",
                                b"[2 0 R]"])


def pdf_object_stream(kids):
    """PDF 1.5: the page tree (objects 2 and 3) inside a FlateDecode object
    stream (4), found through a cross-reference stream (5)."""
    inner = [b"<< /Type /Pages /Kids " + kids + b" /Count 1 >>",
             b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>"]
    body = b""
    offsets = []
    for text in inner:
        offsets.append(len(body))
        body += text + b" "
    header = b" ".join(b"%d %d" % (number, at) for number, at in zip((2, 3), offsets)) + b" "
    packed = zlib.compress(header + body)
    out = bytearray(b"%PDF-1.5\n")
    at = {1: len(out)}
    out += b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    at[4] = len(out)
    out += (b"4 0 obj\n<< /Type /ObjStm /N 2 /First %d /Length %d /Filter /FlateDecode >>\nstream\n"
            % (len(header), len(packed)) + packed + b"\nendstream\nendobj\n")
    at[5] = len(out)
    rows = [(0, 0, 0xFFFF), (1, at[1], 0), (2, 4, 0), (2, 4, 1), (1, at[4], 0), (1, at[5], 0)]
    xref = b"".join(struct.pack(">BIH", *row) for row in rows)
    out += (b"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % len(xref)
            + xref + b"\nendstream\nendobj\n")
    out += b"startxref\n%d\n%%%%EOF\n" % at[5]
    return bytes(out)


def main():
    small_jpeg = jpeg(8, 8)
    files = {
        DECODER / "tiny.jpg": small_jpeg,
        DECODER / "progressive.jpg": jpeg(16, 8, "-progressive"),
        DECODER / "exif-rotated.jpg": with_exif(small_jpeg, tiff_exif(b"MM")),
        DECODER / "tiny.png": png(4, 3),
        DECODER / "tiny.gif": gif(),
        DECODER / "tiny.bmp": bmp(3, 2),
        DECODER / "exif.tif": tiff_exif(b"II"),
        DECODER / "one-page.pdf": pdf(),
        DECODER / "pdf-objstm-one-page.pdf": pdf_object_stream(b"[3 0 R]"),
        # Page-tree cycles pdfium hangs on (PdfPageTree refuses them first).
        DECODER / "pdf-objstm-kids-cycle.pdf": pdf_object_stream(b"[2 0 R]"),
        DECODER / "pdf-indirect-kids-cycle.pdf": pdf_indirect_kids_cycle(),
        DECODER / "text.txt": b"not an image\n",
        EXIF / "motorola.jpg": with_exif(small_jpeg, tiff_exif(b"MM")),
        EXIF / "intel.jpg": with_exif(small_jpeg, tiff_exif(b"II", 3)),
        EXIF / "intel.tif": tiff_exif(b"II", 8),
        EXIF / "motorola.tif": tiff_exif(b"MM", 1),
        EXIF / "no-exif.jpg": small_jpeg,
    }
    for path, data in files.items():
        path.write_bytes(data)


if __name__ == "__main__":
    main()
